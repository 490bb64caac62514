package no.ips.outreach.planning.entity;

import java.util.Optional;

/**
 * A place to visit during the day, identified by whatever the caller plans with (typically the planned visit's id).
 * The position is missing when the employer's address has not been geocoded; such a stop is still visited, but the
 * planner cannot place it on the route.
 */
public record Stop(long id, Position position) {

    public static Stop at(long id, double latitude, double longitude) {
        return new Stop(id, new Position(latitude, longitude));
    }

    public static Stop withoutPosition(long id) {
        return new Stop(id, null);
    }

    public Optional<Position> knownPosition() {
        return Optional.ofNullable(position);
    }
}

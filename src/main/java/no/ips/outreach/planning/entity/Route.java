package no.ips.outreach.planning.entity;

import java.util.List;

/**
 * A day's stops in the order to visit them, leaving from the office and returning to it. {@code kilometres} and
 * {@code travelMinutes} cover that whole round trip, including the drive back, but only between stops with a known
 * position: stops without one come last, in the order they were given, and add nothing to either estimate.
 * Kilometres are great-circle distance times the road factor of the {@link TravelAssumptions}: an estimate.
 */
public record Route(List<Stop> stops, double kilometres, long travelMinutes) {

    public Route {
        stops = List.copyOf(stops);
    }
}

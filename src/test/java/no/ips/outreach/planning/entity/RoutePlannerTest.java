package no.ips.outreach.planning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import no.ips.outreach.employers.control.GreatCircle;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {

    // road factor 1 and 60 km/h: kilometres are plain great-circle distance and minutes equal kilometres
    private static final TravelAssumptions AS_THE_CROW_FLIES = new TravelAssumptions(1, 60);
    private static final RoutePlanner PLANNER = new RoutePlanner(AS_THE_CROW_FLIES);

    private static final Position BODO_OFFICE = new Position(67.28, 14.40);
    // a tenth of a degree along a meridian, which is itself a great circle
    private static final double TENTH_OF_A_DEGREE_KM = GreatCircle.km(67.28, 14.40, 67.38, 14.40);

    @Test
    void stopsOnAStraightRoadNorthOfTheOfficeAreVisitedFromNearestToFarthest() {
        List<Stop> shuffled = List.of(north(3, 0.3), north(1, 0.1), north(4, 0.4), north(2, 0.2));

        Route route = PLANNER.plan(BODO_OFFICE, shuffled);

        assertThat(ids(route)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(route.kilometres()).isCloseTo(2 * 4 * TENTH_OF_A_DEGREE_KM, within(1e-6));
    }

    @Test
    void aDayDrivenInTimeOrderKeepsThatOrderAndCountsItsDetours() {
        List<Stop> byTime = List.of(north(3, 0.3), north(1, 0.1), north(2, 0.2), Stop.withoutPosition(9));

        Route route = PLANNER.inOrder(BODO_OFFICE, byTime);

        assertThat(ids(route)).containsExactly(3L, 1L, 2L, 9L);
        assertThat(route.kilometres()).as("out 3, back 2, out 1, home 2").isCloseTo(8 * TENTH_OF_A_DEGREE_KM, within(1e-6));
        assertThat(PLANNER.plan(BODO_OFFICE, byTime).kilometres()).isCloseTo(6 * TENTH_OF_A_DEGREE_KM, within(1e-6));
    }

    @Test
    void aCrossingLeftByGoingToTheNearestStopFirstIsUntangled() {
        // near the equator a degree is equally long both ways, so the rectangle is what it looks like
        Position office = new Position(-0.05, 0.05);
        Stop southWest = Stop.at(1, 0, 0);
        Stop southEast = Stop.at(2, 0, 0.2);
        Stop northEast = Stop.at(3, 0.25, 0.2);
        Stop northWest = Stop.at(4, 0.25, 0);
        List<Stop> stops = List.of(southWest, southEast, northEast, northWest);
        // nearest neighbour goes south-west, south-east, north-east, north-west; the drive home crosses the first leg
        double greedyKm = roundTripKm(office, stops);

        Route route = PLANNER.plan(office, stops);

        assertThat(ids(route)).containsExactly(1L, 4L, 3L, 2L);
        assertThat(route.kilometres()).isLessThan(greedyKm - 10)
                .isCloseTo(shortestRoundTripKm(office, stops), within(1e-9));
    }

    @Test
    void aFullDayOfScatteredStopsComesWithinFivePercentOfTheShortestRoundTrip() {
        Position office = new Position(63.43, 10.39);
        List<Stop> stops = List.of(Stop.at(1, 63.47, 10.92), Stop.at(2, 63.30, 10.28), Stop.at(3, 63.42, 10.46),
                Stop.at(4, 63.36, 10.36), Stop.at(5, 63.44, 10.45), Stop.at(6, 63.57, 10.70),
                Stop.at(7, 63.41, 10.30), Stop.at(8, 63.35, 10.52));

        Route route = PLANNER.plan(office, stops);

        assertThat(route.stops()).containsExactlyInAnyOrderElementsOf(stops);
        assertThat(route.kilometres()).isLessThanOrEqualTo(1.05 * shortestRoundTripKm(office, stops));
    }

    @Test
    void anEmptyDayHasNoDriving() {
        Route route = PLANNER.plan(BODO_OFFICE, List.of());

        assertThat(route.stops()).isEmpty();
        assertThat(route.kilometres()).isZero();
        assertThat(route.travelMinutes()).isZero();
    }

    @Test
    void aSingleVisitIsThereAndBackAgain() {
        Route route = PLANNER.plan(BODO_OFFICE, List.of(north(7, 0.1)));

        assertThat(ids(route)).containsExactly(7L);
        assertThat(route.kilometres()).isCloseTo(2 * TENTH_OF_A_DEGREE_KM, within(1e-9));
    }

    @Test
    void stopsWithoutAPositionComeLastInTheGivenOrderAndAddNoDistance() {
        List<Stop> stops = List.of(north(1, 0.4), Stop.withoutPosition(2), north(3, 0.1), Stop.withoutPosition(4));

        Route route = PLANNER.plan(BODO_OFFICE, stops);

        assertThat(ids(route)).containsExactly(3L, 1L, 2L, 4L);
        assertThat(route.kilometres()).isCloseTo(2 * 4 * TENTH_OF_A_DEGREE_KM, within(1e-6));
    }

    @Test
    void aDayWhereNoStopHasAPositionKeepsTheGivenOrderWithoutDistance() {
        Route route = PLANNER.plan(BODO_OFFICE, List.of(Stop.withoutPosition(5), Stop.withoutPosition(3)));

        assertThat(ids(route)).containsExactly(5L, 3L);
        assertThat(route.kilometres()).isZero();
        assertThat(route.travelMinutes()).isZero();
    }

    @Test
    void twoVisitsAtTheSameAddressKeepTheOrderTheyWereGiven() {
        assertThat(ids(PLANNER.plan(BODO_OFFICE, List.of(north(1, 0.1), north(2, 0.1))))).containsExactly(1L, 2L);
        assertThat(ids(PLANNER.plan(BODO_OFFICE, List.of(north(2, 0.1), north(1, 0.1))))).containsExactly(2L, 1L);
    }

    @Test
    void roadKilometresAndMinutesFollowTheTravelAssumptions() {
        RoutePlanner planner = new RoutePlanner(TravelAssumptions.TOWN_AND_COUNTRY);

        Route route = planner.plan(BODO_OFFICE, List.of(north(1, 0.1)));

        // 2 x 11.12 km as the crow flies, times 1.3 for the roads, is 28.9 km: 43 minutes at 40 km/h
        assertThat(route.kilometres()).isCloseTo(28.91, within(0.01));
        assertThat(route.travelMinutes()).isEqualTo(43);
    }

    private static Stop north(long id, double degrees) {
        return Stop.at(id, BODO_OFFICE.latitude() + degrees, BODO_OFFICE.longitude());
    }

    private static List<Long> ids(Route route) {
        return route.stops().stream().map(Stop::id).toList();
    }

    private static double roundTripKm(Position office, List<Stop> order) {
        double km = 0;
        Position at = office;
        for (Stop stop : order) {
            km += distance(at, stop.position());
            at = stop.position();
        }
        return km + distance(at, office);
    }

    /** Tries every order: the oracle the heuristic is held to on days small enough to enumerate. */
    private static double shortestRoundTripKm(Position office, List<Stop> stops) {
        return permutations(stops).stream().mapToDouble(order -> roundTripKm(office, order)).min().orElse(0);
    }

    private static List<List<Stop>> permutations(List<Stop> stops) {
        if (stops.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Stop>> all = new ArrayList<>();
        for (Stop first : stops) {
            List<Stop> rest = new ArrayList<>(stops);
            rest.remove(first);
            for (List<Stop> tail : permutations(rest)) {
                List<Stop> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }

    private static double distance(Position a, Position b) {
        return GreatCircle.km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }
}

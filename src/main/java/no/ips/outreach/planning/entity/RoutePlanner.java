package no.ips.outreach.planning.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.ips.outreach.employers.control.GreatCircle;

/**
 * Orders a day's visits into a short round trip from the office and back: nearest neighbour gives a first tour, then
 * 2-opt reverses stretches of it for as long as that shortens the trip. The result is not guaranteed optimal, but for
 * the handful of visits a specialist makes in a day it is optimal or very close, in microseconds. The return leg is
 * part of the length minimised, because a day of visits ends back at the office (or at home nearby), not at the last
 * employer. Equal distances are settled by the order the stops were given, so the same day always gives the same
 * route.
 */
public final class RoutePlanner {

    // shortenings this small are floating-point noise; acting on them could flip two legs back and forth forever
    private static final double NOISE_KM = 1e-9;

    private final TravelAssumptions assumptions;

    public RoutePlanner(TravelAssumptions assumptions) {
        this.assumptions = Objects.requireNonNull(assumptions, "assumptions");
    }

    public Route plan(Position office, List<Stop> stops) {
        Objects.requireNonNull(office, "office");
        List<Stop> placed = stops.stream().filter(stop -> stop.knownPosition().isPresent()).toList();
        double[][] km = distances(office, placed);
        int[] tour = nearestNeighbourTour(km);
        shortenByTwoOpt(tour, km);

        List<Stop> ordered = new ArrayList<>(stops.size());
        for (int stop : tour) {
            ordered.add(placed.get(stop));
        }
        stops.stream().filter(stop -> stop.knownPosition().isEmpty()).forEach(ordered::add);
        double roadKm = assumptions.roadKm(roundTripKm(tour, km));
        return new Route(ordered, roadKm, assumptions.drivingMinutes(roadKm));
    }

    /** The round trip through the stops in the order given (a day's visits in time order); unplaced stops are skipped. */
    public Route inOrder(Position office, List<Stop> stops) {
        Objects.requireNonNull(office, "office");
        List<Stop> placed = stops.stream().filter(stop -> stop.knownPosition().isPresent()).toList();
        double[][] km = distances(office, placed);
        int[] tour = new int[placed.size()];
        for (int i = 0; i < tour.length; i++) {
            tour[i] = i;
        }
        double roadKm = assumptions.roadKm(roundTripKm(tour, km));
        return new Route(List.copyOf(stops), roadKm, assumptions.drivingMinutes(roadKm));
    }

    /** Great-circle kilometres between every pair of points; the office is the last index. */
    private static double[][] distances(Position office, List<Stop> placed) {
        List<Position> points = new ArrayList<>();
        placed.forEach(stop -> points.add(stop.position()));
        points.add(office);
        double[][] km = new double[points.size()][points.size()];
        for (int from = 0; from < points.size(); from++) {
            for (int to = 0; to < points.size(); to++) {
                Position a = points.get(from);
                Position b = points.get(to);
                km[from][to] = GreatCircle.km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
            }
        }
        return km;
    }

    private static int[] nearestNeighbourTour(double[][] km) {
        int count = km.length - 1;
        int[] tour = new int[count];
        boolean[] visited = new boolean[count];
        int at = count;
        for (int position = 0; position < count; position++) {
            int nearest = -1;
            for (int candidate = 0; candidate < count; candidate++) {
                if (!visited[candidate] && (nearest < 0 || km[at][candidate] < km[at][nearest])) {
                    nearest = candidate;
                }
            }
            visited[nearest] = true;
            tour[position] = nearest;
            at = nearest;
        }
        return tour;
    }

    /** Replaces legs a-b and c-d by a-c and b-d, reversing b..c, while any such swap shortens the round trip. */
    private static void shortenByTwoOpt(int[] tour, double[][] km) {
        int office = tour.length;
        boolean shortened = true;
        while (shortened) {
            shortened = false;
            for (int first = 0; first < tour.length - 1; first++) {
                for (int last = first + 1; last < tour.length; last++) {
                    int before = first == 0 ? office : tour[first - 1];
                    int after = last == tour.length - 1 ? office : tour[last + 1];
                    double change = km[before][tour[last]] + km[tour[first]][after]
                            - km[before][tour[first]] - km[tour[last]][after];
                    if (change < -NOISE_KM) {
                        reverse(tour, first, last);
                        shortened = true;
                    }
                }
            }
        }
    }

    private static void reverse(int[] tour, int from, int to) {
        for (int left = from, right = to; left < right; left++, right--) {
            int swap = tour[left];
            tour[left] = tour[right];
            tour[right] = swap;
        }
    }

    private static double roundTripKm(int[] tour, double[][] km) {
        int office = tour.length;
        double total = 0;
        int at = office;
        for (int stop : tour) {
            total += km[at][stop];
            at = stop;
        }
        return total + km[at][office];
    }
}

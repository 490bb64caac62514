package no.ips.outreach.matching.bench;

import java.util.List;
import java.util.Random;

/** Towns to cluster synthetic homes and workplaces around, weighted roughly by population (thousands). */
final class Norway {

    record Town(String name, double latitude, double longitude, int weight) {
    }

    static final List<Town> TOWNS = List.of(
            new Town("Oslo", 59.913, 10.752, 700), new Town("Bergen", 60.391, 5.322, 290),
            new Town("Trondheim", 63.430, 10.395, 210), new Town("Stavanger", 58.970, 5.733, 145),
            new Town("Drammen", 59.744, 10.204, 100), new Town("Fredrikstad", 59.218, 10.930, 85),
            new Town("Kristiansand", 58.147, 7.996, 115), new Town("Sandnes", 58.852, 5.735, 82),
            new Town("Tromsø", 69.649, 18.955, 78), new Town("Sarpsborg", 59.284, 11.110, 58),
            new Town("Skien", 59.209, 9.609, 55), new Town("Ålesund", 62.472, 6.155, 67),
            new Town("Bodø", 67.280, 14.405, 53), new Town("Tønsberg", 59.267, 10.408, 57),
            new Town("Haugesund", 59.413, 5.268, 38), new Town("Arendal", 58.461, 8.772, 45),
            new Town("Hamar", 60.795, 11.068, 32), new Town("Lillehammer", 61.115, 10.466, 29),
            new Town("Molde", 62.737, 7.160, 32), new Town("Harstad", 68.798, 16.541, 25),
            new Town("Mo i Rana", 66.313, 14.142, 26), new Town("Steinkjer", 64.015, 11.495, 24),
            new Town("Narvik", 68.438, 17.427, 22), new Town("Førde", 61.452, 5.857, 13),
            new Town("Alta", 69.969, 23.272, 21), new Town("Kirkenes", 69.727, 29.900, 10));

    private static final int TOTAL_WEIGHT = TOWNS.stream().mapToInt(Town::weight).sum();

    private Norway() {
    }

    static Town town(Random random) {
        int pick = random.nextInt(TOTAL_WEIGHT);
        for (Town town : TOWNS) {
            pick -= town.weight();
            if (pick < 0) {
                return town;
            }
        }
        throw new IllegalStateException();
    }

    /** A point around the town (Gaussian, about 8 km either way), kept inside lat 58-70, lon 5-30. */
    static double[] near(Town town, Random random) {
        double latitude = town.latitude() + random.nextGaussian() * 0.07;
        double longitude = town.longitude() + random.nextGaussian() * 0.07 / Math.cos(Math.toRadians(town.latitude()));
        return new double[] {clamp(latitude, 58, 70), clamp(longitude, 5, 30)};
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}

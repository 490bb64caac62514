package no.ips.outreach.registers.entity;

import java.util.Map;

/**
 * How to choose units from the register: a municipality, a postcode, an industry (a NACE section letter such as
 * {@code G}, or a code prefix such as {@code 47} or {@code 47.1}), and a size band of employees ({@code 10-49},
 * {@code 250-}). Closed units only when asked for.
 */
public record UnitFilter(UnitKind kind, String municipality, String postcode, String industry, Integer minEmployees,
                         Integer maxEmployees, boolean includeClosed) {

    /** NACE Rev. 2's sections and the divisions they span. */
    public static final Map<String, int[]> SECTIONS = Map.ofEntries(
            Map.entry("A", new int[] {1, 3}), Map.entry("B", new int[] {5, 9}), Map.entry("C", new int[] {10, 33}),
            Map.entry("D", new int[] {35, 35}), Map.entry("E", new int[] {36, 39}), Map.entry("F", new int[] {41, 43}),
            Map.entry("G", new int[] {45, 47}), Map.entry("H", new int[] {49, 53}), Map.entry("I", new int[] {55, 56}),
            Map.entry("J", new int[] {58, 63}), Map.entry("K", new int[] {64, 66}), Map.entry("L", new int[] {68, 68}),
            Map.entry("M", new int[] {69, 75}), Map.entry("N", new int[] {77, 82}), Map.entry("O", new int[] {84, 84}),
            Map.entry("P", new int[] {85, 85}), Map.entry("Q", new int[] {86, 88}), Map.entry("R", new int[] {90, 93}),
            Map.entry("S", new int[] {94, 96}), Map.entry("T", new int[] {97, 98}), Map.entry("U", new int[] {99, 99}));
}

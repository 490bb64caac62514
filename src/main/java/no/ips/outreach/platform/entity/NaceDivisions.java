package no.ips.outreach.platform.entity;

import java.util.Set;
import java.util.regex.Pattern;
import no.ips.outreach.platform.language.Messages;

/**
 * The 88 divisions of NACE Rev. 2, which Norway's SN2007 and Denmark's DB07 share: a code or prefix whose first two
 * digits name no division is no industry at all. Finer levels are national and checked for form only.
 */
public final class NaceDivisions {

    private static final Pattern FORM = Pattern.compile("\\d{2}(\\.\\d{1,3})?");
    private static final Set<String> DIVISIONS = Set.of(
            "01", "02", "03", "05", "06", "07", "08", "09",
            "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27",
            "28", "29", "30", "31", "32", "33", "35", "36", "37", "38", "39", "41", "42", "43", "45", "46", "47",
            "49", "50", "51", "52", "53", "55", "56", "58", "59", "60", "61", "62", "63", "64", "65", "66", "68",
            "69", "70", "71", "72", "73", "74", "75", "77", "78", "79", "80", "81", "82", "84", "85", "86", "87", "88",
            "90", "91", "92", "93", "94", "95", "96", "97", "98", "99");

    private NaceDivisions() {
    }

    /** Why the code (e.g. 47.111) or prefix (e.g. 56) is not a NACE industry, or null when it is one. */
    public static String problem(String code) {
        if (code == null || !FORM.matcher(code).matches()) {
            return Messages.get("employer.nace.form");
        }
        return DIVISIONS.contains(code.substring(0, 2)) ? null
                : Messages.get("employer.nace.division", code.substring(0, 2));
    }
}

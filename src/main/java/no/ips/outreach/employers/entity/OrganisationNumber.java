package no.ips.outreach.employers.entity;

import java.util.Optional;
import no.ips.outreach.platform.language.Wording;

/**
 * Checks organisation numbers the way the registers do: Norway's 9-digit organisasjonsnummer and Denmark's
 * 8-digit CVR-nummer, both MOD11.
 */
public final class OrganisationNumber {

    private static final int[] NORWAY_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] DENMARK_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private OrganisationNumber() {
    }

    /** The number without the spaces people type and the register prints ("923 609 016"). */
    public static String normalized(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s\\u00a0]", "");
    }

    /** Why the number is invalid, in the current request's language, or empty when it is valid. */
    public static Optional<String> problem(Country country, String number) {
        return reason(country, number).map(Wording::text);
    }

    /** Why the number is invalid, to be put into words later (a register import keeps it), or empty when it is valid. */
    public static Optional<Wording> reason(Country country, String number) {
        if (country == null) {
            return Optional.of(Wording.of("org-number.country"));
        }
        if (number == null || number.isBlank()) {
            return Optional.of(Wording.of("org-number.required"));
        }
        return switch (country) {
            case NO -> norwegian(number);
            case DK -> danish(number);
        };
    }

    private static Optional<Wording> norwegian(String number) {
        if (!number.matches("\\d{9}")) {
            return Optional.of(Wording.of("org-number.no.digits"));
        }
        int remainder = weightedSum(number, NORWAY_WEIGHTS) % 11;
        if (remainder == 1) {
            return Optional.of(Wording.of("org-number.no.impossible"));
        }
        int expected = remainder == 0 ? 0 : 11 - remainder;
        int actual = number.charAt(8) - '0';
        return actual == expected ? Optional.empty()
                : Optional.of(Wording.of("org-number.no.check-digit", expected));
    }

    private static Optional<Wording> danish(String number) {
        if (!number.matches("\\d{8}")) {
            return Optional.of(Wording.of("org-number.dk.digits"));
        }
        if (number.charAt(0) == '0') {
            return Optional.of(Wording.of("org-number.dk.zero"));
        }
        return weightedSum(number, DENMARK_WEIGHTS) % 11 == 0 ? Optional.empty()
                : Optional.of(Wording.of("org-number.dk.check"));
    }

    /** The check digit that completes a Norwegian base of 8 digits, or -1 when none does. */
    public static int norwegianCheckDigit(String firstEight) {
        int remainder = weightedSum(firstEight, NORWAY_WEIGHTS) % 11;
        return remainder == 1 ? -1 : remainder == 0 ? 0 : 11 - remainder;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}

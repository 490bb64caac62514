package no.ips.outreach.platform.control;

import no.ips.outreach.platform.language.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.ips.outreach.platform.problem.ProblemException;

/**
 * Query parameters arrive as text and are parsed here, so that "limit=abc" is a 400 naming the parameter
 * rather than JAX-RS's default 404.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw ProblemException.invalid(name, Messages.get("query.between", String.valueOf(min), String.valueOf(max)));
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, value.trim().matches("-?\\d+")
                    ? Messages.get("query.between", String.valueOf(min), String.valueOf(max)) : Messages.get("query.whole-number"));
        }
    }

    public static Double decimal(String name, String value, double min, double max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // plain decimals only: Java would also take NaN, Infinity and suffixes like 1.5d
        if (!value.trim().matches("-?\\d+(\\.\\d+)?")) {
            throw ProblemException.invalid(name, Messages.get("query.number"));
        }
        try {
            double parsed = Double.parseDouble(value.trim());
            if (parsed < min || parsed > max) {
                throw ProblemException.invalid(name, Messages.get("query.between", String.valueOf(min), String.valueOf(max)));
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, Messages.get("query.number"));
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, Messages.get("query.date"));
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, Messages.get("query.one-of", java.util.Arrays.toString(type.getEnumConstants())));
        }
    }
}

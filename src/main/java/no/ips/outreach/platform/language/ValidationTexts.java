package no.ips.outreach.platform.language;

import jakarta.validation.ConstraintViolation;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bean Validation message in the request's language. Our constraints name a bundle key ({@code {outreach.v.phone}});
 * the standard ones without a message get ours by constraint ({@code outreach.v.NotNull}); placeholders such as
 * {@code {max}} take the constraint's attributes. Anything else keeps the validator's own words.
 */
public final class ValidationTexts {

    private static final Pattern KEY = Pattern.compile("\\{([\\w.-]+)}");
    private static final String STANDARD = "jakarta.validation.constraints.";

    private ValidationTexts() {
    }

    public static String message(ConstraintViolation<?> violation, Language language) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String key = keyOf(violation.getMessageTemplate(), attributes);
        if (key == null || !Messages.has(key)) {
            return violation.getMessage();
        }
        return fill(Messages.raw(language, key), attributes);
    }

    private static String keyOf(String template, Map<String, Object> attributes) {
        Matcher matcher = KEY.matcher(template == null ? "" : template);
        if (!matcher.matches()) {
            return null;
        }
        String key = matcher.group(1);
        if (key.startsWith(STANDARD) && key.endsWith(".message")) {
            String constraint = key.substring(STANDARD.length(), key.length() - ".message".length());
            // a @Size with only a maximum reads better as "at most 200"
            if (constraint.equals("Size") && Integer.valueOf(0).equals(attributes.get("min"))) {
                return "outreach.v.Size.max";
            }
            return "outreach.v." + constraint;
        }
        return key;
    }

    static String fill(String pattern, Map<String, Object> attributes) {
        Matcher placeholder = KEY.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            Object value = attributes.get(placeholder.group(1));
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value == null ? placeholder.group() : String.valueOf(value)));
        }
        placeholder.appendTail(text);
        return text.toString();
    }
}

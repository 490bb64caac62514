package no.ips.outreach.planning.boundary;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as people type it: "9", "09", "9:30", "09:30" or "09:30:00". Anything else reads as no time at all, so
 * that the request's own check answers with a plain message on the field instead of the JSON library's words.
 */
public class ClockTime implements JsonbAdapter<LocalTime, String> {

    public static final String MESSAGE = "{outreach.v.clock-time}";

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?");

    @Override
    public String adaptToJson(LocalTime time) {
        return time.toString();
    }

    @Override
    public LocalTime adaptFromJson(String text) {
        Matcher matcher = text == null ? null : TIME.matcher(text.trim());
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        int second = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        return hour < 24 && minute < 60 && second < 60 ? LocalTime.of(hour, minute, second) : null;
    }
}

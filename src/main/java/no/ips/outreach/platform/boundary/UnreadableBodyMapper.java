package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.language.Messages;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.ips.outreach.platform.problem.Problem;

/** Malformed JSON, wrong types and unknown enum values: a readable 400, never a stack trace. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern UNKNOWN_ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w+)");

    @Override
    public Response toResponse(ProcessingException exception) {
        var tooLarge = Causes.find(exception, BodySizeLimitFilter.TooLarge.class);
        if (tooLarge.isPresent()) {
            return Problems.response(tooLarge.get().problem());
        }
        return Problems.response(problemFor(exception));
    }

    static Problem problemFor(Throwable exception) {
        String detail = Causes.find(exception, JsonParsingException.class)
                .map(e -> Messages.get("problem.unreadable.json", e.getMessage()))
                .orElseGet(() -> Messages.get("problem.unreadable.shape", innermostJsonbMessage(exception)));
        return Problem.of(400, Messages.get("problem.title.unreadable"), Causes.withoutJavaNames(detail));
    }

    /** "No enum constant ...TeamKind.PRISON" says nothing a client can act on; the allowed values do. */
    private static String allowedValues(String message) {
        Matcher unknown = UNKNOWN_ENUM.matcher(message);
        if (!unknown.find()) {
            return message;
        }
        try {
            Class<?> type = Class.forName(unknown.group(1), false, UnreadableBodyMapper.class.getClassLoader());
            if (type.isEnum()) {
                return Messages.get("problem.unreadable.enum", unknown.group(2),
                        Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
            }
        } catch (ClassNotFoundException notOurs) {
            // keep the original words
        }
        return message;
    }

    /** Yasson's own words name the property ("Unable to deserialize property 'employees' ..."); prefer those. */
    private static String innermostJsonbMessage(Throwable exception) {
        String message = Messages.get("problem.unreadable.hint");
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("property")) {
                return t.getMessage();
            }
            if (t instanceof JsonbException || t instanceof IllegalArgumentException) {
                message = t.getMessage() == null ? message : allowedValues(t.getMessage());
            }
        }
        return message;
    }
}

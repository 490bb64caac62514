package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.language.Messages;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;

/**
 * Refuses control characters in every text of a JSON body: a bare CR in an employer's name would end a line of the
 * iCalendar file, a CSV cell or a header. Free-text fields may hold line breaks (LF, and a tab); nothing else below
 * U+0020, nor DEL. Also refuses text that is not Unicode: a body that is not valid UTF-8, and a lone UTF-16 surrogate
 * written as an escape ({@code "\ud800"}), which the database would otherwise store as {@code ?} and the API would echo
 * broken. Runs after the access check, so a caller who may not write learns nothing from the body.
 */
@Provider
@Priority(Priorities.USER)
public class ControlCharacterFilter implements ContainerRequestFilter {

    /** The free-text fields, written on a phone after a visit, where a line break is meant. */
    public static final Set<String> MULTI_LINE = Set.of("notes", "note", "outcome", "nextStep", "description", "businessNeeds",
            "strengths", "disclosureText", "educationGoal", "reason", "doNotContactReason");

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw ProblemException.invalid("body", Messages.get("problem.not-utf-8"));
        }
        JsonValue json;
        try (var reader = Json.createReader(new StringReader(text))) {
            json = reader.readValue();
        } catch (JsonException | IllegalStateException malformed) {
            return; // JSON-B answers malformed JSON with its own 400
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        check("", null, json, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void check(String path, String name, JsonValue value, List<Problem.FieldError> errors) {
        if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                if (hasLoneSurrogate(key)) {
                    errors.add(new Problem.FieldError(path.isEmpty() ? "body" : path,
                            Messages.get("problem.not-unicode.name")));
                } else {
                    check(path.isEmpty() ? key : path + "." + key, key, member, errors);
                }
            });
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                check(path + "[" + i + "]", name, array.get(i), errors);
            }
        } else if (value instanceof JsonString text && hasLoneSurrogate(text.getString())) {
            errors.add(new Problem.FieldError(path.isEmpty() ? "body" : path, Messages.get("problem.not-unicode")));
        } else if (value instanceof JsonString text && hasControl(text.getString(), MULTI_LINE.contains(name))) {
            errors.add(new Problem.FieldError(path.isEmpty() ? "body" : path, MULTI_LINE.contains(name)
                    ? Messages.get("problem.control-characters.multi-line")
                    : Messages.get("problem.control-characters")));
        }
    }

    /** Half of a surrogate pair without the other half: no character at all, and not storable as UTF-8. */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    public static boolean hasControl(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = multiLine && (c == '\n' || c == '\t');
            if ((c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0) && !allowed) {
                return true;
            }
        }
        return false;
    }
}

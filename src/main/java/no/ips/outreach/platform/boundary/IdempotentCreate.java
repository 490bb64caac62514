package no.ips.outreach.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
import no.ips.outreach.platform.control.IdempotencyStore;
import no.ips.outreach.platform.entity.IdempotentRequest;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;

/**
 * Runs a create at most once per caller and Idempotency-Key. The create and the remembered answer commit in one
 * transaction, so a phone that retries after a lost response gets the first answer and nothing is created twice.
 */
@ApplicationScoped
public class IdempotentCreate {

    public static final String HEADER = "Idempotency-Key";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdempotencyStore store;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** What a create produced: where the new resource lives, its representation and version. */
    public record Created(URI location, Object body, long version) {
    }

    @Transactional
    public Response once(String key, Object request, Supplier<Created> create) {
        if (key == null || key.isBlank()) {
            return response(create.get());
        }
        if (key.length() > IdempotentRequest.KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "at most " + IdempotentRequest.KEY_LENGTH + " characters");
        }
        String hash = sha256(JSON.toJson(request));
        var earlier = store.find(user.name(), key);
        if (earlier.isPresent()) {
            if (!earlier.get().sameRequest(hash)) {
                throw ProblemException.unprocessable("Idempotency-Key " + key
                        + " was already used for a different request. Use a new key for a new request.");
            }
            return Response.status(earlier.get().status())
                    .location(URI.create(earlier.get().location()))
                    .type(MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replayed", "true")
                    .entity(earlier.get().body())
                    .build();
        }
        Created created = create.get();
        store.remember(new IdempotentRequest(user.name(), key, hash, 201, created.location().toString(),
                JSON.toJson(created.body()), clock.instant()));
        return response(created);
    }

    private static Response response(Created created) {
        return Response.created(created.location())
                .tag(Versions.tag(created.version()))
                .entity(created.body())
                .build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}

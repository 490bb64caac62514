package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.language.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
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
 * Runs a create (or another POST, such as a void, that answers {@link Created#status()}) at most once per caller and
 * Idempotency-Key. The create and the remembered answer commit in one
 * transaction, so a phone that retries after a lost response gets the first answer and nothing is created twice.
 * A key is bound to the method, path and body it was first sent with: the same key on another target is refused.
 */
@ApplicationScoped
public class IdempotentCreate {

    public static final String HEADER = "Idempotency-Key";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdempotencyStore store;

    @Inject
    CreateTransaction transaction;

    @Inject
    CurrentUser user;

    @Inject
    HttpServletRequest http;

    @Inject
    Clock clock;

    /** What a create produced: where the new resource lives, its representation and version. */
    public record Created(URI location, Object body, long version, int status) {

        public Created(URI location, Object body, long version) {
            this(location, body, version, 201);
        }
    }

    public Response once(String key, Object request, Supplier<Created> create) {
        if (key == null || key.isBlank()) {
            return transaction.run(() -> response(create.get()));
        }
        if (key.length() > IdempotentRequest.KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, Messages.get("problem.idempotency-key.length", String.valueOf(IdempotentRequest.KEY_LENGTH)));
        }
        String hash = sha256(http.getMethod() + " " + http.getRequestURI() + "\n" + JSON.toJson(request));
        try {
            return transaction.run(() -> firstOrReplay(key, hash, create));
        } catch (RuntimeException lost) {
            // a twin with the same key got there first and has committed by now (our insert waited for it): its
            // answer is ours too
            return store.find(user.name(), key).filter(earlier -> earlier.sameRequest(hash))
                    .map(IdempotentCreate::replay)
                    .orElseThrow(() -> lost);
        }
    }

    private Response firstOrReplay(String key, String hash, Supplier<Created> create) {
        var earlier = store.find(user.name(), key);
        if (earlier.isPresent()) {
            if (!earlier.get().sameRequest(hash)) {
                throw ProblemException.unprocessable(Messages.get("problem.idempotency-key.reused", key));
            }
            return replay(earlier.get());
        }
        Created created = create.get();
        store.remember(new IdempotentRequest(user.name(), key, hash, created.status(), created.location().toString(),
                JSON.toJson(created.body()), created.version(), clock.instant()));
        return response(created);
    }

    private static Response replay(IdempotentRequest earlier) {
        var replay = Response.status(earlier.status())
                .location(URI.create(earlier.location()))
                .type(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", "true")
                .entity(earlier.body());
        earlier.version().ifPresent(version -> replay.tag(Versions.tag(version)));
        return replay.build();
    }

    private static Response response(Created created) {
        return Response.status(created.status()).location(created.location())
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

package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Lost updates and duplicate creates: the two ways a busy team or a bad connection could corrupt the log. */
class ConcurrencyIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String user = "conc-" + UUID.randomUUID().toString().substring(0, 6);
    private final TeamFixture teams = new TeamFixture(outreach, outreach.as("admin-" + user, Outreach.ADMIN));
    private final String team = teams.team("nav-" + user);
    private final Client kari = teams.specialist(user, team);

    @Test
    void twoUpdatesWithTheSameETagLetExactlyOneWin() {
        long id = kari.post("employers", TestData.employer("Race AS").build()).expect(201).id();
        Reply read = kari.get("employers/" + id);
        String orgNumber = read.json().getString("orgNumber");

        List<Reply> replies = together(
                () -> kari.put("employers/" + id, TestData.employer("Race AS - first", orgNumber).build(), read.header("ETag")),
                () -> kari.put("employers/" + id, TestData.employer("Race AS - second", orgNumber).build(), read.header("ETag")));

        assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 412);
        Reply winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        assertThat(kari.get("employers/" + id).json().getString("name")).isEqualTo(winner.json().getString("name"));
    }

    @Test
    void aStaleETagChangesNothing() {
        long id = kari.post("employers", TestData.employer("Stale AS").build()).expect(201).id();
        Reply first = kari.get("employers/" + id);
        String orgNumber = first.json().getString("orgNumber");
        kari.put("employers/" + id, TestData.employer("Stale AS - fresh", orgNumber).build(), first.header("ETag")).expect(200);

        kari.put("employers/" + id, TestData.employer("Stale AS - overwritten", orgNumber).build(), first.header("ETag")).problem(412);
        kari.put("employers/" + id, TestData.employer("Stale AS - blind", orgNumber).build(), null).problem(428);

        assertThat(kari.get("employers/" + id).json().getString("name")).isEqualTo("Stale AS - fresh");
    }

    @Test
    void aRetriedVisitWithTheSameIdempotencyKeyIsLoggedOnce() {
        long employer = kari.post("employers", TestData.employer("Retry AS").build()).expect(201).id();
        var visit = TestData.visit(employer, TestData.daysAgo(1)).build();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Reply first = kari.post("visits", visit, key).expect(201);
        Reply retry = kari.post("visits", visit, key).expect(201);

        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(visits(employer)).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void fiftySimultaneousRetriesAllGetTheFirstAnswer() {
        long employer = kari.post("employers", TestData.employer("Double tap AS").build()).expect(201).id();
        var visit = TestData.visit(employer, TestData.daysAgo(1)).build();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Supplier<Reply> post = () -> kari.post("visits", visit, key);

        List<Reply> replies = together(java.util.Collections.nCopies(50, post).toArray(Supplier[]::new));

        assertThat(replies).extracting(Reply::status).containsOnly(201);
        assertThat(replies).extracting(r -> r.header("Location")).containsOnly(replies.get(0).header("Location"));
        assertThat(replies).extracting(r -> r.header("ETag")).doesNotContainNull().containsOnly(replies.get(0).header("ETag"));
        assertThat(visits(employer)).isEqualTo(1);
    }

    @Test
    void aReplayCarriesTheFirstAnswersETag() {
        long employer = kari.post("employers", TestData.employer("Replay AS").build()).expect(201).id();
        var visit = TestData.visit(employer, TestData.daysAgo(1)).build();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Reply first = kari.post("visits", visit, key).expect(201);
        Reply replay = kari.post("visits", visit, key).expect(201);

        assertThat(first.header("ETag")).isNotNull();
        assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.header("Content-Type")).isEqualTo(first.header("Content-Type"));
    }

    @Test
    void aKeyIsBoundToItsTargetNotOnlyToItsBody() {
        long first = kari.post("employers", TestData.employer("Target one AS").build()).expect(201).id();
        long second = kari.post("employers", TestData.employer("Target two AS").build()).expect(201).id();
        var person = Json.createObjectBuilder().add("name", "Siri Sjef").build();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        kari.post("employers/" + first + "/contacts", person, key).expect(201);
        kari.post("employers/" + second + "/contacts", person, key).problem(422);

        assertThat(kari.get("employers/" + first + "/contacts").jsonArray()).hasSize(1);
        assertThat(kari.get("employers/" + second + "/contacts").jsonArray()).isEmpty();
    }

    @Test
    void reusingAKeyForADifferentRequestIsRefused() {
        long employer = kari.post("employers", TestData.employer("Reuse AS").build()).expect(201).id();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        kari.post("visits", TestData.visit(employer, TestData.daysAgo(1)).build(), key).expect(201);

        kari.post("visits", TestData.visit(employer, TestData.daysAgo(2)).build(), key).problem(422);

        assertThat(visits(employer)).isEqualTo(1);
    }

    @Test
    void keysAreKeptPerUser() {
        long employer = kari.post("employers", TestData.employer("Per user AS").build()).expect(201).id();
        var visit = TestData.visit(employer, TestData.daysAgo(1)).build();
        Map<String, String> key = Map.of("Idempotency-Key", "same-key-" + user);

        kari.post("visits", visit, key).expect(201);
        teams.specialist(user + "-colleague", team).post("visits", visit, key).expect(201);

        assertThat(visits(employer)).isEqualTo(2);
    }

    private int visits(long employer) {
        return kari.get("employers/" + employer + "/visits").json().getInt("total");
    }

    @SafeVarargs
    private static List<Reply> together(Supplier<Reply>... calls) {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        // one thread per call: the common pool may have a single thread on a small machine
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        List<CompletableFuture<Reply>> futures = java.util.Arrays.stream(calls)
                .map(call -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return call.get();
                }, threads)).toList();
        try {
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
    }
}

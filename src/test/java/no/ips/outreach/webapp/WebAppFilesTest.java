package no.ips.outreach.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.RelationshipStage;
import no.ips.outreach.matching.decisions.entity.MatchStage;
import no.ips.outreach.openings.entity.OpeningStatus;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;
import no.ips.outreach.participants.entity.Shift;
import no.ips.outreach.planning.entity.PlanState;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.planning.entity.SuggestionReason;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.VisitPurpose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The web app's files as built: one message bundle per language with the same keys, a label for every value of
 * every API enum it shows, a message for every key the code asks for, and a service worker that caches every module.
 */
class WebAppFilesTest {

    static final Path APP = Path.of("src", "main", "webapp", "app");
    static final Pattern STATIC_IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:[^'\"]*?\\s+from\\s+)?'(\\.[^']+)'");
    static final List<Class<? extends Enum<?>>> SHOWN = List.of(VisitMode.class, VisitPurpose.class, ContactQuality.class,
            PlanState.class, SuggestionReason.class, Disclosure.class, ParticipantStatus.class, Program.class,
            RelationshipStage.class, Shift.class, MatchStage.class, OpeningStatus.class, Country.class);

    @ParameterizedTest
    @ValueSource(strings = {"da", "en"})
    void everyLanguageHasEveryMessageOfBokmal(String language) throws IOException {
        JsonObject bokmal = bundle("nb");
        JsonObject other = bundle(language);
        assertThat(other.keySet()).isEqualTo(bokmal.keySet());
        assertThat(other.keySet()).allSatisfy(key -> assertThat(other.getString(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "da", "en"})
    void everyEnumValueTheAppShowsHasALabel(String language) throws IOException {
        JsonObject messages = bundle(language);
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(messages.containsKey("enum." + type.getSimpleName() + "." + value.name()))
                        .as("%s label for %s.%s", language, type.getSimpleName(), value).isTrue();
            }
        }
    }

    /**
     * The web app keeps its own copy of the labels, since it must show them offline and on the sign-in page, where
     * GET /api/v1/labels cannot be reached; this holds the copy to the server's, so the app, the CSV files, the
     * worksheet and host systems using /labels show the same words.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nb", "da", "en"})
    void everyLabelTheAppShowsIsTheServersWord(String language) throws IOException {
        JsonObject messages = bundle(language);
        Language server = Language.of(language).orElseThrow();
        Set<String> labels = messages.keySet().stream().filter(key -> key.startsWith("enum.")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(labels).isNotEmpty().allSatisfy(key -> {
            assertThat(Messages.has(key)).as("%s: the server has no label %s", language, key).isTrue();
            assertThat(messages.getString(key)).as("%s %s", language, key).isEqualTo(Messages.get(server, key));
        });
    }

    @Test
    void everyMessageKeyTheCodeAsksForExists() throws IOException {
        JsonObject messages = bundle("nb");
        Pattern literal = Pattern.compile("\\bt\\('([a-zA-Z]+\\.[a-zA-Z.]+)'");
        Set<String> missing = new TreeSet<>();
        for (Path module : modules()) {
            Matcher key = literal.matcher(Files.readString(module));
            while (key.find()) {
                String name = key.group(1);
                boolean plural = messages.containsKey(name + ".other");
                if (!messages.containsKey(name) && !plural) {
                    missing.add(module.getFileName() + ": " + name);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theServiceWorkerCachesEveryModuleAndBundle() throws IOException {
        String worker = Files.readString(APP.getParent().resolve("sw.js"));
        Set<String> listed = Pattern.compile("'((?:core|components|messages)/[a-z0-9-]+\\.(?:js|json))'").matcher(worker)
                .results().map(match -> match.group(1)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> files;
        try (Stream<Path> all = Files.walk(APP)) {
            files = all.filter(Files::isRegularFile).map(path -> APP.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> name.contains("/")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(listed).isEqualTo(files);
    }

    @Test
    void thePagePreloadsExactlyTheFirstScreensModulesSoThatNoneWaitsForAnother() throws IOException {
        String page = Files.readString(APP.getParent().resolve("WEB-INF/app/index.html"));
        Set<String> preloaded = Pattern.compile("<link rel=\"modulepreload\" href=\"/app/([^\"]+)\">").matcher(page)
                .results().map(match -> match.group(1)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> firstScreen = new TreeSet<>();
        staticImports(APP.resolve("main.js"), firstScreen);
        staticImports(APP.resolve("components/outreach-app.js"), firstScreen);
        assertThat(preloaded).isEqualTo(firstScreen).contains("components/week-screen.js")
                .doesNotContain("components/participant-card.js");
    }

    /** A module and everything it imports statically, as paths under app/. */
    private static void staticImports(Path module, Set<String> found) throws IOException {
        if (!found.add(APP.relativize(module).toString().replace('\\', '/'))) {
            return;
        }
        Matcher imported = STATIC_IMPORT.matcher(Files.readString(module));
        while (imported.find()) {
            staticImports(module.resolveSibling(imported.group(1)).normalize(), found);
        }
    }

    private static List<Path> modules() throws IOException {
        try (Stream<Path> all = Files.walk(APP)) {
            return all.filter(path -> path.toString().endsWith(".js")).toList();
        }
    }

    private static JsonObject bundle(String language) throws IOException {
        return Json.createReader(new StringReader(Files.readString(APP.resolve("messages").resolve(language + ".json")))).readObject();
    }
}

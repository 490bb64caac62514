package no.ips.outreach.platform.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No words for people in Java code: what a client reads in an error (problem titles, details and field messages) comes
 * from the message bundles. This scans every statement that makes a problem or a validation message for a string
 * literal that is text rather than a field name or a bundle key.
 *
 * <p>A second, wider scan finds any sentence in a string literal, wherever it is (a "why" in a JSON answer, a
 * scorecard rule, a token's refusal), outside what is for developers and operators: OpenAPI descriptions, log lines,
 * exception messages, queries, the dev-mode banner and health checks, and the demo data (which is data, written in
 * bokmål as a Bodø team would). A sentence is three words or more; shorter words for people (a label, "filled") are the
 * review rule's: they are looked up with {@code Messages.get} or {@code Messages.label} in the reader's language.
 */
class UserFacingStringsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Statements that put words in front of a client. */
    private static final Pattern SINK = Pattern.compile(
            "ProblemException\\.(badRequest|invalid|notFound|conflict|unprocessable|forbidden|preconditionFailed|preconditionRequired)\\("
                    + "|Problem\\.of\\(|new Problem\\(|FieldError\\(|\\bmessage\\s*=\\s*\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Not words: a field name (occupationCode, address.postcode), a bundle key or template, a media or about: type. */
    private static final Pattern NOT_WORDS = Pattern.compile("[\\w.$-]*|\\{[\\w.-]+}|about:blank|[\\w-]+/[\\w+.-]+|[\\p{Punct}\\s]*");
    private static final Pattern MARKER = Pattern.compile("\"#(\\d+)\"");
    /**
     * What comes right before a literal that is not text for a client: a bundle key lookup, a regular expression, an
     * OpenAPI description, the thing a not-found or stale-version problem names (the bundle's thing.* keys), a header,
     * a query.
     */
    private static final Pattern NOT_FOR_PEOPLE = Pattern.compile("(?s).*(Messages\\.get\\(|Messages\\.get\\(language, |\\bh\\("
            + "|regexp = |matches\\(|description = |summary = |notFound\\(|requireVersion\\(|WWW_AUTHENTICATE, |createQuery\\()\\s*$");

    @Test
    void noProblemTextIsWrittenInJava() {
        assertThat(textsByFile()).as("English problem texts in Java, by file: use Messages.get with a key in "
                + "messages_{nb,da,en}.properties").isEmpty();
    }

    @Test
    void noSentenceForPeopleIsWrittenInJavaEither() {
        assertThat(proseByFile()).as("English sentences in Java, by file: use Messages.get with a key in "
                + "messages_{nb,da,en}.properties, or say in this test why the place is not for people").isEmpty();
    }

    @Test
    void theWiderScanFindsASentenceAndIgnoresWhatIsForDevelopers() {
        assertThat(prose("return Assessment.of(1, () -> \"No special requirements\");")).containsExactly("No special requirements");
        assertThat(prose("reasons.add(\"the team was last there \" + days + \" days ago\");")).hasSize(1);
        assertThat(prose("LOG.info(\"the index was built in \" + ms);")).isEmpty();
        assertThat(prose("throw new IllegalStateException(\"no bundle for this language\");")).isEmpty();
        assertThat(prose("@Operation(summary = \"List the employers\", description = \"Search by name or number\")")).isEmpty();
        assertThat(prose("em.createQuery(\"SELECT e FROM Employer e WHERE e.id = :id\")")).isEmpty();
        assertThat(prose("return Messages.get(\"why.start.now\");")).isEmpty();
    }

    @Test
    void theScanFindsATextAndIgnoresFieldNamesAndKeys() {
        assertThat(texts("throw ProblemException.invalid(\"prefix\", \"Must be digits.\");")).isEqualTo(1);
        assertThat(texts("throw ProblemException.invalid(\"prefix\", Messages.get(\"occupation.prefix.invalid\"));")).isZero();
        assertThat(texts("@Pattern(regexp = \"\\\\d{4}\", message = \"{outreach.v.postcode}\") String postcode,")).isZero();
        assertThat(texts("@Pattern(regexp = \"\\\\d{4}\", message = \"must be 4 digits\") String postcode,")).isEqualTo(1);
    }

    static Map<String, Integer> textsByFile() {
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                int count = texts(read(file));
                if (count > 0) {
                    found.put(SOURCES.relativize(file).toString().replace('\\', '/'), count);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The text literals in the statements that make problems; comments are skipped. */
    static int texts(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
        // literals are masked first, so that a ; or { inside one cannot split a statement
        List<String> literals = new ArrayList<>();
        Matcher literal = LITERAL.matcher(code);
        StringBuilder masked = new StringBuilder();
        while (literal.find()) {
            literals.add(literal.group(1));
            literal.appendReplacement(masked, "\"#" + (literals.size() - 1) + "\"");
        }
        literal.appendTail(masked);
        int count = 0;
        for (String statement : masked.toString().split(";|\\{\\s*\\n|\\)\\s*\\{|\\n\\s*(?=@)")) {
            if (!SINK.matcher(statement).find()) {
                continue;
            }
            Matcher marker = MARKER.matcher(statement);
            while (marker.find()) {
                String value = literals.get(Integer.parseInt(marker.group(1)));
                String before = statement.substring(Math.max(0, marker.start() - 40), marker.start());
                if (!NOT_WORDS.matcher(value).matches() && !NOT_FOR_PEOPLE.matcher(before).matches()) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Places whose words are for developers and operators, or are data: see the class comment. */
    private static final Pattern NOT_FOR_READERS_FILES = Pattern.compile("no/ips/outreach/(demo|platform/dev|platform/health)/.*");
    /** Three words or more, the last two in lower case: prose rather than a code, a key or a name. */
    private static final Pattern PROSE = Pattern.compile(".*\\p{L}{2,}[ ,;:]+\\p{Ll}{2,}[ ,;:]+\\p{Ll}{2,}.*");
    /**
     * A statement that holds words for developers: a log line, an exception, OpenAPI, a regular expression, a query; or
     * the thing a not-found problem names, which is looked up in the bundle's thing.* keys.
     */
    private static final Pattern FOR_DEVELOPERS = Pattern.compile("(?s).*(\\bLOG\\.|Logger|Exception\\(|description\\s*=|summary\\s*="
            + "|\\.description\\(|Pattern\\.compile\\(|createQuery\\(|createNativeQuery\\(|createNamedQuery\\(|\\bjpql\\b|\\bsql\\b"
            + "|where\\.add\\(|regexp\\s*=|notFound\\(|\\bsuper\\(|Locale\\.ROOT).*");
    /** A style sheet's rule in a page the service writes (the worksheet): selectors and properties, not words. */
    private static final Pattern CSS = Pattern.compile(".*\\{[^}]*:[^}]*}.*");
    private static final Pattern QUERY_WORDS = Pattern.compile(".*\\b(SELECT|FROM|WHERE|JOIN|ORDER BY|GROUP BY|CASE WHEN|IS NULL|AND|OR|MEMBER OF"
            + "|INSERT INTO|VALUES|UPDATE|SET)\\b.*");
    static Map<String, List<String>> proseByFile() {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                List<String> prose = NOT_FOR_READERS_FILES.matcher(name).matches()
                        ? List.of() : prose(read(file));
                if (!prose.isEmpty()) {
                    found.put(name, prose);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The sentences in string literals of statements that are not for developers; comments are skipped. */
    static List<String> prose(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
        List<String> literals = new ArrayList<>();
        Matcher literal = LITERAL.matcher(code);
        StringBuilder masked = new StringBuilder();
        while (literal.find()) {
            literals.add(literal.group(1));
            literal.appendReplacement(masked, "\"#" + (literals.size() - 1) + "\"");
        }
        literal.appendTail(masked);
        List<String> prose = new ArrayList<>();
        for (String statement : masked.toString().split(";|\\{\\s*\\n|\\)\\s*\\{|\\n\\s*(?=@)")) {
            if (FOR_DEVELOPERS.matcher(statement).matches()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            Matcher marker = MARKER.matcher(statement);
            while (marker.find()) {
                values.add(literals.get(Integer.parseInt(marker.group(1))));
            }
            if (values.stream().anyMatch(value -> QUERY_WORDS.matcher(value).matches())) {
                continue; // a query written over several literals: its column lists are not words either
            }
            for (String value : values) {
                if (PROSE.matcher(value).matches() && !CSS.matcher(value).matches()) {
                    prose.add(value);
                }
            }
        }
        return prose;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

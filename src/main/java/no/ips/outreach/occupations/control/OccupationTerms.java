package no.ips.outreach.occupations.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every word an occupation is known by, mapped to its ISCO-08 group: the ISCO, STYRK-08 and DISCO-08 titles (DISCO's
 * 6-digit positions count for their unit group), ESCO's English labels and synonyms, and a short hand-written list of
 * everyday job-ad words (src/tools/occupation_synonyms.tsv). Reference data, read once from the WAR; src/tools/occupation_data.py
 * writes it from the published files. Folded as {@link Folding} says, so accents and case never matter.
 */
@ApplicationScoped
public class OccupationTerms {

    static final String RESOURCE = "/no/ips/outreach/occupations/terms.tsv";

    private record Term(String code, String folded) {
    }

    private volatile List<Term> terms;

    /** The codes with a term that holds every word (words folded already). */
    public Set<String> codesMatching(List<String> words) {
        Set<String> codes = new TreeSet<>();
        for (Term term : terms()) {
            if (!codes.contains(term.code()) && words.stream().allMatch(term.folded()::contains)) {
                codes.add(term.code());
            }
        }
        return codes;
    }

    private List<Term> terms() {
        if (terms == null) {
            terms = load();
        }
        return terms;
    }

    static List<Term> load() {
        List<Term> loaded = new ArrayList<>();
        try (InputStream in = OccupationTerms.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] columns = line.split("\t", 3);
                    loaded.add(new Term(columns[0], Folding.fold(columns[2])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(loaded);
    }
}

package no.ips.outreach.demo.control;

import java.util.List;
import java.util.Random;

/** Names, roles and visit outcomes in the words Norwegian specialists use. */
final class DemoPeople {

    private static final List<String> FIRST = List.of("Anne", "Per", "Marit", "Tor", "Hilde", "Jon", "Silje",
            "Espen", "Line", "Morten", "Camilla", "Geir", "Ingvild", "Ahmed", "Fatima", "Stian");
    private static final List<String> LAST = List.of("Hansen", "Olsen", "Nilsen", "Berg", "Pedersen", "Dahl",
            "Amundsen", "Mathisen", "Eide", "Ali", "Solberg", "Kristiansen");
    private static final List<String> ROLES = List.of("Daglig leder", "Butikksjef", "HR-rådgiver",
            "Avdelingsleder", "Kjøkkensjef", "Driftsleder", "Verksmester");
    private static final List<String> OUTCOMES = List.of(
            "Leder var positiv til å møte en kandidat.",
            "Fikk høre om behov for ekstrahjelp i helgene.",
            "Avtalte omvisning på arbeidsplassen.",
            "Ingen ledige stillinger nå, men åpen for kontakt igjen i vår.",
            "Diskuterte tilrettelegging og oppfølging i jobb.",
            "Leverte informasjon om IPS og jobbspesialistens rolle.",
            "Kandidat fikk tilbud om arbeidsutprøving med lønn.");

    private DemoPeople() {
    }

    static String name(Random random) {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }

    static String role(Random random) {
        return ROLES.get(random.nextInt(ROLES.size()));
    }

    static String outcome(Random random) {
        return OUTCOMES.get(random.nextInt(OUTCOMES.size()));
    }
}

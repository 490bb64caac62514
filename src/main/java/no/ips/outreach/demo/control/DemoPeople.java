package no.ips.outreach.demo.control;

import java.util.List;
import java.util.Map;
import java.util.Random;
import no.ips.outreach.employers.entity.Employer;

/** Names, roles and visit outcomes in the words Norwegian specialists use. */
final class DemoPeople {

    private static final List<String> FIRST = List.of("Anne", "Per", "Marit", "Tor", "Hilde", "Jon", "Silje",
            "Espen", "Line", "Morten", "Camilla", "Geir", "Ingvild", "Ahmed", "Fatima", "Stian");
    private static final List<String> LAST = List.of("Hansen", "Olsen", "Nilsen", "Berg", "Pedersen", "Dahl",
            "Amundsen", "Mathisen", "Eide", "Ali", "Solberg", "Kristiansen");
    private static final List<String> ROLES = List.of("Daglig leder", "Butikksjef", "HR-rådgiver",
            "Avdelingsleder", "Kjøkkensjef", "Driftsleder", "Verksmester");
    /**
     * A visit's outcome in three parts (what happened, what was learnt, what next), some of them fitted to the
     * employer's trade: thousands of combinations, so the log reads like notes, not one sentence repeated.
     */
    private static final List<String> OPENINGS = List.of(
            "Møtte {role} på arbeidsplassen.", "Kort prat med {role} i resepsjonen.", "Satt ned med {role} en halvtime.",
            "{role} viste rundt i lokalene.", "Traff {role} og et verneombud.", "Ringte {role} etter forrige møte.",
            "Møte med {role} og to fra staben.", "Stakk innom uanmeldt; {role} hadde tid.", "Lunsjmøte med {role}.",
            "Fulgte opp e-posten til {role}.");
    private static final List<String> LEARNT = List.of(
            "De har høyt sykefravær og trenger ekstrahjelp.", "Sesongtopp fra mai; de ansetter i april.",
            "Ingen ledige stillinger nå, men to går av med pensjon til høsten.", "De vil prøve en kandidat i praksis først.",
            "Opptatt av norskkunnskaper og førerkort.", "Har hatt dårlig erfaring med vikarbyrå og vil heller ansette selv.",
            "Kan tilpasse arbeidstid for en som starter forsiktig.", "Turnusen gir rom for deltid i helgene.",
            "Skal flytte til nye lokaler og trenger folk til rydding og lager.", "Positive til IPS etter å ha hørt om metoden.",
            "Savner folk som kan ta kveldsvakter.", "De har en fadderordning for nyansatte.",
            "Lederen har selv vært på arbeidsutprøving en gang.", "Budsjettet er stramt ut året.");
    private static final Map<String, List<String>> TRADE = Map.of(
            "47", List.of("Butikken trenger folk til varemottak tidlig om morgenen.", "Kassen er travlest fredag og lørdag."),
            "56", List.of("Kantina mangler kjøkkenhjelp til lunsj.", "Oppvasken er flaskehalsen i rushet."),
            "86", List.of("Avdelingen trenger assistenter til stell og praktiske oppgaver.",
                    "Renhold og portørtjeneste ansetter fortløpende."),
            "85", List.of("Skolen har behov for en vaktmesterassistent.", "Kantina på skolen trenger hjelp i skoletiden."),
            "84", List.of("Forvaltningen kan tilby kontorpraksis med fast veileder.", "Arkivet trenger hjelp til skanning."),
            "96", List.of("Salongen vil ha en lærling fra høsten.", "Trenger hjelp til booking og vask mellom kundene."));
    private static final List<String> NEXT = List.of(
            "Sender kandidatprofil innen fredag.", "Avtalt omvisning for en kandidat neste uke.",
            "Tar det opp i teammøtet.", "Ny kontakt etter ferien.", "Lederen sjekker muligheten for praksisplass.",
            "Sender informasjon om lønnstilskudd.", "Kandidaten får tilbud om arbeidsutprøving med lønn.",
            "Ingen avtale; de tar kontakt selv.", "Skal møte HR sammen med kandidaten.", "");
    private static final List<String> NEXT_STEPS = List.of("Ringe tilbake om mulig deltidsstilling",
            "Sende CV for kandidaten som ønsker lager", "Avtale hospitering for én dag", "Sjekke om de vil ha lærling",
            "Følge opp tilbud om arbeidsutprøving", "Sende informasjon om IPS til HR", "Ringe kjøkkensjefen om helgevakter",
            "Avklare tilrettelegging med verneombudet", "Spørre om sommerjobber", "Invitere til frokostmøte for arbeidsgivere");

    private DemoPeople() {
    }

    static String name(Random random) {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }

    static String role(Random random) {
        return ROLES.get(random.nextInt(ROLES.size()));
    }

    static String outcome(Random random, Employer employer) {
        List<String> trade = TRADE.get(employer.naceCode().substring(0, 2));
        String learnt = trade != null && random.nextBoolean() ? trade.get(random.nextInt(trade.size()))
                : LEARNT.get(random.nextInt(LEARNT.size()));
        String opening = OPENINGS.get(random.nextInt(OPENINGS.size())).replace("{role}", role(random).toLowerCase());
        String text = Character.toUpperCase(opening.charAt(0)) + opening.substring(1) + " " + learnt + " "
                + NEXT.get(random.nextInt(NEXT.size()));
        return text.trim();
    }

    static String nextStep(Random random) {
        return NEXT_STEPS.get(random.nextInt(NEXT_STEPS.size()));
    }
}

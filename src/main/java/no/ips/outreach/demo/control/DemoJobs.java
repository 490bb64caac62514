package no.ips.outreach.demo.control;

import java.util.List;
import java.util.Set;
import no.ips.outreach.openings.entity.OpeningStatus;
import no.ips.outreach.participants.entity.Shift;

/**
 * The jobs of the demo openings, each at an industry (SN2007 code) that one of Bodø's real workplaces in
 * {@link DemoEmployers} has, and coded with a fitting ISCO-08 group.
 */
final class DemoJobs {

    record Job(String title, String isco, String nace, String hours, Set<Shift> shifts, int positions,
               boolean drivingLicence, Set<String> languages, boolean competitive, String description, OpeningStatus outcome) {
    }

    private static final Set<Shift> DAY = Set.of(Shift.DAY);
    private static final Set<Shift> EVENINGS_AND_WEEKENDS = Set.of(Shift.EVENING, Shift.WEEKEND);
    private static final Set<String> NORWEGIAN = Set.of("no");

    static final List<Job> ALL = List.of(
            new Job("Kokk", "5120", "56.290", "37.5", Set.of(Shift.DAY, Shift.EVENING), 1, false, NORWEGIAN, true,
                    "Lunsj og à la carte på kjøkkenet. Fagbrev er ønskelig, men ikke et krav.", OpeningStatus.OPEN),
            new Job("Kokk, helg", "5120", "56.290", "15", Set.of(Shift.WEEKEND), 1, false, NORWEGIAN, true,
                    "Frokost og selskaper i helgene.", OpeningStatus.OPEN),
            new Job("Kjøkkenassistent", "9412", "56.290", "20", DAY, 1, false, Set.of(), true,
                    "Oppvask, enkel matlaging og varemottak.", OpeningStatus.OPEN),
            new Job("Oppvasker", "9412", "56.290", "15", Set.of(Shift.EVENING), 2, false, Set.of(), true,
                    "Kveldsvakter på kjøkkenet, fast ukeplan.", OpeningStatus.FILLED),
            new Job("Servitør", "5131", "56.290", "20", EVENINGS_AND_WEEKENDS, 2, false, Set.of("no", "en"), true,
                    "Servering i kantina; travle lunsjer.", OpeningStatus.OPEN),
            new Job("Servitør frokost", "5131", "56.290", "18", Set.of(Shift.DAY, Shift.WEEKEND), 1, false, Set.of("no", "en"), true,
                    "Frokostservering fra klokka 6.", OpeningStatus.OPEN),
            new Job("Renholder", "9112", "81.210", "20", Set.of(Shift.EVENING), 2, false, Set.of(), true,
                    "Kontorrenhold i sentrum etter arbeidstid.", OpeningStatus.OPEN),
            new Job("Romassistent", "9112", "86.101", "25", Set.of(Shift.DAY, Shift.WEEKEND), 2, false, Set.of(), true,
                    "Rengjøring av pasientrom, opplæring gis.", OpeningStatus.OPEN),
            new Job("Renholder, morgen", "9112", "81.210", "12", DAY, 1, false, Set.of(), true,
                    "Renhold av butikklokaler før åpningstid.", OpeningStatus.CLOSED),
            new Job("Butikkmedarbeider", "5223", "47.190", "18", EVENINGS_AND_WEEKENDS, 1, false, NORWEGIAN, true,
                    "Kasse, påfylling og kundeservice.", OpeningStatus.OPEN),
            new Job("Butikkmedarbeider, ekstrahjelp", "5223", "47.190", "8", Set.of(Shift.WEEKEND), 2, false, NORWEGIAN, true,
                    "Lørdager og ved sykdom.", OpeningStatus.OPEN),
            new Job("Selger jernvare", "5223", "46.740", "30", DAY, 1, false, NORWEGIAN, true,
                    "Rådgivning til håndverkere og privatkunder.", OpeningStatus.OPEN),
            new Job("Butikkmedarbeider klær", "5223", "47.710", "15", EVENINGS_AND_WEEKENDS, 1, false, NORWEGIAN, true,
                    "Salg og vareplassering i klesbutikk.", OpeningStatus.FILLED),
            new Job("Assistent, ambulerende team", "5322", "86.101", "22.5", Set.of(Shift.DAY, Shift.EVENING), 2, true, NORWEGIAN, true,
                    "Praktisk bistand hjemme hos pasienter; bil stilles til disposisjon.", OpeningStatus.OPEN),
            new Job("Pleieassistent", "5321", "86.101", "18.5", Set.of(Shift.DAY, Shift.EVENING, Shift.WEEKEND), 3, false, NORWEGIAN, true,
                    "Stell og aktiviteter på sengepost, turnus med hver tredje helg.", OpeningStatus.OPEN),
            new Job("Elektrikerlærling", "7411", "81.101", "37.5", DAY, 1, true, NORWEGIAN, true,
                    "Læreplass; VG2 elektro eller tilsvarende praksis.", OpeningStatus.OPEN),
            new Job("Elektriker", "7411", "81.101", "37.5", DAY, 1, true, NORWEGIAN, true,
                    "Elektrisk vedlikehold i næringsbygg.", OpeningStatus.OPEN),
            new Job("Sjåfør varelevering", "8322", "46.710", "30", DAY, 1, true, NORWEGIAN, true,
                    "Levering til butikker i Salten med varebil, klasse B.", OpeningStatus.OPEN),
            new Job("Budbilsjåfør", "8322", "46.691", "20", Set.of(Shift.DAY, Shift.EVENING), 1, true, Set.of(), true,
                    "Hjemlevering av pakker på ettermiddag og kveld.", OpeningStatus.EXPIRED),
            new Job("Lagermedarbeider", "4321", "46.691", "37.5", DAY, 2, false, Set.of(), true,
                    "Plukk, pakk og varemottak; truckførerbevis er en fordel.", OpeningStatus.OPEN),
            new Job("Lagerarbeider, deltid", "4321", "47.190", "12", Set.of(Shift.EVENING), 1, false, Set.of(), true,
                    "Varemottak og påfylling på kveldstid.", OpeningStatus.OPEN),
            new Job("Arbeidspraksis på lager", "4321", "46.691", "20", DAY, 1, false, Set.of(), false,
                    "Praksisplass uten ordinær lønn, avtalt med NAV.", OpeningStatus.OPEN),
            new Job("Bakerassistent", "7512", "56.290", "25", Set.of(Shift.NIGHT, Shift.DAY), 1, false, NORWEGIAN, true,
                    "Baking til kantina, tidlige morgener fra klokka 5.", OpeningStatus.OPEN),
            new Job("Hjelpearbeider bygg", "9313", "81.101", "37.5", DAY, 2, true, NORWEGIAN, true,
                    "Bæring og rydding ved vedlikehold av bygg.", OpeningStatus.OPEN),
            new Job("Bilpleier", "9122", "45.200", "20", DAY, 1, true, Set.of(), true,
                    "Vask og klargjøring av biler.", OpeningStatus.OPEN),
            new Job("Lagermedarbeider, sesong", "4321", "46.693", "37.5", Set.of(Shift.DAY, Shift.EVENING), 2, false, Set.of(), true,
                    "Plukk og pakking av slanger og deler i sesong; opplæring gis.", OpeningStatus.OPEN),
            new Job("Tilrettelagt arbeid, hagestell", "9214", "81.101", "15", DAY, 1, false, Set.of(), false,
                    "Varig tilrettelagt arbeid i sommersesongen.", OpeningStatus.OPEN));

    private DemoJobs() {
    }
}

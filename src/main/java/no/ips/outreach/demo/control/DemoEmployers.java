package no.ips.outreach.demo.control;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.employers.entity.EmployerProfile;
import no.ips.outreach.employers.entity.OrganisationNumber;
import no.ips.outreach.employers.entity.RelationshipStage;

/** Invents plausible workplaces in Bodø (kommunenummer 1804), each with a valid organisasjonsnummer. */
final class DemoEmployers {

    static final String BODO = "1804";
    static final double CENTRE_LAT = 67.2804;
    static final double CENTRE_LON = 14.4049;

    /** NACE (SN2007) code, name pattern ({s} surname, {a} area, {w} word), smallest and largest staff. */
    private record Industry(String nace, String pattern, int minStaff, int maxStaff) {
    }

    private static final List<Industry> INDUSTRIES = List.of(
            new Industry("47.111", "{a} Dagligvare AS", 8, 45),
            new Industry("47.111", "Nærbutikken {a}", 4, 15),
            new Industry("56.101", "Kafé {w}", 3, 18),
            new Industry("56.101", "Restaurant {w}", 6, 30),
            new Industry("10.710", "{a} Bakeri AS", 5, 25),
            new Industry("55.101", "Hotell {w} Bodø", 20, 90),
            new Industry("87.101", "{a} sykehjem", 40, 120),
            new Industry("88.101", "{a} hjemmetjeneste", 20, 70),
            new Industry("43.210", "{s} Elektro AS", 3, 40),
            new Industry("43.221", "{s} Rør AS", 2, 25),
            new Industry("41.200", "{s} Bygg AS", 5, 60),
            new Industry("45.201", "{a} Bilverksted AS", 2, 15),
            new Industry("49.410", "{s} Transport AS", 4, 50),
            new Industry("52.100", "Salten Lager og Logistikk {a}", 10, 40),
            new Industry("81.210", "{w} Renhold AS", 5, 60),
            new Industry("81.300", "{s} Hage og Anlegg", 2, 12),
            new Industry("96.021", "Frisør {w}", 1, 8),
            new Industry("47.730", "{a} Apotek", 5, 14),
            new Industry("62.010", "{w} Data AS", 3, 35),
            new Industry("68.209", "{w} Eiendom AS", 2, 10),
            new Industry("10.201", "{a} Fisk AS", 10, 80),
            new Industry("03.111", "{s} Fiskeri AS", 2, 8),
            new Industry("47.711", "{w} Mote", 2, 9),
            new Industry("47.521", "{a} Jernvare AS", 4, 20),
            new Industry("93.130", "{w} Treningssenter", 3, 20),
            new Industry("85.201", "{a} skole", 25, 70),
            new Industry("71.121", "{s} Rådgivende Ingeniører AS", 4, 40),
            new Industry("47.300", "{a} Bensinstasjon", 6, 18),
            new Industry("91.011", "Bodø bibliotek filial {a}", 3, 10),
            new Industry("33.150", "{w} Båtservice AS", 3, 20));

    private static final List<String> SURNAMES = List.of("Hansen", "Johansen", "Olsen", "Larsen", "Andersen",
            "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg",
            "Haugen", "Hagen", "Andreassen", "Jacobsen", "Dahl", "Halvorsen", "Henriksen", "Lund", "Moen", "Strand",
            "Solberg", "Eide", "Knutsen", "Mathisen", "Amundsen", "Nguyen", "Rasmussen", "Lunde", "Bakken");
    private static final List<String> AREAS = List.of("Sentrum", "Rønvik", "Hunstad", "Mørkved", "Løding",
            "Tverlandet", "Saltvern", "Jensvoll", "Bodøsjøen", "Stormyra", "Aspmyra", "Grønnåsen", "Kjerringøy",
            "Hernes", "Skjerstad", "Hunstadmoen");
    private static final List<String> WORDS = List.of("Nordlys", "Saltstraumen", "Havblikk", "Midnattsol",
            "Børvasstind", "Landegode", "Fjordglimt", "Kystlys", "Polarsirkel", "Tindvik", "Skarven", "Måken",
            "Molo", "Brygga", "Lofotlys", "Fyret", "Storgata", "Rødbrygga", "Salten", "Nyholm");
    private static final List<String> STREETS = List.of("Storgata", "Sjøgata", "Dronningens gate", "Kongens gate",
            "Prinsens gate", "Tollbugata", "Havnegata", "Jernbaneveien", "Rønvikveien", "Olav V gate",
            "Hålogalandsgata", "Bankgata", "Fridtjof Nansens vei", "Gamle Riksvei", "Stormyrveien",
            "Kjerringøyveien", "Hunstadveien", "Sandgata", "Parkveien", "Nyholmsgata", "Mørkvedtråkket");
    static final List<String> TAGS = List.of("rekrutterer", "deltid", "sommerjobb", "IPS-vennlig", "turnus",
            "lærlingplass", "sertifikat-krav");

    private final Random random;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedNumbers = new HashSet<>();

    DemoEmployers(Random random) {
        this.random = random;
    }

    String nace(int index) {
        return INDUSTRIES.get(index % INDUSTRIES.size()).nace();
    }

    /** A fresh, valid 9-digit organisasjonsnummer; real ones start with 8 or 9. */
    String orgNumber() {
        while (true) {
            String base = (random.nextBoolean() ? "9" : "8") + String.format("%07d", random.nextInt(10_000_000));
            int check = OrganisationNumber.norwegianCheckDigit(base);
            if (check >= 0 && usedNumbers.add(base + check)) {
                return base + check;
            }
        }
    }

    EmployerProfile profile(int index) {
        Industry industry = INDUSTRIES.get(index % INDUSTRIES.size());
        String area = pick(AREAS);
        String name = uniqueName(industry.pattern(), area);
        int staff = industry.minStaff() + random.nextInt(industry.maxStaff() - industry.minStaff() + 1);
        double lat = CENTRE_LAT + (random.nextGaussian() * 0.02);
        double lon = CENTRE_LON + (random.nextGaussian() * 0.06);
        var address = new Address(pick(STREETS) + " " + (1 + random.nextInt(80)), String.format("80%02d", 1 + random.nextInt(49)),
                "Bodø", BODO, round(lat), round(lon));
        Set<String> tags = new HashSet<>();
        if (random.nextInt(3) == 0) {
            tags.add(pick(TAGS));
        }
        boolean doNotContact = index % 61 == 7;
        // the specialists' portfolios are the first ~115 employers: a hiring partner is one they know well
        RelationshipStage stage = index % 17 == 3 && index < 100 ? RelationshipStage.HIRING_PARTNER : null;
        String website = "https://www." + domainName(name) + ".no";
        String phone = "+47 75 " + (10 + random.nextInt(89)) + " " + (10 + random.nextInt(89)) + " " + (10 + random.nextInt(89));
        return new EmployerProfile(name, industry.nace(), staff, address, website, phone, needs(industry), stage,
                doNotContact, doNotContact ? "Daglig leder har bedt om ikke å bli kontaktet før nytt år." : null, tags);
    }

    /** "Kafé Skarven" becomes kafeskarven, "Bodø Sjømat" bodosjomat, as Norwegian domains are written. */
    static String domainName(String name) {
        String ascii = name.toLowerCase().replace("æ", "ae").replace("ø", "o").replace("å", "a");
        return Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("[^a-z0-9]+", "");
    }

    private String needs(Industry industry) {
        return switch (industry.nace().substring(0, 2)) {
            case "47", "56", "55" -> "Trenger folk til helg og kveld, særlig i sommersesongen.";
            case "87", "88" -> "Mangler assistenter og renholdere; åpne for tilrettelagte stillinger.";
            case "43", "41" -> "Ser etter lærlinger og hjelpearbeidere med førerkort.";
            default -> random.nextBoolean() ? "Vekst i år; ønsker å høre om kandidater som passer." : null;
        };
    }

    private String uniqueName(String pattern, String area) {
        String name = fill(pattern, area);
        for (int attempt = 2; !usedNames.add(name); attempt++) {
            name = fill(pattern, pick(AREAS)) + (attempt > 10 ? " " + attempt : "");
        }
        return name;
    }

    private String fill(String pattern, String area) {
        return pattern.replace("{s}", pick(SURNAMES)).replace("{a}", area).replace("{w}", pick(WORDS));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}

package no.ips.outreach.system;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import no.ips.outreach.employers.entity.OrganisationNumber;

/** Builds request bodies the way a client would send them. */
public final class TestData {

    private TestData() {
    }

    /** A valid Norwegian organisasjonsnummer no other test uses (random, checked with MOD11). */
    public static String orgNumber() {
        while (true) {
            String base = "9" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            int check = OrganisationNumber.norwegianCheckDigit(base);
            if (check >= 0) {
                return base + check;
            }
        }
    }

    public static JsonObjectBuilder employer(String name) {
        return employer(name, orgNumber());
    }

    public static JsonObjectBuilder employer(String name, String orgNumber) {
        return Json.createObjectBuilder()
                .add("country", "NO")
                .add("orgNumber", orgNumber)
                .add("name", name)
                .add("naceCode", "56.101")
                .add("employees", 12)
                .add("address", Json.createObjectBuilder()
                        .add("street", "Storgata 1")
                        .add("postcode", "8006")
                        .add("city", "Bodø")
                        .add("municipalityCode", "1804")
                        .add("latitude", 67.2804)
                        .add("longitude", 14.4049));
    }

    public static JsonObjectBuilder visit(long employerId, OffsetDateTime startedAt) {
        return Json.createObjectBuilder()
                .add("employerId", employerId)
                .add("startedAt", startedAt.toString())
                .add("meetingMinutes", 40)
                .add("travelMinutes", 15)
                .add("mode", "IN_PERSON")
                .add("purpose", "GENERAL_JOB_DEVELOPMENT")
                .add("quality", "LEARNS_EMPLOYER_NEEDS")
                .add("notes", "Met the owner; they need weekend staff.");
    }

    /**
     * Today where the service counts its days (participants' 30 days, openings' deadlines): in Norway. The test
     * machine's own date, in UTC, is a day behind it from 23:00 UTC in winter.
     */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    public static OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(days).withNano(0);
    }
}

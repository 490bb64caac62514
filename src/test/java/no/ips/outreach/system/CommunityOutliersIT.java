package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * #12 point 2: the audit lists the longest visits and days next to the time in the community they feed, in JSON and in
 * the printable worksheet, so that a reviewer sees when a few long entries carry the figure.
 */
class CommunityOutliersIT extends AuditScenario {

    @Test
    void theLongestVisitsAndDaysStandBesideTheCommunityTimeInTheReportAndTheWorksheet() {
        logTheWeek(kari);
        long fair = kari.post("visits", visit(hotel, at(monday.plusDays(5), 9, 0), "EVENT", 480, 120,
                "LEARNS_EMPLOYER_NEEDS")).expect(201).id();
        long olas = ola.post("visits", visit(shop, at(monday.plusDays(2), 8, 0), "IN_PERSON", 80, 20,
                "LEARNS_EMPLOYER_NEEDS")).expect(201).id();

        JsonObject totals = liv.get(teamReport() + "?week=" + week).expect(200).json().getJsonObject("totals");
        assertThat(totals.getJsonNumber("communityMinutes").longValue()).isEqualTo(310 + 600 + 100);
        JsonObject outliers = totals.getJsonObject("communityOutliers");
        List<JsonObject> visits = outliers.getJsonArray("longestVisits").getValuesAs(JsonObject.class);
        assertThat(visits).hasSize(5);
        assertThat(visits).extracting(v -> v.getJsonNumber("visitId").longValue()).startsWith(fair, olas);
        assertThat(visits).extracting(v -> v.getInt("communityMinutes")).containsExactly(600, 100, 85, 65, 55);
        assertThat(visits.get(0).getString("specialist")).isEqualTo(kariName);
        assertThat(visits.get(0).getString("mode")).isEqualTo("EVENT");
        assertThat(number(visits.get(0), "percentOfCommunityMinutes")).isEqualTo(59.4);
        List<JsonObject> days = outliers.getJsonArray("longestDays").getValuesAs(JsonObject.class);
        assertThat(days).extracting(d -> d.getString("day") + " " + d.getString("specialist") + " " + d.getInt("visits")
                + " " + d.getInt("communityMinutes")).startsWith(monday.plusDays(5) + " " + kariName + " 1 600",
                monday.plusDays(1) + " " + kariName + " 2 135", monday.plusDays(2) + " ola-" + suffix + " 1 100");
        // a specialist's own report shows their own
        JsonObject own = kari.get(specialist(kariName) + "?week=" + week).expect(200).json().getJsonObject("totals")
                .getJsonObject("communityOutliers");
        assertThat(own.getJsonArray("longestVisits").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("specialist")).containsOnly(kariName);

        String worksheet = liv.get(teamReport() + "/worksheet?week=" + week).expect(200).body();
        assertThat(worksheet).contains("the longest visits and days", "Visit " + fair, "480 + 120 = 600", "59.4&nbsp;%",
                monday.plusDays(5) + "</td>");
        assertThat(worksheet.indexOf("Visit " + fair)).isLessThan(worksheet.indexOf("Visit " + olas));
        assertThat(worksheet).contains("A visit voided as logged by mistake stays in the log");
    }
}

package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
/**
 * The audit leaves the service as a spreadsheet a manager opens in Excel, and as a printable fidelity worksheet: column
 * headers in words, names with commas and quotes intact, the team name escaped, every employer item listed.
 */
class AuditExportsIT extends AuditScenario {

    @Test
    void aSpreadsheetExportNamesEveryColumnAndQuotesNamesWithCommasAndQuotes() {
        String hansenName = "hansen-" + suffix;
        Client hansen = outreach.withToken(outreach.tokens.inTeam(hansenName, "Hansen, \"Kari\"", SPECIALIST, teamCode));
        hansen.get("me").expect(200);
        hansen.post("visits", visit(cafe, at(monday, 9, 0), "IN_PERSON", 40, 15, "LEARNS_EMPLOYER_NEEDS")).expect(201);
        hansen.post("visits", visit(hotel, at(monday.plusDays(1), 13, 0), "IN_PERSON", 50, 20, "DESCRIBES_STRENGTHS"))
                .expect(201);
        hansen.post("visits", visit(shop, at(monday.plusDays(2), 11, 0), "PHONE", 10, 0, "ASKS_ABOUT_OPENINGS"))
                .expect(201);

        Reply csv = csv(liv, teamReport() + "?week=" + week).expect(200);

        assertThat(csv.header("Content-Type")).isEqualTo("text/csv; charset=UTF-8");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"team-" + teamCode + "-" + week + ".csv\"");
        assertThat(csv.body()).contains("\"Hansen, \"\"Kari\"\"\"");
        List<List<String>> table = parseCsv(csv.body());
        List<String> header = table.get(0);
        assertThat(header).startsWith("Specialist", "User name", "Weekly hours");
        assertThat(header).contains("Face-to-face contacts", "Phone contacts", "Minutes in the community",
                "Time in the community (%)");
        assertThat(table).allSatisfy(row -> assertThat(row).hasSameSizeAs(header));
        List<String> row = table.stream().filter(r -> r.get(1).equals(hansenName)).findFirst().orElseThrow();
        assertThat(row.get(0)).isEqualTo("Hansen, \"Kari\"");
        assertThat(cell(header, row, "Face-to-face contacts")).isEqualTo("2");
        assertThat(cell(header, row, "Employers met face to face")).isEqualTo("2");
        assertThat(cell(header, row, "Phone contacts")).isEqualTo("1");
        assertThat(cell(header, row, "Weekly hours")).isEqualTo("37.5");
        // 55 + 70 minutes of 2250 in a week of five working days: 5.56 %
        assertThat(cell(header, row, "Minutes in the community")).isEqualTo("125");
        assertThat(cell(header, row, "Scheduled minutes")).isEqualTo(String.valueOf(450 * workingDays));
        assertThat(cell(header, row, "Time in the community (%)"))
                .isEqualTo(String.valueOf(percent(125, 450L * workingDays)));
        List<String> all = table.stream().filter(r -> r.get(0).equals("All specialists")).findFirst().orElseThrow();
        assertThat(cell(header, all, "Face-to-face contacts")).isEqualTo("2");
        assertThat(table).hasSize(1 + 3 + 1);

        Reply own = csv(hansen, specialist(hansenName) + "?week=" + week).expect(200);
        assertThat(own.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + hansenName + "-" + week + ".csv\"");
        List<List<String>> ownTable = parseCsv(own.body());
        assertThat(ownTable).hasSize(2);
        assertThat(cell(ownTable.get(0), ownTable.get(1), "Specialist")).isEqualTo("Hansen, \"Kari\"");
        assertThat(cell(ownTable.get(0), ownTable.get(1), "Face-to-face contacts")).isEqualTo("2");

        List<List<String>> weekly = parseCsv(csv(hansen, specialist(hansenName) + "/weekly?week=" + week).expect(200).body());
        assertThat(weekly.get(0)).startsWith("ISO week", "From", "To", "Face-to-face contacts");
        assertThat(weekly.get(1)).startsWith(week, monday.toString(), sunday.toString(), "2");

        assertThat(liv.get(teamReport() + "?week=" + week).expect(200).header("Content-Type")).startsWith("application/json");
    }

    @Test
    void theWorksheetIsOnePrintablePageWithTheTeamNameEscapedAndEveryEmployerItem() {
        kari.post("visits", visit(cafe, at(monday.plusDays(1), 9, 0), "IN_PERSON", 40, 15, "LEARNS_EMPLOYER_NEEDS"))
                .expect(201);
        String worksheet = teamReport() + "/worksheet?week=" + week;

        Reply page = liv.get(worksheet).expect(200);

        assertThat(page.header("Content-Type")).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(page.body()).startsWith("<!DOCTYPE html>")
                .contains("Bodø &amp; Salten &lt;IPS&gt; &quot;Øst&quot; " + suffix)
                .doesNotContain(teamName)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<link")
                .doesNotContain("http://")
                .doesNotContain("https://");
        assertThat(page.body()).contains(EMPLOYER_ITEMS);
        kari.get(worksheet).problem(403);
        mona.get(worksheet).problem(404);
        assertThat(liv.get(teamReport() + "/worksheet").invalidFields()).containsExactly("period");
    }
}

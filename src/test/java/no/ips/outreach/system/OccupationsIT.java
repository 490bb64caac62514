package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static no.ips.outreach.system.Outreach.MANAGER;
import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The occupation picker: ISCO-08 reference data, read by everyone with an Outreach role. */
class OccupationsIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final Client kari = outreach.as("kari", SPECIALIST);

    @Test
    void aSpecialistFindsTheUnitGroupsWhoseTitleOrSynonymHasEveryWord() {
        JsonObject page = kari.get("occupations?q=Cooks&level=unit").expect(200).json();

        assertThat(codes(page.getJsonArray("items"))).contains("5120", "7512").isSorted();
        JsonObject cooks = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("code").equals("5120")).findFirst().orElseThrow();
        assertThat(cooks.getString("level")).isEqualTo("UNIT");
        assertThat(cooks.getString("title")).isEqualTo("Cooks");
        assertThat(cooks.getString("titleEn")).isEqualTo("Cooks");
        assertThat(cooks.getString("parentCode")).isEqualTo("512");
        assertThat(codes(kari.get("occupations?q=assistants%20shop").expect(200).json().getJsonArray("items")))
                .contains("5223");
    }

    @Test
    void aMajorGroupHasItsNorwegianTitleAndNoParent() {
        JsonObject page = kari.speaking("nb").get("occupations?prefix=5&level=MAJOR").expect(200).json();

        JsonObject major = page.getJsonArray("items").getJsonObject(0);
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(major.getString("code")).isEqualTo("5");
        assertThat(major.getString("title")).isEqualTo("Salgs- og serviceyrker");
        assertThat(major.getString("titleNo")).isEqualTo("Salgs- og serviceyrker");
        assertThat(major.getString("titleEn")).isEqualTo("Service and sales workers");
        assertThat(major.containsKey("parentCode") && !major.isNull("parentCode")).isFalse();
    }

    @Test
    void everyoneFindsAnOccupationInTheirOwnWordsAndReadsItsTitleInTheirLanguage() {
        JsonObject norwegian = kari.speaking("nb").get("occupations?q=Kokk&level=UNIT").expect(200).json();
        JsonObject danish = kari.speaking("da").get("occupations?q=kok&level=UNIT").expect(200).json();
        JsonObject driver = kari.speaking("nb").get("occupations?q=lastebilsjafor").expect(200).json();

        assertThat(title(norwegian, "5120")).isEqualTo("Kokker");
        assertThat(title(danish, "5120")).isEqualTo("Kokkearbejde (ekskl. køkkenchefarbejde)");
        assertThat(codes(driver.getJsonArray("items"))).containsExactly("8332");
        assertThat(title(driver, "8332")).isEqualTo("Lastebil- og trailersjåfører");
        assertThat(kari.speaking("en").get("occupations/8332").expect(200).json().getString("title")).isEqualTo("Heavy truck and lorry drivers");
    }

    private static String title(JsonObject page, String code) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("code").equals(code)).findFirst().orElseThrow().getString("title");
    }

    @Test
    void theListIsPagedAndSortedByCode() {
        JsonObject page = kari.get("occupations?level=MAJOR&offset=3&limit=3").expect(200).json();

        assertThat(page.getInt("total")).isEqualTo(10);
        assertThat(page.getInt("offset")).isEqualTo(3);
        assertThat(page.getInt("limit")).isEqualTo(3);
        assertThat(codes(page.getJsonArray("items"))).containsExactly("3", "4", "5");
    }

    @Test
    void wildcardsInTheTextMatchOnlyThemselves() {
        assertThat(kari.get("occupations?q=%25").expect(200).json().getInt("total")).isZero();
        assertThat(kari.get("occupations?q=cook_").expect(200).json().getInt("total")).isZero();
    }

    @Test
    void aUnitGroupShowsThePathFromItsMajorGroupAndHasNoChildren() {
        JsonObject cooks = kari.speaking("nb").get("occupations/5120").expect(200).json();

        assertThat(cooks.getString("code")).isEqualTo("5120");
        assertThat(cooks.getString("level")).isEqualTo("UNIT");
        assertThat(codes(cooks.getJsonArray("path"))).containsExactly("5", "51", "512");
        assertThat(cooks.getJsonArray("path").getJsonObject(0).getString("title")).isEqualTo("Salgs- og serviceyrker");
        assertThat(cooks.getJsonArray("children")).isEmpty();
    }

    @Test
    void aBroaderGroupListsItsDirectSubGroups() {
        JsonObject services = kari.get("occupations/5").expect(200).json();

        assertThat(services.getJsonArray("path")).isEmpty();
        assertThat(codes(services.getJsonArray("children"))).containsExactly("51", "52", "53", "54");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        assertThat(kari.get("occupations/9999").problem(404).getString("detail")).contains("9999");
        kari.get("occupations/cook").problem(404);
    }

    @Test
    void aBadPrefixLevelOrLimitIsRefusedNamingTheParameter() {
        assertThat(kari.get("occupations?prefix=5x").invalidFields()).containsExactly("prefix");
        assertThat(kari.get("occupations?prefix=51201").invalidFields()).containsExactly("prefix");
        assertThat(kari.get("occupations?level=GROUP").invalidFields()).containsExactly("level");
        assertThat(kari.get("occupations?limit=500").invalidFields()).containsExactly("limit");
    }

    @Test
    void managersAndAdministratorsReadOccupationsToo() {
        outreach.as("liv", MANAGER).get("occupations/5120").expect(200);
        outreach.as("root", ADMIN).get("occupations?q=cooks").expect(200);
        outreach.as("visitor", "guest").get("occupations").problem(403);
    }

    @Test
    void occupationsNeedABearerToken() {
        outreach.anonymous().get("occupations?q=cooks").problem(401);
        outreach.anonymous().get("occupations/5120").problem(401);
    }

    private static List<String> codes(JsonArray occupations) {
        return occupations.getValuesAs(JsonObject.class).stream().map(o -> o.getString("code")).toList();
    }
}

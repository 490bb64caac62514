package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bokmål by default, Danish and English by the switch; the choice is kept, and no message key reaches the screen. */
class LanguageIT extends BrowserTest {

    @Test
    void bokmalByDefaultAndTheSwitchChangesEveryWord() {
        signIn("Kari Nordmo");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nb");
        shows(link("Min uke"));
        screen("week-nb");

        field("Språk").selectOption("da");
        link("Min uge").waitFor();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("da");
        shows(button("Hent ugen som kalenderfil (.ics)"));
        screen("week-da");

        field("Sprog").selectOption("en");
        link("My week").waitFor();
        page.reload();
        link("My week").waitFor();
        assertThat(page.locator("html").getAttribute("lang")).as("the choice survives a reload").isEqualTo("en");
        screen("week-en");
    }
}

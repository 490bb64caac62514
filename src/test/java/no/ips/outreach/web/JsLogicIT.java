package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The app's own logic, run in the browser that runs the app (no Node.js): language choice and messages, dates and
 * ISO weeks, organisation numbers, consent limits, the 30-day rule, and the outbox in IndexedDB.
 */
class JsLogicIT extends BrowserTest {

    @Test
    void languageIsPickedFromTheStoredChoiceThenTheBrowserThenBokmal() {
        page.navigate("/");
        Object picked = page.evaluate("""
                async () => { const { pickLanguage } = await import('/app/core/i18n.js');
                  return [pickLanguage(null, ['da-DK', 'en']), pickLanguage(null, ['nn-NO']), pickLanguage(null, ['no']),
                          pickLanguage(null, ['sv-SE', 'fr']), pickLanguage('en', ['da']), pickLanguage('xx', ['en-US'])]; }""");
        assertThat(picked).isEqualTo(List.of("da", "nb", "nb", "nb", "en", "en"));
    }

    @Test
    void messagesFillPlaceholdersAndPickThePluralForm() {
        page.navigate("/");
        Object texts = page.evaluate("""
                async () => { const { i18n, t, interpolate } = await import('/app/core/i18n.js');
                  await i18n.load('nb');
                  const nb = [t('outbox.waiting', { count: 1 }), t('outbox.waiting', { count: 3 }), t('no.such.key')];
                  await i18n.load('en');
                  return [...nb, t('outbox.waiting', { count: 1 }), t('outbox.waiting', { count: 2 }),
                          interpolate('{a} and {b}', { a: 1 })]; }""");
        assertThat(texts).isEqualTo(List.of("1 besøk ikke sendt ennå", "3 besøk ikke sendt ennå", "no.such.key",
                "1 visit not sent yet", "2 visits not sent yet", "1 and {b}"));
    }

    @Test
    void isoWeeksAndTimestampsFollowTheCalendar() {
        page.navigate("/");
        Object weeks = page.evaluate("""
                async () => { const d = await import('/app/core/dates.js');
                  return [d.isoWeek('2026-12-31'), d.isoWeek('2027-01-03'), d.isoWeek('2027-01-04'), d.mondayOf('2026-W53'),
                          d.shiftWeek('2026-W53', 1), d.addDays('2026-02-28', 1), d.offsetDateTime('2026-07-01', '09:30'),
                          d.offsetDateTime('2026-12-01', '09:30')]; }""");
        assertThat(weeks).isEqualTo(List.of("2026-W53", "2026-W53", "2027-W01", "2026-12-28", "2027-W01", "2026-03-01",
                "2026-07-01T09:30:00+02:00", "2026-12-01T09:30:00+01:00"));
    }

    @Test
    void organisationNumbersAreCheckedWithMod11AsTheRegistersDo() {
        page.navigate("/");
        Object problems = page.evaluate("""
                async () => { const { orgNumberProblem } = await import('/app/core/org-number.js');
                  return [orgNumberProblem('NO', '923 609 016'), orgNumberProblem('NO', '923609017'),
                          orgNumberProblem('NO', '92360901'), orgNumberProblem('DK', '88146328'),
                          orgNumberProblem('DK', '88146329'), orgNumberProblem('NO', '')]; }""");
        assertThat(problems).isEqualTo(java.util.Arrays.asList(null, "orgNumber.checkDigit", "orgNumber.noLength", null,
                "orgNumber.checkDigit", "validation.required"));
    }

    @Test
    void consentCapsDisclosureThe30DayRuleCountsFromEnrolmentAndAVisitIsDoneOnlyOnceStarted() {
        signIn("Kari Nordmo");
        Object result = page.evaluate("""
                async () => { const { allowedDisclosures } = await import('/app/components/participant-links.js');
                  const { hasStarted } = await import('/app/components/week-screen.js');
                  const { firstContactStatus } = await import('/app/components/participants-screen.js');
                  return { none: allowedDisclosures('NONE'), general: allowedDisclosures('GENERAL'),
                           specific: allowedDisclosures('SPECIFIC'),
                           due: firstContactStatus('2026-11-01', null, '2026-11-21'),
                           overdue: firstContactStatus('2026-10-01', null, '2026-11-21'),
                           reached: firstContactStatus('2026-11-01', '2026-11-12', '2026-11-21'),
                           started: [hasStarted({ day: '2026-11-20', startsAt: '09:30:00' }, new Date(2026, 10, 20, 9, 29)),
                                     hasStarted({ day: '2026-11-20', startsAt: '09:30' }, new Date(2026, 10, 20, 9, 30))] }; }""");
        assertThat(result).isEqualTo(Map.of(
                "none", List.of("NONE"), "general", List.of("NONE", "GENERAL"), "specific", List.of("NONE", "GENERAL", "SPECIFIC"),
                "due", Map.of("state", "due", "deadline", "2026-12-01", "days", 10),
                "overdue", Map.of("state", "overdue", "deadline", "2026-10-31", "days", 21),
                "reached", Map.of("state", "reached", "date", "2026-11-12", "days", 11, "deadline", "2026-12-01"),
                "started", List.of(false, true)));
    }

    @Test
    void theOutboxKeepsEachUsersEntriesInIndexedDbUntilTheyAreSent() {
        signIn("Kari Nordmo");
        Object sizes = page.evaluate("""
                async () => { const { outbox } = await import('/app/core/outbox.js');
                  await outbox.put({ key: 'k1', owner: 'kari', method: 'POST', path: '/visits', body: {}, label: 'A', createdAt: '2026-01-01T00:00:00Z', state: 'refused' });
                  await outbox.put({ key: 'k2', owner: 'kari', method: 'POST', path: '/visits', body: {}, label: 'B', createdAt: '2026-01-02T00:00:00Z', state: 'refused' });
                  await outbox.put({ key: 'k3', owner: 'ola', method: 'POST', path: '/visits', body: {}, label: 'O', createdAt: '2026-01-01T00:00:00Z', state: 'waiting' });
                  const before = (await outbox.all()).map((e) => e.label);
                  await outbox.remove('k1');
                  const after = (await outbox.all()).map((e) => e.label);
                  await outbox.remove('k2');
                  const kari = (await outbox.all()).length;
                  await outbox.remove('k3');
                  return [before, after, kari]; }""");
        assertThat(sizes).isEqualTo(List.of(List.of("A", "B"), List.of("B"), 0));
    }
}

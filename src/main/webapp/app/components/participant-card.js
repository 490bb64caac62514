// One participant: their job preferences (edited with the occupation picker), the openings that match them with a
// bar per criterion that adds up to the score, and their decisions on each opening. Three API calls: the
// participant, the matches, the decisions.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, label, formatDate, formatNumber } from '../core/i18n.js';
import { api, get, newIdempotencyKey } from '../core/api.js';
import { store } from '../core/store.js';
import { today } from '../core/dates.js';
import { problemBanner } from './forms.js';
import './preferences-form.js';
import './match-bars.js';

export class ParticipantCard extends LocalizedElement {
  static properties = {
    participantId: { type: String, attribute: 'participant-id' },
    participant: { state: true }, matches: { state: true }, decisions: { state: true },
    editing: { state: true }, problem: { state: true }, message: { state: true },
  };

  static styles = [base, css`
    .score { font-size: 1.25rem; font-weight: 700; }
  `];

  willUpdate(changed) {
    if (changed.has('participantId')) this.load();
  }

  async load() {
    try {
      const id = this.participantId;
      // a participant without the preferences matching needs (422) still has a card: the preferences come first
      const [participant, matches, decisions] = await Promise.all([api(`/participants/${id}`),
        get(`/participants/${id}/matches?limit=10`).catch((e) => (e.status === 422 ? null : Promise.reject(e))),
        get(`/matches?participantId=${id}&limit=200`)]);
      if (id !== this.participantId) return; // another participant was opened meanwhile
      this.participant = participant.data;
      this.etag = participant.etag;
      this.matches = matches;
      this.decisions = Object.fromEntries(decisions.items.map((d) => [d.openingId, d]));
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    const p = this.participant;
    if (!p) return html`${problemBanner(this.problem)}<p class="muted">${this.problem ? '' : t('common.loading')}</p>`;
    return html`
      <h1>${p.alias}</h1>
      <p><span class="badge">${label('ParticipantStatus', p.status)}</span> · ${label('Program', p.program)}
        · ${t('participant.enrolled', { date: formatDate(p.enrolledOn, 'year') })}</p>
      <p class="small">${t('visit.consent', { level: label('Disclosure', p.disclosure) })}</p>
      ${this.message ? html`<div class="ok" role="status">${this.message}</div>` : ''}
      ${this.editing ? html`<preferences-form .participant=${p} .etag=${this.etag} @saved=${this.saved}
        @cancel=${() => { this.editing = false; }}></preferences-form>` : this.renderPreferences()}
      ${this.renderMatches()}`;
  }

  renderPreferences() {
    const prefs = this.participant.preferences || {};
    return html`
      <section class="card" aria-labelledby="prefs-title">
        <h2 id="prefs-title">${t('preferences.title')}</h2>
        <p>${t('preferences.occupations')}: ${(prefs.occupations || []).join(', ') || '–'}</p>
        <p>${t('preferences.hours')}: ${prefs.hoursMin ?? '–'}–${prefs.hoursMax ?? '–'}</p>
        <p>${t('preferences.shifts')}: ${(prefs.shifts || []).map((s) => label('Shift', s)).join(', ') || '–'}</p>
        <p>${t('preferences.maxTravel')}: ${prefs.maxTravelMinutes ?? '–'}</p>
        ${prefs.strengths ? html`<p>${t('preferences.strengths')}: ${prefs.strengths}</p>` : ''}
        <button @click=${() => { this.editing = true; this.message = null; }}>${t('preferences.edit')}</button>
      </section>`;
  }

  async saved() {
    this.message = t('preferences.saved');
    this.editing = false;
    await this.load();
  }

  renderMatches() {
    return html`
      <section aria-labelledby="matches-title">
        <h2 id="matches-title">${t('matches.title')}</h2>
        ${this.matches === null ? html`<p class="notice">${t('matches.needPreferences')}</p>`
          : this.matches.length ? '' : html`<p class="muted">${t('matches.none')}</p>`}
        <ul class="plain">${(this.matches || []).map((m) => {
          const decision = this.decisions[m.openingId];
          return html`
            <li class="card" data-testid="match">
              <div class="row" style="justify-content: space-between">
                <h3 style="flex: 1 1 auto">${m.title} · <a href="#/employers/${m.employerId}">${m.employerName}</a></h3>
                <span class="score" aria-label=${t('matches.score', { score: m.score })}>${m.score}</span>
              </div>
              ${m.distanceKm != null ? html`<p class="small">${formatNumber(m.distanceKm, 1)} km</p>` : ''}
              <match-bars .parts=${m.parts} score=${m.score}></match-bars>
              ${decision ? html`<p><span class="badge">${label('MatchStage', decision.stage)}</span></p>` : ''}
              <div class="actions">${this.decisionButtons(m, decision)}</div>
            </li>`;
        })}</ul>
      </section>`;
  }

  decisionButtons(match, decision) {
    if (!decision) return html`<button @click=${() => this.propose(match)}>${t('matches.propose')}</button>`;
    return (decision.next || []).map((stage) => (stage === 'HIRED' ? html`
      <span class="row" style="flex: 1 1 100%">
        <label for="start-${decision.id}" style="flex: 0 0 auto; margin: 0">${t('matches.startDate')}</label>
        <input id="start-${decision.id}" type="date" .value=${today()}>
        <button @click=${() => this.step(decision, stage, this.renderRoot.querySelector(`#start-${decision.id}`).value)}>${t(`matches.to.${stage}`)}</button>
      </span>` : html`<button @click=${() => this.step(decision, stage)}>${t(`matches.to.${stage}`)}</button>`));
  }

  async propose(match) {
    try {
      await api('/matches', { method: 'POST', body: { participantId: this.participant.id, openingId: match.openingId }, key: newIdempotencyKey() });
      this.message = t('matches.proposed', { title: match.title });
      await this.load();
    } catch (e) {
      this.problem = e;
      this.message = null;
    }
  }

  async step(decision, stage, startDate) {
    const body = { stage };
    if (stage === 'HIRED') body.startDate = startDate || today();
    try {
      await api(`/matches/${decision.id}/steps`, { method: 'POST', body, etag: `"${decision.version}"` });
      this.message = t('matches.stepped', { stage: label('MatchStage', stage) });
      store.forgetCaseload();
      await this.load();
    } catch (e) {
      this.problem = e;
      this.message = null;
    }
  }
}

customElements.define('participant-card', ParticipantCard);

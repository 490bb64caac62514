// Caseload management: each specialist's caseload against the fidelity scale (at most 20 scores 5), and a hand-over
// of a participant to a colleague in the same team in two clicks: "Hand over", then the colleague.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, label } from '../core/i18n.js';
import { api, get } from '../core/api.js';
import { problemBanner } from './forms.js';
import { managerScreen } from './manager-styles.js';
import './team-picker.js';

const CASELOAD_LIMIT = 20;

/** Every participant the reader may see, page by page (a team of ten holds about 250). */
async function allParticipants() {
  const items = [];
  for (let offset = 0; offset !== null && offset !== undefined;) {
    const page = await get(`/participants?limit=200&offset=${offset}`);
    items.push(...page.items);
    offset = page.nextOffset;
  }
  return items;
}

export class CaseloadsScreen extends LocalizedElement {
  static properties = {
    team: { type: String }, specialists: { state: true }, participants: { state: true },
    handing: { state: true }, problem: { state: true }, message: { state: true },
  };

  static styles = [base, managerScreen, css`
    .specialist { margin-bottom: 1.25rem; }
    .specialist table { table-layout: fixed; }
    .specialist thead th:last-child { width: 9rem; }
    .specialist h2 { display: flex; gap: 0.75rem; align-items: baseline; flex-wrap: wrap; }
    dialog { border: none; border-radius: 8px; max-width: 26rem; width: calc(100% - 2rem); padding: 1rem; }
    dialog::backdrop { background: rgba(0, 0, 0, 0.5); }
    dialog ul { list-style: none; padding: 0; display: grid; gap: 0.5rem; }
    dialog li button { width: 100%; }
  `];

  willUpdate(changed) {
    if (changed.has('team')) this.load();
  }

  async load() {
    this.problem = null;
    try {
      const [specialists, participants] = await Promise.all([get('/specialists'), allParticipants()]);
      this.specialists = specialists;
      this.participants = participants;
    } catch (e) {
      this.problem = e;
    }
  }

  teams() {
    const seen = new Map();
    (this.specialists || []).forEach((s) => seen.set(s.teamId, { id: s.teamId, name: s.teamName }));
    return [...seen.values()];
  }

  updated() {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  render() {
    const teams = this.teams();
    const team = teams.find((x) => String(x.id) === String(this.team)) || teams[0];
    const members = (this.specialists || []).filter((s) => s.teamId === team?.id);
    return html`
      <div class="head">
        <h1>${t('caseloads.title', { team: team?.name || '' })}</h1>
        <team-picker .teams=${teams} .selected=${team?.id} route="caseloads"></team-picker>
      </div>
      ${problemBanner(this.problem)}
      ${this.message ? html`<div class="ok" role="status">${this.message}</div>` : ''}
      ${this.participants ? members.map((s) => this.renderSpecialist(s, members)) : html`<p class="muted">${t('common.loading')}</p>`}
      ${this.handing ? this.renderHandOver(members) : ''}`;
  }

  renderSpecialist(specialist, members) {
    const own = this.participants.filter((p) => p.specialist === specialist.username && p.status !== 'CLOSED')
      .sort((a, b) => (a.alias || '').localeCompare(b.alias || ''));
    const over = own.length > CASELOAD_LIMIT;
    return html`
      <section class="specialist" data-specialist=${specialist.username} aria-labelledby="cl-${specialist.username}">
        <h2 id="cl-${specialist.username}">${specialist.displayName}
          <span class="badge ${over ? 'bad' : 'good'}">${t('caseloads.count', { count: own.length, limit: CASELOAD_LIMIT })}</span></h2>
        ${own.length ? html`
          <div class="scroll"><table>
            <thead><tr><th scope="col">${t('caseloads.participant')}</th><th scope="col">${t('caseloads.status')}</th><th scope="col"><span class="visually-hidden">${t('caseloads.handOver')}</span></th></tr></thead>
            <tbody>${own.map((p) => html`<tr>
              <th scope="row">${p.alias}</th><td>${label('ParticipantStatus', p.status)}</td>
              <td><button ?disabled=${members.length < 2} @click=${() => { this.handing = p; }}
                aria-label=${t('caseloads.handOverOne', { alias: p.alias })}>${t('caseloads.handOver')}</button></td></tr>`)}
            </tbody></table></div>` : html`<p class="muted">${t('caseloads.none')}</p>`}
      </section>`;
  }

  renderHandOver(members) {
    const participant = this.handing;
    const colleagues = members.filter((s) => s.username !== participant.specialist);
    return html`
      <dialog aria-labelledby="handover-title" @close=${() => { this.handing = null; }}>
        <h2 id="handover-title">${t('caseloads.handOverTitle', { alias: participant.alias })}</h2>
        <ul>${colleagues.map((s) => html`<li><button @click=${() => this.handOver(participant, s)}>${s.displayName}</button></li>`)}</ul>
        <button type="button" @click=${() => this.renderRoot.querySelector('dialog').close()}>${t('common.cancel')}</button>
      </dialog>`;
  }

  async handOver(participant, to) {
    try {
      await api(`/participants/${participant.id}/reassign`, { method: 'POST', body: { specialist: to.username }, etag: `"${participant.version}"` });
      this.message = t('caseloads.handedOver', { alias: participant.alias, name: to.displayName });
    } catch (e) {
      this.problem = e;
    }
    this.renderRoot.querySelector('dialog')?.close();
    this.handing = null;
    await this.load();
  }
}

customElements.define('caseloads-screen', CaseloadsScreen);

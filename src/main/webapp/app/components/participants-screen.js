// My participants: status, days since enrolment, and the 30-day deadline for a first face-to-face employer contact.
// Two API calls: the caseload and the first contacts since the oldest enrolment.
import { html } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, label, formatDate } from '../core/i18n.js';
import { get } from '../core/api.js';
import { store } from '../core/store.js';
import { addDays, daysBetween, today } from '../core/dates.js';
import { problemBanner } from './forms.js';

export const FIRST_CONTACT_DAYS = 30;

/** Where a participant stands against the 30-day rule: reached (on which day), due, or overdue. */
export function firstContactStatus(enrolledOn, firstFaceToFace, on = today()) {
  const deadline = addDays(enrolledOn, FIRST_CONTACT_DAYS);
  if (firstFaceToFace) return { state: 'reached', date: firstFaceToFace, days: daysBetween(enrolledOn, firstFaceToFace), deadline };
  const left = daysBetween(on, deadline);
  return { state: left >= 0 ? 'due' : 'overdue', deadline, days: Math.abs(left) };
}

export class ParticipantsScreen extends LocalizedElement {
  static properties = { participants: { state: true }, firsts: { state: true }, problem: { state: true } };

  static styles = [base];

  async connectedCallback() {
    super.connectedCallback();
    try {
      const me = await store.me();
      this.participants = await store.caseload();
      const oldest = this.participants.map((p) => p.enrolledOn).filter(Boolean).sort()[0] || today();
      const report = await get(`/audit/specialists/${encodeURIComponent(me.username)}/first-contacts?from=${oldest}&to=${today()}`);
      this.firsts = Object.fromEntries(report.reached.map((r) => [r.participantId, r.firstFaceToFace]));
    } catch (e) {
      this.problem = e;
      this.firsts ??= {};
    }
  }

  render() {
    return html`
      <h1>${t('participants.title')}</h1>
      ${problemBanner(this.problem)}
      ${!this.participants ? html`<p class="muted">${t('common.loading')}</p>` : this.participants.length ? html`
        <ul class="plain">${this.participants.map((p) => this.renderOne(p))}</ul>` : html`<p>${t('participants.none')}</p>`}`;
  }

  renderOne(p) {
    const enrolledDays = p.enrolledOn ? daysBetween(p.enrolledOn, today()) : null;
    const first = p.enrolledOn && this.firsts ? firstContactStatus(p.enrolledOn, this.firsts[p.id]) : null;
    return html`
      <li class="card" data-testid="participant">
        <h2><a href="#/participants/${p.id}">${p.alias || t('participants.anonymised')}</a></h2>
        <p class="small"><span class="badge">${label('ParticipantStatus', p.status)}</span> · ${label('Program', p.program)}
          ${enrolledDays != null ? html` · ${t('participants.enrolledDays', { count: enrolledDays })}` : ''}</p>
        ${first ? html`<p class="small">${first.state === 'reached'
          ? html`<span class="badge ${first.days <= FIRST_CONTACT_DAYS ? 'good' : 'warn'}">${t('participants.firstReached', { date: formatDate(first.date), count: first.days })}</span>`
          : first.state === 'due'
            ? html`<span class="badge warn">${t('participants.firstDue', { date: formatDate(first.deadline), count: first.days })}</span>`
            : html`<span class="badge bad">${t('participants.firstOverdue', { date: formatDate(first.deadline), count: first.days })}</span>`}</p>` : ''}
      </li>`;
  }
}

customElements.define('participants-screen', ParticipantsScreen);

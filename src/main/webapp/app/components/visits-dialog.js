// The visits behind a specialist-week's figures, so that a reviewer can check every number: each visit touching the
// week (void ones too) and whether it counted toward face-to-face contacts and time in the community, and why not.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, label, formatNumber, formatDateTime } from '../core/i18n.js';
import { get } from '../core/api.js';
import { problemBanner } from './forms.js';
import { managerScreen } from './manager-styles.js';

export class VisitsDialog extends LocalizedElement {
  static properties = { specialist: { type: Object }, week: { type: Object }, answer: { state: true }, problem: { state: true } };

  static styles = [base, managerScreen, css`
    dialog { border: none; border-radius: 8px; max-width: 60rem; width: calc(100% - 2rem); padding: 1rem; }
    dialog::backdrop { background: rgba(0, 0, 0, 0.5); }
    tr.void td { text-decoration: line-through; color: var(--muted); }
    .no { color: var(--bad, #b00020); }
  `];

  async firstUpdated() {
    this.renderRoot.querySelector('dialog').showModal();
    try {
      this.answer = await get(`/audit/specialists/${encodeURIComponent(this.specialist.username)}/weeks/${this.week.week}/visits`);
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    const a = this.answer;
    return html`
      <dialog aria-labelledby="visits-title" @close=${() => this.dispatchEvent(new CustomEvent('closed'))}>
        <h2 id="visits-title">${t('visits.title', { name: this.specialist.displayName, week: this.week.week.split('-W')[1] })}</h2>
        ${problemBanner(this.problem)}
        ${a ? html`
          <p data-testid="visit-totals">${t('visits.totals', { faceToFace: a.totals.faceToFaceContacts, minutes: formatNumber(a.totals.communityMinutes), count: a.totals.visits, voided: a.totals.voided })}</p>
          ${a.visits.length ? this.renderTable(a.visits) : html`<p>${t('visits.none')}</p>`}`
        : this.problem ? '' : html`<p class="muted">${t('common.loading')}</p>`}
        <div class="actions"><button class="primary" @click=${() => this.renderRoot.querySelector('dialog').close()}>${t('common.close')}</button></div>
      </dialog>`;
  }

  renderTable(visits) {
    return html`
      <div class="scroll">
        <table data-testid="visits">
          <caption class="visually-hidden">${t('visits.caption')}</caption>
          <thead><tr>
            <th scope="col">${t('visits.when')}</th><th scope="col">${t('visits.employer')}</th><th scope="col">${t('visits.mode')}</th>
            <th scope="col">${t('visits.minutes')}</th><th scope="col">${t('visits.countsFaceToFace')}</th><th scope="col">${t('visits.countsCommunity')}</th>
          </tr></thead>
          <tbody>${visits.map((v) => html`
            <tr class=${v.voided ? 'void' : ''} data-visit=${v.visitId}>
              <td>${formatDateTime(v.startedAt)}</td>
              <td>${v.employerName}${v.voided ? html`<div class="small">${t('visits.voided', { by: v.voided.by, reason: v.voided.reason })}</div>` : ''}</td>
              <td>${label('VisitMode', v.mode)}</td>
              <td>${t('visits.meetingTravel', { meeting: v.meetingMinutes, travel: v.travelMinutes })}</td>
              <td>${this.counted(v.faceToFace)}</td>
              <td>${this.counted(v.community)}${v.community.counts ? html` (${formatNumber(v.communityMinutes)} min)` : ''}</td>
            </tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  counted(c) {
    return c.counts ? t('visits.yes') : html`<span class="no">${t('visits.no')}: ${t(`visits.reason.${c.reason}`)}</span>`;
  }
}

customElements.define('visits-dialog', VisitsDialog);

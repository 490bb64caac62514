// Across teams, for administrators and national method supervisors: every team's employer-outreach figures side by
// side from the national report, filtered by region, with the country's IPS-25 employer items below.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, formatNumber } from '../core/i18n.js';
import { get } from '../core/api.js';
import { today } from '../core/dates.js';
import { problemBanner } from './forms.js';
import { managerScreen } from './manager-styles.js';

// as many decimals as the report gives: it adds one where one decimal would show another band than scored
const number = (value) => (value == null ? '–' : formatNumber(value, 2));

export class NationalScreen extends LocalizedElement {
  static properties = { month: { type: String }, report: { state: true }, region: { state: true }, problem: { state: true } };

  static styles = [base, managerScreen, css`
    .filters { display: flex; gap: 1rem; flex-wrap: wrap; align-items: end; }
    .filters > div { min-width: 12rem; }
    td.low { color: var(--bad, #b00020); font-weight: 700; }
  `];

  willUpdate(changed) {
    if (changed.has('month')) {
      this.month ||= today().slice(0, 7);
      this.report = null;
      this.load();
    }
  }

  async load() {
    this.problem = null;
    try {
      this.report = await get(`/audit/national?month=${this.month}`);
    } catch (e) {
      this.problem = e;
    }
  }

  regions() {
    const seen = new Map();
    (this.report?.teams || []).forEach((team) => seen.set(team.region.code, team.region.name));
    return [...seen].sort((a, b) => a[1].localeCompare(b[1]));
  }

  render() {
    return html`
      <div class="head"><h1>${t('national.title', { month: this.month })}</h1></div>
      ${problemBanner(this.problem)}
      <div class="filters">
        <div>
          <label for="month">${t('fidelity.month')}</label>
          <input id="month" type="month" .value=${this.month} max=${today().slice(0, 7)}
            @change=${(e) => { if (e.target.value) location.hash = `#/national/${e.target.value}`; }}>
        </div>
        <div>
          <label for="region">${t('national.region')}</label>
          <select id="region" @change=${(e) => { this.region = e.target.value; }}>
            <option value="">${t('national.allRegions')}</option>
            ${this.regions().map(([code, name]) => html`<option value=${code} ?selected=${code === this.region}>${name}</option>`)}
          </select>
        </div>
      </div>
      ${this.report ? this.renderReport() : html`<p class="muted">${t('common.loading')}</p>`}`;
  }

  renderReport() {
    const teams = this.report.teams.filter((team) => !this.region || team.region.code === this.region);
    return html`
      <div class="scroll">
        <table data-testid="teams">
          <caption>${t('national.caption', { count: teams.length })}</caption>
          <thead><tr>
            <th scope="col">${t('national.team')}</th><th scope="col">${t('national.region')}</th>
            <th scope="col">${t('enum.FidelityItem.CASELOAD')}</th>
            <th scope="col">${t('enum.FidelityItem.FREQUENT_EMPLOYER_CONTACT')}</th>
            <th scope="col">${t('enum.FidelityItem.INDIVIDUALIZED_JOB_SEARCH')}</th>
            <th scope="col">${t('enum.FidelityItem.COMMUNITY_BASED_SERVICES')}</th>
            <th scope="col">${t('national.reviewed')}</th>
          </tr></thead>
          <tbody>${teams.map((team) => {
            const f = team.figures;
            return html`<tr data-team=${team.code}>
              <th scope="row">${team.name}</th>
              <td>${team.region.name}</td>
              <td>${t('national.caseload', { value: number(f.caseloadPerSpecialist) })}</td>
              <td class=${f.faceToFacePerSpecialistWeek < f.weeklyTarget ? 'low' : ''}>${t('national.contacts', { value: number(f.faceToFacePerSpecialistWeek), target: number(f.weeklyTarget) })}</td>
              <td>${f.individualizedPercent == null ? '–' : `${number(f.individualizedPercent)} %`}</td>
              <td class=${f.communityPercent != null && f.communityPercent < 65 ? 'low' : ''}>${f.communityPercent == null ? '–' : `${number(f.communityPercent)} %`}</td>
              <td>${t('desk.ofTarget', { done: team.weeksReviewed, target: team.weeksDue })}</td>
            </tr>`;
          })}</tbody>
        </table>
      </div>
      <h2>${t('national.country')}</h2>
      <div class="scroll">
        <table data-testid="country">
          <thead><tr><th scope="col">${t('fidelity.item')}</th><th scope="col">${t('fidelity.score')}</th><th scope="col">${t('fidelity.rule')}</th></tr></thead>
          <tbody>${this.report.scorecard.map((line) => html`<tr>
            <th scope="row">${t(`enum.FidelityItem.${line.item}`)}</th>
            <td>${line.score ?? t('fidelity.notScored')}</td>
            <td>${line.score == null ? line.notScoredBecause : line.rule}</td></tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}

customElements.define('national-screen', NationalScreen);

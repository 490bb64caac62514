// The fidelity view: the IPS-25 employer items for a month with the score, the rule and every input it came from;
// items that cannot be scored say why. The printable worksheet and the CSV downloads are one click away.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, i18n, formatNumber } from '../core/i18n.js';
import { api, get, saveFile } from '../core/api.js';
import { today } from '../core/dates.js';
import { visibleTeams, pickTeam } from '../core/teams.js';
import { problemBanner } from './forms.js';
import { managerScreen } from './manager-styles.js';
import './team-picker.js';

/** An input's name in the reader's words where the bundle has one, else the API's name split into words. */
export function inputName(key) {
  return i18n.messages[`fidelity.input.${key}`] ?? key.replace(/([A-Z])/g, ' $1').toLowerCase();
}

function lastMonth() {
  const [y, m] = today().split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function inputValue(value) {
  if (typeof value === 'number') return formatNumber(value, 2);
  if (Array.isArray(value)) return value.map(inputValue).join(', ');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}: ${inputValue(v)}`).join(', ');
  return String(value ?? '–');
}

export class FidelityScreen extends LocalizedElement {
  static properties = { team: { type: String }, month: { type: String }, teams: { state: true }, lines: { state: true }, problem: { state: true } };

  static styles = [base, managerScreen, css`
    .score { font-size: 1.3rem; font-weight: 700; text-align: center; }
    dl { margin: 0; display: grid; grid-template-columns: auto auto; gap: 0.1rem 0.75rem; font-size: 0.875rem; }
    dt { color: var(--muted); }
    dd { margin: 0; font-variant-numeric: tabular-nums; }
    .month label { display: inline; margin-right: 0.5rem; }
    .month input { width: auto; }
  `];

  willUpdate(changed) {
    if (changed.has('month') || changed.has('team')) {
      // a fidelity review judges a month that has ended: the last one, unless another is asked for
      this.month ||= lastMonth();
      this.lines = null;
      this.load();
    }
  }

  get teamId() {
    return pickTeam(this.teams || [], this.team)?.id;
  }

  async load() {
    this.problem = null;
    try {
      this.teams = await visibleTeams();
      if (!this.teamId) return;
      this.lines = await get(`/audit/teams/${this.teamId}/scorecard?month=${this.month}`);
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    return html`
      <div class="head">
        <h1>${t('fidelity.title', { month: this.month })}</h1>
        <team-picker .teams=${this.teams || []} .selected=${this.teamId} route="fidelity" suffix=${this.month}></team-picker>
        <div class="month">
          <label for="month">${t('fidelity.month')}</label>
          <input id="month" type="month" .value=${this.month} max=${today().slice(0, 7)}
            @change=${(e) => { if (e.target.value) location.hash = `#/fidelity/${this.teamId}/${e.target.value}`; }}>
        </div>
      </div>
      ${problemBanner(this.problem)}
      <div class="actions">
        <button class="primary" @click=${this.openWorksheet}>${t('fidelity.worksheet')}</button>
        <button @click=${() => this.download('', 'summary')}>${t('fidelity.csvSummary')}</button>
        <button @click=${() => this.download('/scorecard', 'scorecard')}>${t('fidelity.csvScorecard')}</button>
        <button @click=${() => this.download('/weekly', 'weekly')}>${t('fidelity.csvWeekly')}</button>
      </div>
      ${this.lines ? this.renderLines() : html`<p class="muted">${t('common.loading')}</p>`}`;
  }

  renderLines() {
    return html`
      <div class="scroll">
        <table data-testid="scorecard">
          <caption>${t('fidelity.caption')}</caption>
          <thead><tr><th scope="col">${t('fidelity.item')}</th><th scope="col">${t('fidelity.score')}</th>
            <th scope="col">${t('fidelity.rule')}</th><th scope="col">${t('fidelity.inputs')}</th></tr></thead>
          <tbody>${this.lines.map((line) => html`
            <tr data-item=${line.item}>
              <th scope="row">${t(`enum.FidelityItem.${line.item}`)}</th>
              <td class="score">${line.score ?? html`<span class="badge warn">${t('fidelity.notScored')}</span>`}</td>
              <td>${line.score == null ? line.notScoredBecause : line.rule}</td>
              <td><dl>${Object.entries(line.inputs || {}).map(([key, value]) => html`<dt>${inputName(key)}</dt><dd>${inputValue(value)}</dd>`)}</dl></td>
            </tr>`)}
          </tbody>
        </table>
      </div>
      <p class="small muted">${t('fidelity.rulesNote')}</p>`;
  }

  /** The worksheet is fetched with the token and opened as a page of its own, ready to print. */
  async openWorksheet() {
    try {
      const { data } = await api(`/audit/teams/${this.teamId}/worksheet?month=${this.month}`, { accept: 'text/html' });
      const url = URL.createObjectURL(data);
      if (!window.open(url, '_blank')) saveFile(data, `fidelity-${this.month}.html`);
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (e) {
      this.problem = e;
    }
  }

  async download(part, name) {
    try {
      const { data } = await api(`/audit/teams/${this.teamId}${part}?month=${this.month}`, { accept: 'text/csv' });
      saveFile(data, `outreach-${name}-${this.month}.csv`);
    } catch (e) {
      this.problem = e;
    }
  }
}

customElements.define('fidelity-screen', FidelityScreen);

// Employers: search by name or organisation number, or the nearest to where the specialist stands.
import { html } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, label, formatNumber, formatDateTime } from '../core/i18n.js';
import { get } from '../core/api.js';
import { nearMe } from '../core/position.js';
import { problemBanner } from './forms.js';

export class EmployersScreen extends LocalizedElement {
  static properties = { page: { state: true }, note: { state: true }, problem: { state: true } };

  static styles = [base];

  connectedCallback() {
    super.connectedCallback();
    this.load('/employers?limit=20&sort=name');
  }

  async load(path, note = '') {
    try {
      this.page = await get(path);
      this.note = note;
      this.problem = null;
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    return html`
      <h1>${t('employers.title')}</h1>
      <form role="search" @submit=${this.search}>
        <label for="q">${t('employers.search')}</label>
        <div class="row">
          <input id="q" type="search" name="q" autocomplete="off" placeholder=${t('picker.placeholder')}>
          <button class="primary" style="flex: 0 0 auto" type="submit">${t('employers.find')}</button>
        </div>
      </form>
      <div class="actions">
        <button @click=${this.near}>${t('picker.nearMe')}</button>
        <a class="button" href="#/employers/new">${t('employers.new')}</a>
      </div>
      ${this.note ? html`<p class="small muted" role="status">${this.note}</p>` : ''}
      ${problemBanner(this.problem)}
      ${this.page ? html`
        <p class="small muted">${t('employers.count', { count: this.page.total })}</p>
        <ul class="plain">
          ${this.page.items.map((e) => html`
            <li class="card" data-testid="employer">
              <h2><a href="#/employers/${e.id}">${e.name}</a></h2>
              <p class="small"><span class="badge">${label('RelationshipStage', e.stage)}</span>
                ${e.distanceKm != null ? html` · ${formatNumber(e.distanceKm, 1)} km` : ''}
                · ${e.lastFaceToFaceAt ? t('employers.lastMet', { when: formatDateTime(e.lastFaceToFaceAt) }) : t('employers.neverMet')}</p>
            </li>`)}
        </ul>` : html`<p class="muted">${t('common.loading')}</p>`}
    `;
  }

  search(event) {
    event.preventDefault();
    const q = new FormData(event.target).get('q').trim();
    this.load(`/employers?limit=20&sort=name${q ? `&q=${encodeURIComponent(q)}` : ''}`);
  }

  async near() {
    try {
      const { latitude, longitude } = await nearMe();
      await this.load(`/employers?near=${latitude.toFixed(5)},${longitude.toFixed(5)}&radiusKm=10&limit=20`, t('picker.nearest'));
    } catch {
      this.note = t('picker.noPosition');
    }
  }
}

customElements.define('employers-screen', EmployersScreen);

// Picking the employer of a visit: by name or organisation number, the nearest first when the browser may share its
// position, and the employers picked lately (kept on this device, so they are there without a network too).
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, formatNumber } from '../core/i18n.js';
import { get } from '../core/api.js';
import { nearMe } from '../core/position.js';

const RECENT = 'outreach.recentEmployers';

export function rememberEmployer(employer) {
  const recent = JSON.parse(localStorage.getItem(RECENT) || '[]').filter((e) => e.id !== employer.id);
  localStorage.setItem(RECENT, JSON.stringify([{ id: employer.id, name: employer.name }, ...recent].slice(0, 8)));
}

export class EmployerPicker extends LocalizedElement {
  static properties = { results: { state: true }, note: { state: true }, describedBy: { type: String, attribute: 'described-by' } };

  static styles = [base, css`
    ul { max-height: 18rem; overflow-y: auto; }
    li button { width: 100%; justify-content: space-between; text-align: left; margin: 0.2rem 0; }
  `];

  constructor() {
    super();
    this.results = JSON.parse(localStorage.getItem(RECENT) || '[]');
  }

  render() {
    return html`
      <label for="employer-search">${t('picker.label')}</label>
      <div class="row">
        <input id="employer-search" type="search" autocomplete="off" placeholder=${t('picker.placeholder')}
          @input=${this.search} aria-describedby=${this.describedBy || ''}>
        <button type="button" style="flex: 0 0 auto" @click=${this.near}>${t('picker.nearMe')}</button>
      </div>
      ${this.note ? html`<p class="small muted" role="status">${this.note}</p>` : ''}
      <ul class="plain" aria-label=${t('picker.results')}>
        ${this.results.map((e) => html`<li><button type="button" @click=${() => this.pick(e)}>
          <span>${e.name}</span>${e.distanceKm != null ? html`<span class="small">${formatNumber(e.distanceKm, 1)} km</span>` : ''}
        </button></li>`)}
      </ul>`;
  }

  async search(event) {
    const text = event.target.value.trim();
    clearTimeout(this.timer);
    if (text.length < 2) return;
    this.timer = setTimeout(async () => {
      try {
        this.results = (await get(`/employers?q=${encodeURIComponent(text)}&limit=10`)).items;
        this.note = this.results.length ? '' : t('picker.none');
      } catch {
        this.note = t('error.offline');
      }
    }, 250);
  }

  async near() {
    try {
      const { latitude, longitude } = await nearMe();
      this.results = (await get(`/employers?near=${latitude.toFixed(5)},${longitude.toFixed(5)}&radiusKm=10&limit=10`)).items;
      this.note = this.results.length ? t('picker.nearest') : t('picker.none');
    } catch {
      this.note = t('picker.noPosition');
    }
  }

  pick(employer) {
    rememberEmployer(employer);
    this.dispatchEvent(new CustomEvent('picked', { detail: { id: employer.id, name: employer.name } }));
  }
}

customElements.define('employer-picker', EmployerPicker);

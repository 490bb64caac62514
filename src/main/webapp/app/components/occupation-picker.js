// Choosing occupations in priority order: search the ISCO-08 titles, add, reorder, remove. Fires "change" with codes.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t } from '../core/i18n.js';
import { get } from '../core/api.js';

export class OccupationPicker extends LocalizedElement {
  static properties = { codes: { type: Array }, titles: { type: Object }, results: { state: true } };

  static styles = [base, css`
    ol { padding-left: 1.5rem; }
    li { margin: 0.25rem 0; }
    .chosen { display: flex; align-items: center; gap: 0.25rem; flex-wrap: wrap; }
    .chosen span { flex: 1 1 10rem; }
    .chosen button { min-width: 44px; padding: 0.25rem 0.5rem; }
  `];

  constructor() {
    super();
    this.codes = [];
    this.titles = {};
    this.results = [];
  }

  render() {
    return html`
      <fieldset>
        <legend>${t('preferences.occupations')}</legend>
        <ol>${this.codes.map((code, i) => html`
          <li class="chosen"><span>${this.titles[code] || code} (${code})</span>
            <button type="button" ?disabled=${i === 0} @click=${() => this.move(i, -1)} aria-label=${t('preferences.up', { name: this.titles[code] || code })}>↑</button>
            <button type="button" class="danger" @click=${() => this.remove(code)} aria-label=${t('preferences.remove', { name: this.titles[code] || code })}>✕</button>
          </li>`)}</ol>
        <label for="occupation-q">${t('preferences.findOccupation')}</label>
        <input id="occupation-q" type="search" autocomplete="off" @input=${this.search}>
        <ul class="plain" aria-label=${t('picker.results')}>${this.results.map((o) => html`
          <li><button type="button" style="width: 100%; justify-content: flex-start" @click=${() => this.add(o)}>${o.title} (${o.code})</button></li>`)}</ul>
      </fieldset>`;
  }

  search(event) {
    const q = event.target.value.trim();
    clearTimeout(this.timer);
    if (q.length < 2) return;
    this.timer = setTimeout(async () => {
      this.results = (await get(`/occupations?q=${encodeURIComponent(q)}&level=UNIT&limit=10`).catch(() => ({ items: [] }))).items;
    }, 250);
  }

  add(occupation) {
    if (!this.codes.includes(occupation.code)) {
      this.titles = { ...this.titles, [occupation.code]: occupation.title };
      this.changed([...this.codes, occupation.code]);
    }
    this.results = [];
  }

  remove(code) {
    this.changed(this.codes.filter((c) => c !== code));
  }

  move(index, by) {
    const codes = [...this.codes];
    [codes[index + by], codes[index]] = [codes[index], codes[index + by]];
    this.changed(codes);
  }

  changed(codes) {
    this.codes = codes;
    this.dispatchEvent(new CustomEvent('change', { detail: codes }));
  }
}

customElements.define('occupation-picker', OccupationPicker);

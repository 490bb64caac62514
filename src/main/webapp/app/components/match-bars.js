// Why an opening scores what it does: one bar segment per criterion, the segments adding up to the score, and each
// criterion's points with the reason as a list a screen reader can read.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, label } from '../core/i18n.js';

const COLOURS = { OCCUPATION: '#1d4e89', INDUSTRY: '#2e7d32', HOURS: '#8a4b00', SHIFTS: '#6a1b9a', TRAVEL: '#00695c', START: '#ad1457', REQUIREMENTS: '#37474f' };

export class MatchBars extends LocalizedElement {
  static properties = { parts: { type: Array }, score: { type: Number } };

  static styles = [base, css`
    .bar { display: flex; height: 14px; background: #e6e6e6; border-radius: 4px; overflow: hidden; margin: 0.25rem 0; }
    .bar span { display: block; height: 100%; }
    dl { display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.5rem; font-size: 0.875rem; margin: 0.25rem 0; }
    dt { font-weight: 600; display: flex; align-items: center; gap: 0.3rem; }
    dt i { display: inline-block; width: 0.75rem; height: 0.75rem; border-radius: 2px; }
    dd { margin: 0; }
  `];

  render() {
    const parts = this.parts || [];
    return html`
      <div class="bar" aria-hidden="true">${parts.map((p) => html`<span style="width: ${p.points}%; background: ${COLOURS[p.criterion]}"></span>`)}</div>
      <dl>${parts.map((p) => html`
        <dt><i style="background: ${COLOURS[p.criterion]}"></i>${label('Criterion', p.criterion)}</dt>
        <dd>${t('matches.points', { points: p.points, max: p.maxPoints })}</dd>`)}</dl>`;
  }
}

customElements.define('match-bars', MatchBars);

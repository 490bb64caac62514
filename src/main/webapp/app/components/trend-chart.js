// A trend over weeks against its target, drawn with uPlot (a WebJar). Colour-blind safe (Okabe-Ito blue against a
// dashed vermillion target, told apart by line style and markers too), printable, and always with the same numbers
// as a table for screen readers and for anyone who prefers to read them.
import { html, css } from 'lit';
import uPlot from 'uplot';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, formatNumber } from '../core/i18n.js';

const UPLOT_CSS = document.querySelector('meta[name="outreach:uplot"]')?.content;

export class TrendChart extends LocalizedElement {
  static properties = {
    caption: { type: String },
    weeks: { type: Array },
    values: { type: Array },
    targets: { type: Array },
    valueLabel: { type: String },
    targetLabel: { type: String },
    unit: { type: String },
  };

  static styles = [base, css`
    figure { margin: 0 0 1rem; }
    figcaption { font-weight: 600; margin-bottom: 0.25rem; }
    .plot { min-height: 220px; }
    table { border-collapse: collapse; font-size: 0.875rem; }
    th, td { padding: 0.2rem 0.5rem; text-align: right; border-bottom: 1px solid var(--line); }
    th[scope='row'] { text-align: left; }
    @media print { details { display: none; } }
  `];

  firstUpdated() {
    this.observer = new ResizeObserver(() => this.draw());
    this.observer.observe(this.renderRoot.querySelector('.plot'));
  }

  updated(changed) {
    if (changed.has('values') || changed.has('targets') || changed.has('weeks')) this.draw();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.plot?.destroy();
  }

  draw() {
    const box = this.renderRoot.querySelector('.plot');
    if (!box || !this.weeks?.length || box.clientWidth === 0) return;
    this.plot?.destroy();
    const labels = this.weeks.map((week) => week.split('-W')[1]);
    const xs = labels.map((_, i) => i);
    const unit = this.unit || '';
    this.plot = new uPlot({
      width: box.clientWidth,
      height: 220,
      scales: { x: { time: false }, y: { range: (u, min, max) => [0, Math.max(max ?? 0, 1) * 1.15] } },
      axes: [
        { values: (u, splits) => splits.map((i) => (Number.isInteger(i) && labels[i] ? t('desk.weekShort', { week: labels[i] }) : '')) },
        { values: (u, splits) => splits.map((v) => formatNumber(v, 1) + unit) },
      ],
      series: [
        { label: t('desk.week') },
        { label: this.valueLabel, stroke: '#0072B2', width: 3, points: { show: true, size: 8, fill: '#0072B2' } },
        { label: this.targetLabel, stroke: '#D55E00', width: 2, dash: [8, 6], points: { show: false } },
      ],
      legend: { live: false },
    }, [xs, this.values, this.targets], box);
  }

  render() {
    return html`
      ${UPLOT_CSS ? html`<link rel="stylesheet" href=${UPLOT_CSS}>` : ''}
      <figure>
        <figcaption>${this.caption}</figcaption>
        <div class="plot" aria-hidden="true"></div>
        <details>
          <summary>${t('desk.asTable')}</summary>
          <table>
            <thead><tr><th scope="col">${t('desk.week')}</th><th scope="col">${this.valueLabel}</th><th scope="col">${this.targetLabel}</th></tr></thead>
            <tbody>${(this.weeks || []).map((week, i) => html`
              <tr><th scope="row">${week}</th>
                <td>${this.values[i] == null ? '–' : formatNumber(this.values[i], 2) + (this.unit || '')}</td>
                <td>${this.targets[i] == null ? '–' : formatNumber(this.targets[i], 1) + (this.unit || '')}</td></tr>`)}
            </tbody>
          </table>
        </details>
      </figure>`;
  }
}

customElements.define('trend-chart', TrendChart);

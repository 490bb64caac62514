// A 412: someone changed the record since it was read. Shows what changed and offers to load their version.
import { html } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t } from '../core/i18n.js';

export class StaleNotice extends LocalizedElement {
  static properties = { changes: { type: Array } };

  static styles = [base];

  render() {
    return html`
      <div class="notice" role="alert" data-testid="stale">
        <p>${t('stale.text')}</p>
        ${this.changes?.length ? html`<ul>${this.changes.map((c) => html`<li>${c.field}: ${c.before} → ${c.after}</li>`)}</ul>` : ''}
        <button type="button" class="primary" @click=${() => this.dispatchEvent(new CustomEvent('reload'))}>${t('stale.reload')}</button>
      </div>`;
  }
}

customElements.define('stale-notice', StaleNotice);

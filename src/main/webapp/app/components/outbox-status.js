// "2 visits not sent yet": the outbox in the header, a link to the list when anything waits or was refused.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t } from '../core/i18n.js';
import { outbox } from '../core/outbox.js';

export class OutboxStatus extends LocalizedElement {
  static properties = { entries: { state: true } };

  static styles = [base, css`
    a { color: #fff; font-weight: 700; font-size: 0.875rem; background: #8a4b00; border-radius: 999px; padding: 0.3rem 0.6rem; text-decoration: none; white-space: nowrap; }
  `];

  constructor() {
    super();
    this.entries = [];
  }

  connectedCallback() {
    super.connectedCallback();
    this.stop = outbox.onChange((entries) => { this.entries = entries; });
    outbox.all().then((entries) => { this.entries = entries; });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stop();
  }

  render() {
    return html`<span role="status">${this.entries.length
      ? html`<a href="#/outbox" data-testid="outbox-count">${t('outbox.waiting', { count: this.entries.length })}</a>` : ''}</span>`;
  }
}

customElements.define('outbox-status', OutboxStatus);

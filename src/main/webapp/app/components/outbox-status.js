// "2 visits not sent yet": the outbox in the header, a link to the list when anything waits or was refused.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t } from '../core/i18n.js';
import { OutboxController } from './outbox-controller.js';

export class OutboxStatus extends LocalizedElement {
  static styles = [base, css`
    a { display: block; color: #fff; font-weight: 700; background: #8a4b00; padding: 0.6rem 0.75rem; text-align: center; }
  `];

  outboxEntries = new OutboxController(this);

  get entries() {
    return this.outboxEntries.entries;
  }

  render() {
    return html`<span role="status">${this.entries.length
      ? html`<a href="#/outbox" data-testid="outbox-count">${t('outbox.waiting', { count: this.entries.length })}</a>` : ''}</span>`;
  }
}

customElements.define('outbox-status', OutboxStatus);

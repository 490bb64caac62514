// The visits that are not sent yet: waiting for a network, or refused by the server with its reason, to fix or discard.
import { html } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, formatDateTime } from '../core/i18n.js';
import { outbox } from '../core/outbox.js';
import { OutboxController } from './outbox-controller.js';
import './visit-form.js';

export class OutboxScreen extends LocalizedElement {
  static styles = [base];

  outboxEntries = new OutboxController(this);

  get entries() {
    return this.outboxEntries.entries;
  }

  render() {
    return html`
      <h1>${t('outbox.title')}</h1>
      ${this.entries.length ? '' : html`<p>${t('outbox.empty')}</p>`}
      <ul class="plain">
        ${this.entries.map((entry) => html`
          <li class="card">
            <h2>${entry.label}</h2>
            <p class="muted small">${t('outbox.loggedAt', { when: formatDateTime(entry.createdAt) })}</p>
            ${entry.state === 'refused' ? html`
              <div class="notice" role="alert">
                <p>${t('outbox.refused')}</p>
                <p>${entry.problem?.detail}</p>
                <ul>${Object.entries(entry.problem?.fields || {}).map(([field, message]) => html`<li>${field}: ${message}</li>`)}</ul>
              </div>
              <div class="actions">
                ${entry.path === '/visits' ? html`<a class="button primary" href="#/outbox" @click=${(e) => this.fix(e, entry)}>${t('outbox.fix')}</a>` : ''}
                <button class="danger" @click=${() => outbox.remove(entry.key)}>${t('outbox.discard')}</button>
              </div>` : html`<p><span class="badge warn">${t('outbox.notSent')}</span></p>`}
          </li>`)}
      </ul>
      ${this.entries.some((entry) => entry.state === 'waiting') ? html`<button class="primary" @click=${() => outbox.flush()}>${t('outbox.sendNow')}</button>` : ''}
      ${this.fixing ? html`<visit-form .draft=${this.fixing}></visit-form>` : ''}
    `;
  }

  fix(event, entry) {
    event.preventDefault();
    this.fixing = entry;
    this.requestUpdate();
  }
}

customElements.define('outbox-screen', OutboxScreen);

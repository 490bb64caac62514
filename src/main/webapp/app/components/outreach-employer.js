// The employer card for a host system's page: the host names the employer by organisation number and passes a
// bearer token of its signed-in user; the card calls the API with that token, which is kept in memory only and never
// replaces a sign-in of the app itself.
import { html } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { i18n, t } from '../core/i18n.js';
import { session } from '../core/session.js';
import { get } from '../core/api.js';
import './employer-card.js';

export class OutreachEmployer extends LocalizedElement {
  static properties = { orgNumber: { type: String, attribute: 'org-number' }, token: { type: String },
    employerId: { state: true }, missing: { state: true } };

  willUpdate(changed) {
    if ((changed.has('token') || changed.has('orgNumber')) && this.token && this.orgNumber) this.load();
  }

  async load() {
    session.useHostToken(this.token);
    await i18n.load();
    const page = await get(`/employers?q=${encodeURIComponent(this.orgNumber)}&limit=1`);
    this.employerId = page.items[0]?.id;
    this.missing = !this.employerId;
  }

  render() {
    if (this.missing) return html`<p>${t('embed.noEmployer', { orgNumber: this.orgNumber })}</p>`;
    return this.employerId ? html`<employer-card employer-id=${this.employerId}></employer-card>` : html`<p>${t('common.loading')}</p>`;
  }
}

customElements.define('outreach-employer', OutreachEmployer);

// Settings: the calendar subscription, a secret address that Outlook or Google Calendar fetches by itself. The address
// is shown once, when it is made (the service keeps only a hash of it); renewing makes a new one and stops the old.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, formatDateTime } from '../core/i18n.js';
import { api } from '../core/api.js';

export class SettingsScreen extends LocalizedElement {
  static properties = { feed: { state: true }, url: { state: true }, message: { state: true }, error: { state: true } };

  static styles = [base, css`
    .url { width: 100%; font-family: monospace; font-size: 0.85rem; }
  `];

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.feed = (await api('/me/calendar-feed')).data;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    return html`
      <h1>${t('settings.title')}</h1>
      <section class="card" aria-labelledby="calendar-title">
        <h2 id="calendar-title">${t('settings.calendar.title')}</h2>
        <p>${t('settings.calendar.intro')}</p>
        ${this.url ? html`
          <label for="feed-url">${t('settings.calendar.copyNow')}</label>
          <input id="feed-url" class="url" readonly .value=${this.url} @focus=${(e) => e.target.select()}>
          <div class="actions"><button @click=${() => this.copy()}>${t('settings.calendar.copy')}</button></div>` : ''}
        ${this.feed ? html`<p class="status">${this.feed.active
          ? t('settings.calendar.active', { since: formatDateTime(this.feed.createdAt) })
          : t('settings.calendar.none')}</p>` : html`<p>${t('common.loading')}</p>`}
        <div class="actions">
          ${this.feed?.active ? html`
            <button class="primary" @click=${() => this.renew()}>${t('settings.calendar.renew')}</button>
            <button class="danger" @click=${() => this.revoke()}>${t('settings.calendar.revoke')}</button>`
          : html`<button class="primary" @click=${() => this.renew()}>${t('settings.calendar.create')}</button>`}
        </div>
        <p class="muted small">${t('settings.calendar.secret')}</p>
        ${this.message ? html`<p role="status">${this.message}</p>` : ''}
        ${this.error ? html`<p class="notice" role="alert">${this.error}</p>` : ''}
      </section>
    `;
  }

  async renew() {
    this.error = this.message = undefined;
    try {
      const { data } = await api('/me/calendar-feed', { method: 'POST', body: {} });
      this.url = data.url;
      this.feed = { active: true, createdAt: data.createdAt };
      this.message = t('settings.calendar.made');
    } catch (e) {
      this.error = e.message;
    }
  }

  async revoke() {
    this.error = this.message = undefined;
    try {
      await api('/me/calendar-feed', { method: 'DELETE' });
      this.url = undefined;
      this.feed = { active: false };
      this.message = t('settings.calendar.revoked');
    } catch (e) {
      this.error = e.message;
    }
  }

  async copy() {
    try {
      await navigator.clipboard.writeText(this.url);
      this.message = t('settings.calendar.copied');
    } catch {
      this.renderRoot.querySelector('#feed-url')?.select();
    }
  }
}

customElements.define('settings-screen', SettingsScreen);

// Signing in. In dev mode: the demo users, one button each. Production sign-in through the organisation's identity
// provider comes later and replaces what session.js does, not this page's place in the app.
import { html } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t } from '../core/i18n.js';
import { session } from '../core/session.js';

export class SignInPage extends LocalizedElement {
  static properties = { dev: { type: Boolean }, compact: { type: Boolean }, users: { state: true }, failed: { state: true },
    offline: { state: true } };

  static styles = [base];

  connectedCallback() {
    super.connectedCallback();
    this.onOnline = () => this.loadUsers();
    window.addEventListener('online', this.onOnline);
    this.loadUsers();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
  }

  async loadUsers() {
    if (!this.dev) return;
    try {
      this.users = await session.demoUsers();
      this.offline = false;
    } catch {
      this.offline = true;
    }
  }

  render() {
    return html`
      ${this.compact ? '' : html`<h1>${t('signIn.title')}</h1><p>${t('signIn.intro')}</p>`}
      ${this.dev ? html`
        <p class="muted small">${t('signIn.devNote')}</p>
        <ul class="plain">
          ${(this.users || []).map((user) => html`
            <li class="card">
              <button class="primary" style="width: 100%" @click=${() => this.signIn(user.username)}>
                ${t('signIn.as', { name: user.name })}
              </button>
              <span class="muted small">${t(`role.${user.role}`)} · ${user.username}</span>
            </li>`)}
        </ul>` : html`<p>${t('signIn.notConfigured')}</p>`}
      ${this.offline ? html`<p class="notice" role="alert">${t('error.offline')}</p>` : ''}
      ${this.failed ? html`<p class="error" role="alert">${t('signIn.failed')}</p>` : ''}
    `;
  }

  async signIn(username) {
    try {
      await session.signInAsDemoUser(username);
    } catch {
      this.failed = true;
    }
  }
}

customElements.define('sign-in-page', SignInPage);

// Signing in. In dev mode: the demo users, one button each. With the organisation's identity provider: one button
// that leaves for its sign-in page (or, in the dialog over a form, opens it in a window of its own so that the form
// stays); coming back, the server's session signs the app in.
import { html } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t } from '../core/i18n.js';
import { session, organisationSignInEnabled } from '../core/session.js';

export class SignInPage extends LocalizedElement {
  static properties = { dev: { type: Boolean }, compact: { type: Boolean }, users: { state: true }, failed: { state: true },
    offline: { state: true }, popupClosed: { state: true } };

  static styles = [base];

  connectedCallback() {
    super.connectedCallback();
    this.onOnline = () => this.loadUsers();
    window.addEventListener('online', this.onOnline);
    this.loadUsers();
    // back from the identity provider (or a reload): the server's session, if any, signs the app in
    if (organisationSignInEnabled() && !this.compact) session.restore();
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
        </ul>` : organisationSignInEnabled() ? html`
        <button class="primary" style="width: 100%" @click=${() => this.signInWithOrganisation()}>
          ${t('signIn.organisation')}
        </button>` : html`<p>${t('signIn.notConfigured')}</p>`}
      ${this.popupClosed ? html`<p class="error" role="alert">${t('signIn.popupClosed')}</p>` : ''}
      ${this.offline ? html`<p class="notice" role="alert">${t('error.offline')}</p>` : ''}
      ${this.failed ? html`<p class="error" role="alert">${t('signIn.failed')}</p>` : ''}
    `;
  }

  async signInWithOrganisation() {
    if (!this.compact) {
      session.signInWithOrganisation();
      return;
    }
    this.popupClosed = false;
    this.popupClosed = !(await session.signInWithOrganisationInPopup());
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

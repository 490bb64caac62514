// The app shell: header with navigation, language switch and the outbox count; the screen of the current route;
// and a sign-in dialog over the screen when the token has expired, so that nothing typed is lost.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { i18n, t, LANGUAGES } from '../core/i18n.js';
import { session, devSignInEnabled } from '../core/session.js';
import { store } from '../core/store.js';
import { route } from '../core/router.js';
import { api } from '../core/api.js';
import './sign-in-page.js';
import './outbox-status.js';
import './week-screen.js';

// My week comes with the shell; every other screen is loaded when it is first opened (the service worker keeps them
// all for offline use). Its element is rendered at once and comes to life when its module arrives.
const LATER = {
  'visit-new': () => import('./visit-form.js'),
  'visit-planned': () => import('./visit-form.js'),
  outbox: () => import('./outbox-screen.js'),
  employers: () => import('./employers-screen.js'),
  'employer-new': () => import('./employer-form.js'),
  employer: () => import('./employer-card.js'),
  participants: () => import('./participants-screen.js'),
  participant: () => import('./participant-card.js'),
  desk: () => import('./desk-screen.js'),
  fidelity: () => import('./fidelity-screen.js'),
  caseloads: () => import('./caseloads-screen.js'),
  national: () => import('./national-screen.js'),
  settings: () => import('./settings-screen.js'),
};

/** The screens a manager reads at a desk get the width of the window. */
const WIDE = ['desk', 'fidelity', 'caseloads', 'national'];

/** Where a user lands: a specialist on their week, a manager on the desk, an administrator across teams. */
export function home(roles) {
  if (roles.includes('specialist')) return 'week';
  if (roles.includes('manager')) return 'desk';
  return roles.includes('admin') ? 'national' : 'week';
}

export class OutreachApp extends LocalizedElement {
  static properties = { user: { state: true }, route: { state: true }, renewing: { state: true } };

  static styles = [base, css`
    :host { min-height: 100vh; }
    header { background: var(--brand); color: var(--brand-ink); padding: 0.5rem 0.75rem; }
    header a, header select, header button { color: var(--brand-ink); }
    .top { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; }
    .tools { display: flex; gap: 0.4rem; align-items: center; flex-wrap: wrap; justify-content: flex-end; }
    .brand { font-weight: 700; font-size: 1.1rem; text-decoration: none; }
    header select { width: auto; min-height: 36px; background: transparent; border-color: #fff; }
    header select option { color: #1a1a1a; }
    header button { border-color: #fff; background: transparent; min-height: 36px; padding: 0.25rem 0.6rem; }
    nav ul { display: flex; flex-wrap: wrap; gap: 0.1rem; list-style: none; padding: 0; margin: 0.5rem 0 0; }
    nav a { display: block; padding: 0.45rem 0.4rem; font-size: 0.95rem; border-radius: 6px; text-decoration: none; white-space: nowrap; min-height: 28px; }
    nav a[aria-current='page'] { background: #fff; color: var(--brand); font-weight: 700; }
    main { padding: 0.75rem; max-width: 60rem; margin: 0 auto; }
    main.wide { max-width: 90rem; }
    @media print { header, outbox-status { display: none; } }
    dialog { border: none; border-radius: 8px; max-width: 26rem; width: calc(100% - 2rem); padding: 1rem; }
    dialog::backdrop { background: rgba(0, 0, 0, 0.5); }
  `];

  constructor() {
    super();
    this.user = session.user();
    this.route = route();
    this.renewing = false;
  }

  connectedCallback() {
    super.connectedCallback();
    this.unsubscribe = [
      session.onChange((user) => {
        if (user?.username !== this.user?.username) store.clear();
        this.user = user;
        this.renewing = false;
      }),
    ];
    this.onHash = () => { this.route = route(); };
    this.onRenew = () => { this.renewing = true; };
    window.addEventListener('hashchange', this.onHash);
    window.addEventListener('outreach-sign-in-required', this.onRenew);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe.forEach((stop) => stop());
    window.removeEventListener('hashchange', this.onHash);
    window.removeEventListener('outreach-sign-in-required', this.onRenew);
  }

  updated() {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Also stored on the server, so that its files (the calendar, CSV, the worksheet) come in the same language. */
  chooseLanguage(lang) {
    i18n.use(lang);
    api('/me/language', { method: 'PUT', body: { language: lang } }).catch(() => {});
  }

  render() {
    if (!this.user) {
      return html`<main><sign-in-page ?dev=${devSignInEnabled()}></sign-in-page></main>`;
    }
    return html`
      <header>
        <div class="top">
          <a class="brand" href="#/${home(this.user.roles)}">Outreach</a>
          <div class="tools">
            <label class="visually-hidden" for="language">${t('app.language')}</label>
            <select id="language" @change=${(e) => this.chooseLanguage(e.target.value)}>
              ${LANGUAGES.map((lang) => html`<option value=${lang} ?selected=${lang === i18n.lang}>${t(`language.${lang}`)}</option>`)}
            </select>
            <button @click=${() => session.signOut()}>${t('app.signOut')}</button>
          </div>
        </div>
        <nav aria-label=${t('app.navigation')}>
          <ul>${this.links()}</ul>
        </nav>
      </header>
      <outbox-status></outbox-status>
      <main class=${WIDE.includes(this.screenName()) ? 'wide' : ''}>${this.screen()}</main>
      ${this.renewing ? html`
        <dialog aria-labelledby="renew-title" @cancel=${(e) => e.preventDefault()}>
          <h2 id="renew-title">${t('signIn.expired')}</h2>
          <p>${t('signIn.expiredText')}</p>
          <sign-in-page ?dev=${devSignInEnabled()} compact></sign-in-page>
        </dialog>` : ''}
    `;
  }

  /** Each role's own screens: a specialist's working day, a manager's desk, an administrator's country. */
  links() {
    const roles = this.user.roles;
    const specialist = roles.includes('specialist');
    const manager = roles.includes('manager');
    const admin = roles.includes('admin');
    return html`
      ${specialist ? html`
        ${this.link('#/week', 'nav.week', ['week'])}
        ${this.link('#/visit/new', 'nav.logVisit', ['visit-new', 'visit-planned'])}` : ''}
      ${manager || admin ? html`${this.link('#/desk', 'nav.desk', ['desk'])}` : html`${this.link('#/desk', 'nav.myFigures', ['desk'])}`}
      ${manager || admin ? html`
        ${this.link('#/fidelity', 'nav.fidelity', ['fidelity'])}
        ${this.link('#/caseloads', 'nav.caseloads', ['caseloads'])}` : ''}
      ${admin ? this.link('#/national', 'nav.national', ['national']) : ''}
      ${this.link('#/employers', 'nav.employers', ['employers', 'employer', 'employer-new'])}
      ${this.link('#/participants', 'nav.participants', ['participants', 'participant'])}
      ${specialist ? this.link('#/settings', 'nav.settings', ['settings']) : ''}`;
  }

  /** The route's screen, or the user's home for the bare address. */
  screenName() {
    return !location.hash || location.hash === '#/' ? home(this.user.roles) : this.route.name;
  }

  link(href, key, names) {
    const current = names.includes(this.screenName());
    return html`<li><a href=${href} aria-current=${current ? 'page' : 'false'}>${t(key)}</a></li>`;
  }

  screen() {
    const { params } = this.route;
    const name = this.screenName();
    LATER[name]?.();
    switch (name) {
      case 'visit-new': return html`<visit-form employer-id=${params.employerId || ''}></visit-form>`;
      case 'visit-planned': return html`<visit-form planned-id=${params.plannedId}></visit-form>`;
      case 'outbox': return html`<outbox-screen></outbox-screen>`;
      case 'employers': return html`<employers-screen></employers-screen>`;
      case 'employer-new': return html`<employer-form></employer-form>`;
      case 'employer': return html`<employer-card employer-id=${params.id}></employer-card>`;
      case 'participants': return html`<participants-screen></participants-screen>`;
      case 'participant': return html`<participant-card participant-id=${params.id}></participant-card>`;
      case 'desk': return html`<desk-screen team=${params.team || ''} week=${params.week || ''}></desk-screen>`;
      case 'fidelity': return html`<fidelity-screen team=${params.team || ''} month=${params.month || ''}></fidelity-screen>`;
      case 'caseloads': return html`<caseloads-screen team=${params.team || ''}></caseloads-screen>`;
      case 'national': return html`<national-screen month=${params.month || ''}></national-screen>`;
      case 'settings': return html`<settings-screen></settings-screen>`;
      default: return html`<week-screen username=${this.user.username} week=${params.week || ''}></week-screen>`;
    }
  }
}

customElements.define('outreach-app', OutreachApp);

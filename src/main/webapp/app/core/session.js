// Where the bearer token comes from. Dev mode signs in with a demo user's token; with an organisation's identity
// provider the server runs the OpenID Connect sign-in and hands this module the provider's access token from its
// HttpOnly session cookie (/api/v1/auth/session), with the user as the server's claim mapping reads it (the roles
// from the organisation's group ids). The token is kept in localStorage so that a visit queued offline can still be
// sent after the browser was closed.
const KEY = 'outreach.token';
const USER_KEY = 'outreach.user';
const AUTH = '/api/v1/auth';
const listeners = new Set();
let renewal = null;

function decode(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(atob(payload).split('').map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    return JSON.parse(json);
  } catch {
    return null;
  }
}

let hostToken = null;

export const session = {
  token() {
    return hostToken || localStorage.getItem(KEY);
  },

  /** A host system's page passes its user's token to an embedded component: kept in memory, never stored. */
  useHostToken(token) {
    hostToken = token;
  },

  /** The signed-in user as the token names them: username, display name, roles; null when signed out. */
  user() {
    const token = this.token();
    const mapped = !hostToken && token && JSON.parse(localStorage.getItem(USER_KEY) || 'null');
    if (mapped?.token === token) return { ...mapped.user, expiresAt: new Date(mapped.user.expiresAt) };
    const claims = token && decode(token);
    if (!claims) return null;
    return { username: claims.upn || claims.preferred_username || claims.sub, name: claims.name || claims.upn,
      roles: claims.groups || [], expiresAt: claims.exp ? new Date(claims.exp * 1000) : null };
  },

  /** Signs in with a token; `user` is who the server says it is for, where the token's own claims cannot tell. */
  signIn(token, user = null) {
    localStorage.setItem(KEY, token);
    if (user) localStorage.setItem(USER_KEY, JSON.stringify({ token, user }));
    else localStorage.removeItem(USER_KEY);
    const waiting = renewal;
    renewal = null;
    waiting?.resolve(token);
    listeners.forEach((listener) => listener(this.user()));
  },

  /**
   * Signs out here and, with an organisation's identity provider, ends the server's session first (so that the sign-in
   * page does not find it again) and then the provider's, when it advertises where.
   */
  async signOut() {
    let endSessionUrl = null;
    if (organisationSignInEnabled()) {
      try {
        const response = await fetch(`${AUTH}/sign-out`, { method: 'POST', headers: { Accept: 'application/json' } });
        if (response.ok) endSessionUrl = (await response.json()).endSessionUrl;
      } catch {
        // offline: the session cookie expires with its token
      }
    }
    localStorage.removeItem(KEY);
    localStorage.removeItem(USER_KEY);
    listeners.forEach((listener) => listener(null));
    if (endSessionUrl) location.assign(endSessionUrl);
  },

  /** The server's sign-in session, if there is one: true when it signed this app in. */
  async restore() {
    if (!organisationSignInEnabled()) return false;
    const found = await this.organisationSession();
    if (found) this.signIn(found.token, found.user);
    return Boolean(found);
  },

  async organisationSession() {
    try {
      const response = await fetch(`${AUTH}/session`, { headers: { Accept: 'application/json' } });
      if (!response.ok) return null;
      const data = await response.json();
      return { token: data.token, user: { username: data.username, name: data.name, roles: data.roles, expiresAt: data.expiresAt } };
    } catch {
      return null;
    }
  },

  /** Leaves for the organisation's sign-in page; the server brings the browser back to the app. */
  signInWithOrganisation() {
    location.assign(`${AUTH}/sign-in`);
  },

  /**
   * Signs in again at the organisation in a window of its own, so that the form under the dialog stays as it is; true
   * once a new session is there, false if the window was closed first.
   */
  async signInWithOrganisationInPopup() {
    const before = this.token();
    const popup = window.open(`${AUTH}/sign-in`, 'outreach-sign-in', 'popup,width=480,height=640');
    for (;;) {
      await new Promise((resolve) => { setTimeout(resolve, 700); });
      const found = await this.organisationSession();
      if (found && found.token !== before) {
        popup?.close();
        this.signIn(found.token, found.user);
        return true;
      }
      if (!popup || popup.closed) return false;
    }
  },

  /** Asks the user to sign in again (the token expired mid-form); resolves once they have. */
  renew() {
    if (!renewal) {
      let resolve;
      const promise = new Promise((r) => { resolve = r; });
      renewal = { promise, resolve };
      window.dispatchEvent(new CustomEvent('outreach-sign-in-required'));
    }
    return renewal.promise;
  },

  onChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  /** Dev mode's sign-in: the demo users and a token for the one picked. */
  async demoUsers() {
    const response = await fetch('/api/v1/dev/users', { headers: { Accept: 'application/json' } });
    return response.ok ? response.json() : [];
  },

  async signInAsDemoUser(username) {
    const response = await fetch(`/api/v1/dev/users/${encodeURIComponent(username)}/token`, { method: 'POST' });
    if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
    this.signIn((await response.json()).token);
  },
};

export function organisationSignInEnabled() {
  return document.querySelector('meta[name="outreach:oidc-sign-in"]')?.content === 'true';
}

export function devSignInEnabled() {
  return document.querySelector('meta[name="outreach:dev-sign-in"]')?.content === 'true';
}

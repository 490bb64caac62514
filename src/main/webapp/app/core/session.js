// Where the bearer token comes from. Dev mode signs in with a demo user's token; production sign-in (OIDC) will
// replace only this module. The token is kept in localStorage so that a visit queued offline can still be sent
// after the browser was closed.
const KEY = 'outreach.token';
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
    const claims = token && decode(token);
    if (!claims) return null;
    return { username: claims.upn || claims.preferred_username || claims.sub, name: claims.name || claims.upn,
      roles: claims.groups || [], expiresAt: claims.exp ? new Date(claims.exp * 1000) : null };
  },

  signIn(token) {
    localStorage.setItem(KEY, token);
    const waiting = renewal;
    renewal = null;
    waiting?.resolve(token);
    listeners.forEach((listener) => listener(this.user()));
  },

  signOut() {
    localStorage.removeItem(KEY);
    listeners.forEach((listener) => listener(null));
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

export function devSignInEnabled() {
  return document.querySelector('meta[name="outreach:dev-sign-in"]')?.content === 'true';
}

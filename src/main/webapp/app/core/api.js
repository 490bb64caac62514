// The one way the app talks to the public API: bearer token, the user's language, ETags and idempotency keys,
// problem+json turned into an ApiError with each field's message, and a new sign-in when the token has expired.
import { session } from './session.js';
import { i18n } from './i18n.js';

// the service this module came from: the same origin for the app, the service's origin for a host page that embeds
// a component (outreach.embed.allowed-origins lets that page's browser call it)
const API = new URL('/api/v1', import.meta.url).href;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.fields = Object.fromEntries((problem?.errors || []).map((e) => [e.field, e.message]));
  }

  /** A refusal the user can fix (bad input, a conflict, a rule), as opposed to a server or network failure. */
  get refused() {
    return this.status >= 400 && this.status < 500 && ![401, 408, 429].includes(this.status);
  }
}

/** The network is unreachable: the request never got an answer. */
export class OfflineError extends Error {}

export function newIdempotencyKey() {
  return crypto.randomUUID ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function api(path, { method = 'GET', body, etag, key, accept = 'application/json', renew = true } = {}) {
  const caller = session.user()?.username;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0 && session.user()?.username !== caller) {
      // someone else signed in: what this user asked for must not be done in another's name
      throw new ApiError(401, { title: 'Unauthorized', detail: 'Signed in as another user.' });
    }
    const headers = { Accept: accept, 'Accept-Language': i18n.lang };
    const token = session.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (etag) headers['If-Match'] = etag;
    if (key) headers['Idempotency-Key'] = key;
    let response;
    try {
      response = await fetch(`${API}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw new OfflineError(e.message);
    }
    if (response.status === 401 && attempt === 0 && renew) {
      await session.renew();
      continue;
    }
    const type = response.headers.get('Content-Type') || '';
    const data = response.status === 204 ? null
      : type.includes('json') ? await response.json().catch(() => null)
      : await response.blob();
    if (!response.ok) throw new ApiError(response.status, type.includes('json') ? data : null);
    return { status: response.status, data, etag: response.headers.get('ETag'), location: response.headers.get('Location') };
  }
}

const prefetched = new Map();

/**
 * Starts a GET before anyone asks for it (the first screen's data while the modules still load); the first get() of
 * that path takes the answer. A prefetch never asks the user to sign in: if it fails, get() simply asks again.
 */
export function prefetch(path) {
  const early = api(path, { renew: false }).then((reply) => reply.data);
  early.catch(() => {});
  prefetched.set(path, early);
}

export async function get(path) {
  const early = prefetched.get(path);
  if (early) {
    prefetched.delete(path);
    try {
      return await early;
    } catch {
      // asked again below, where an expired token leads to signing in again
    }
  }
  return (await api(path)).data;
}

/** A file from the API (calendar, worksheet, CSV) saved under a name: a plain link cannot carry the bearer token. */
export function saveFile(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

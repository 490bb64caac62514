// What every screen needs about the signed-in user, fetched once per session: who they are (/me) and their caseload.
import { get } from './api.js';

let me = null;
let caseload = null;

export const store = {
  async me() {
    me ??= get('/me');
    return me;
  },

  /** The specialist's own participants, for visit forms and the week's suggestions (at most 200: a caseload is ~25). */
  async caseload() {
    caseload ??= this.me().then((who) => get(`/participants?specialist=${encodeURIComponent(who.username)}&limit=200`))
      .then((page) => page.items.sort((a, b) => (a.alias || '').localeCompare(b.alias || '')));
    return caseload;
  },

  forgetCaseload() {
    caseload = null;
  },

  clear() {
    me = null;
    caseload = null;
  },
};

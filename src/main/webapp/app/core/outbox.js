// Visits logged without a network wait here, in IndexedDB, until they can be sent. Each keeps the Idempotency-Key it
// was first sent with, so a retry after a lost answer replays instead of logging the visit twice. A send that the
// server refuses stays, with the server's answer, for the specialist to fix or discard. Each entry belongs to the user
// who logged it and is only ever sent with their token: a colleague signing in on the same phone neither sees nor
// sends it.
import { api, ApiError, OfflineError, newIdempotencyKey } from './api.js';
import { session } from './session.js';

const DB = 'outreach';
const STORE = 'outbox';
const listeners = new Set();
const sending = new Set();
let flushing = null;

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result?.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

function changed() {
  outbox.all().then((entries) => listeners.forEach((listener) => listener(entries)));
}

export const outbox = {
  /** The signed-in user's entries, oldest first. */
  all() {
    const owner = session.user()?.username;
    return run('readonly', (store) => store.getAll()).then((entries) => entries.filter((entry) => entry.owner === owner)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
  },

  async put(entry) {
    await run('readwrite', (store) => store.put(entry));
    changed();
  },

  async remove(key) {
    await run('readwrite', (store) => store.delete(key));
    changed();
  },

  /**
   * Sends a request that must not be lost: it is stored first, then sent. Answers the API's reply when it was sent,
   * or {queued: true} when the network was down. A refusal is thrown, and not kept, since the user is still in the form.
   */
  async send({ method = 'POST', path, body, label, key = newIdempotencyKey() }) {
    const entry = { key, method, path, body, label, owner: session.user()?.username, createdAt: new Date().toISOString(),
      state: 'waiting', problem: null };
    await this.put(entry);
    // the form sends this one itself; a flush meanwhile (after a new sign-in, say) leaves it alone
    sending.add(key);
    try {
      const reply = await api(path, { method, body, key });
      await this.remove(key);
      return reply;
    } catch (e) {
      if (e instanceof OfflineError) return { queued: true, key };
      if (e instanceof ApiError && e.refused) await this.remove(key);
      throw e;
    } finally {
      sending.delete(key);
    }
  },

  /** Sends every waiting entry in order; stops at the first that finds no network. */
  flush() {
    flushing ??= (async () => {
      try {
        for (const entry of await this.all()) {
          if (entry.state !== 'waiting' || sending.has(entry.key)) continue;
          try {
            await api(entry.path, { method: entry.method, body: entry.body, key: entry.key });
            await this.remove(entry.key);
          } catch (e) {
            if (e instanceof OfflineError) return;
            if (e instanceof ApiError && e.refused) {
              await this.put({ ...entry, state: 'refused', problem: { status: e.status, detail: e.message, fields: e.fields } });
            }
          }
        }
      } finally {
        flushing = null;
      }
    })();
    return flushing;
  },

  /**
   * Sends a refused entry again after the specialist fixed it, and answers as send() does. A refused request created
   * nothing, and the server would take the old key with a new body for a different request, so the fixed one gets a
   * key of its own; it replaces the old entry in one step, so the count never drops to nothing in between.
   */
  async retry(entry, body) {
    const fixed = { ...entry, key: newIdempotencyKey(), body, state: 'waiting', problem: null };
    await run('readwrite', (store) => {
      store.delete(entry.key);
      store.put(fixed);
    });
    changed();
    sending.add(fixed.key);
    try {
      const reply = await api(fixed.path, { method: fixed.method, body, key: fixed.key });
      await this.remove(fixed.key);
      return reply;
    } catch (e) {
      if (e instanceof OfflineError) return { queued: true, key: fixed.key };
      if (e instanceof ApiError && e.refused) {
        await this.put({ ...fixed, state: 'refused', problem: { status: e.status, detail: e.message, fields: e.fields } });
      }
      throw e;
    } finally {
      sending.delete(fixed.key);
    }
  },

  onChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

window.addEventListener('online', () => outbox.flush());
session.onChange((user) => {
  changed();
  if (user) outbox.flush();
});

// Boot: the first screen's data, the user's language and the app's modules all load at once; the shell appears when
// the language and the modules are there (every screen needs its words). Then the service worker that lets the shell
// open without a network, and any visits still waiting to be sent.
import { i18n } from './core/i18n.js';
import { outbox } from './core/outbox.js';
import { prefetchFirstScreen } from './core/prefetch.js';

prefetchFirstScreen();
await Promise.all([i18n.load(), import('./components/outreach-app.js')]);
document.querySelector('.boot').replaceWith(document.createElement('outreach-app'));

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => { /* the app works without it, only not offline */ });
}
outbox.flush();
setInterval(() => outbox.flush(), 30000);

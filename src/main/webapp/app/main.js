// Boot: the user's language first (every screen needs it), then the shell, the service worker that lets the shell
// open without a network, and any visits still waiting to be sent.
import { i18n } from './core/i18n.js';
import { outbox } from './core/outbox.js';

await i18n.load();
await import('./components/outreach-app.js');

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => { /* the app works without it, only not offline */ });
}
outbox.flush();
setInterval(() => outbox.flush(), 30000);

// The service worker: the app shell opens without a network. The shell is cached at install; WebJars (versioned,
// immutable) are served from the cache first; the page, the app's modules and messages from the network first,
// falling back to the cache. API calls are never cached: participant data stays on the server.
// Maven fills in the versions below when it builds the WAR, so a new build installs a new cache.
const CACHE = 'outreach-${project.version}-${outreach.build}';
const LIT = '/webjars/lit/${lit.version}/';
const LIT_HTML = '/webjars/lit-html/${lit-html.version}/';
const LIT_ELEMENT = '/webjars/lit-element/${lit-element.version}/';
const REACTIVE = '/webjars/lit__reactive-element/${lit-reactive-element.version}/';
const LEAFLET = '/webjars/leaflet/${leaflet.version}/dist/';
const UPLOT = '/webjars/uplot/${uplot.version}/dist/';
const APP = ['main.js', 'app.css', 'icon.svg',
  'core/api.js', 'core/dates.js', 'core/i18n.js', 'core/org-number.js', 'core/outbox.js', 'core/position.js', 'core/prefetch.js',
  'core/router.js', 'core/session.js', 'core/store.js', 'core/teams.js',
  'components/caseloads-screen.js', 'components/desk-screen.js', 'components/desk-words.js', 'components/fidelity-screen.js',
  'components/manager-styles.js', 'components/national-screen.js', 'components/sign-off-dialog.js',
  'components/team-picker.js', 'components/trend-chart.js', 'components/visits-dialog.js',
  'components/employer-card.js', 'components/employer-form.js', 'components/employer-picker.js',
  'components/employers-screen.js', 'components/forms.js', 'components/localized-element.js', 'components/match-bars.js', 'components/occupation-picker.js',
  'components/outbox-controller.js', 'components/outbox-screen.js', 'components/outbox-status.js', 'components/outreach-app.js', 'components/outreach-employer.js',
  'components/participant-card.js', 'components/participant-links.js', 'components/participants-screen.js',
  'components/plan-dialog.js', 'components/preferences-form.js',
  'components/route-map.js', 'components/settings-screen.js', 'components/sign-in-page.js', 'components/stale-notice.js', 'components/styles.js',
  'components/visit-form.js', 'components/week-screen.js',
  'messages/nb.json', 'messages/da.json', 'messages/en.json'];
const SHELL = ['/', '/manifest.webmanifest', ...APP.map((file) => '/app/' + file),
  LIT + 'index.js', LIT_ELEMENT + 'lit-element.js', LIT_HTML + 'lit-html.js', LIT_HTML + 'is-server.js',
  REACTIVE + 'reactive-element.js', REACTIVE + 'css-tag.js', LEAFLET + 'leaflet.js', LEAFLET + 'leaflet.css',
  UPLOT + 'uPlot.esm.js', UPLOT + 'uPlot.min.css'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (url.pathname.startsWith('/webjars/')) {
    event.respondWith(caches.match(event.request).then((hit) => hit || fetch(event.request).then((response) => keep(event.request, response))));
    return;
  }
  const key = event.request.mode === 'navigate' ? '/' : event.request;
  event.respondWith(fetch(event.request)
    .then((response) => keep(key, response))
    .catch(() => caches.match(key).then((hit) => hit || Response.error())));
});

function keep(request, response) {
  if (response.ok) {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

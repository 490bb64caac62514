// Hash routes, so that the server serves one page and the service worker caches one shell: #/week/2026-W49,
// #/visit/new, #/visit/planned/12, #/employers, #/employers/new, #/employers/5, #/participants, #/participants/3.
const ROUTES = [
  ['week', /^#\/week(?:\/(\d{4}-W\d{2}))?$/, ['week']],
  ['visit-new', /^#\/visit\/new(?:\?employer=(\d+))?$/, ['employerId']],
  ['visit-planned', /^#\/visit\/planned\/(\d+)$/, ['plannedId']],
  ['outbox', /^#\/outbox$/, []],
  ['employer-new', /^#\/employers\/new$/, []],
  ['employer', /^#\/employers\/(\d+)$/, ['id']],
  ['employers', /^#\/employers$/, []],
  ['participant', /^#\/participants\/(\d+)$/, ['id']],
  ['participants', /^#\/participants$/, []],
];

export function route(hash = location.hash) {
  for (const [name, pattern, keys] of ROUTES) {
    const match = pattern.exec(hash || '#/week');
    if (match) return { name, params: Object.fromEntries(keys.map((key, i) => [key, match[i + 1]])) };
  }
  return { name: 'week', params: {} };
}

export function go(hash) {
  location.hash = hash;
}

// Hash routes, so that the server serves one page and the service worker caches one shell: #/week/2026-W49,
// #/visit/new, #/visit/planned/12, #/employers, #/employers/new, #/employers/5, #/participants, #/participants/3;
// the manager's desk: #/desk/4/2026-W49, #/fidelity/4/2026-11, #/caseloads/4, #/national/2026-11; #/settings.
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
  ['desk', /^#\/desk(?:\/(\d+))?(?:\/(\d{4}-W\d{2}))?$/, ['team', 'week']],
  ['fidelity', /^#\/fidelity(?:\/(\d+))?(?:\/(\d{4}-\d{2}))?$/, ['team', 'month']],
  ['caseloads', /^#\/caseloads(?:\/(\d+))?$/, ['team']],
  ['national', /^#\/national(?:\/(\d{4}-\d{2}))?$/, ['month']],
  ['settings', /^#\/settings$/, []],
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

// The first screen's API calls, started while the app's modules load instead of after them: on a phone the modules
// and the answers then arrive together. Only My week, the screen most loads start on, is prefetched.
import { session } from './session.js';
import { prefetch } from './api.js';
import { route } from './router.js';
import { isoWeek, today } from './dates.js';

export function prefetchFirstScreen() {
  const user = session.user();
  if (!user) return;
  const { name, params } = route();
  // a manager's or an administrator's first screen is the desk, which needs the teams first
  if (name === 'week' && user.roles.includes('specialist')) {
    prefetch('/me');
    const week = `/planner/${encodeURIComponent(user.username)}/weeks/${params.week || isoWeek(today())}`;
    prefetch(week);
    prefetch(`${week}/suggestions`);
  }
}

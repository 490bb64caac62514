// Which teams the signed-in user may look at on the manager's desk: the teams they manage, every team for an
// administrator, their own team for a specialist (who then sees only their own line). Fetched once per session.
import { get } from './api.js';
import { store } from './store.js';

let teams = null;

export async function visibleTeams() {
  teams ??= store.me().then(async (me) => {
    if (me.managedTeams.length) return me.managedTeams.map(({ id, name }) => ({ id, name }));
    if (me.roles.includes('admin')) return (await get('/teams')).map(({ id, name }) => ({ id, name }));
    return me.specialist ? [{ id: me.specialist.teamId, name: me.specialist.teamName }] : [];
  });
  return teams;
}

/** The team asked for in the route if the user may see it, otherwise their first. */
export function pickTeam(list, wanted) {
  return list.find((team) => String(team.id) === String(wanted)) || list[0] || null;
}

export function forgetTeams() {
  teams = null;
}

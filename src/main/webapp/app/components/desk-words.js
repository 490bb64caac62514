// The desk's figures in words, shared by the desk and its sign-off dialog.
import { t, formatNumber } from '../core/i18n.js';

/** Why a specialist is behind, in the reader's words: "3 av 6 ansikt til ansikt, 2 planlagt". */
export function shortfallText(shortfall) {
  const number = (value) => formatNumber(value, 1);
  switch (shortfall.kind) {
    case 'FACE_TO_FACE': return t('desk.behind.FACE_TO_FACE', { actual: number(shortfall.actual), target: number(shortfall.target), planned: shortfall.planned });
    case 'COMMUNITY_TIME': return t('desk.behind.COMMUNITY_TIME', { actual: number(shortfall.actual), target: number(shortfall.target) });
    default: return t('desk.behind.FIRST_CONTACT_OVERDUE', { count: shortfall.actual });
  }
}

/** "5 av 6", or "5 (ingen mål)" for a specialist with no job seekers, whom the scale sets no target. */
export function contacts(week) {
  return week.target == null ? t('desk.noTarget', { done: week.faceToFace })
    : t('desk.ofTarget', { done: week.faceToFace, target: formatNumber(week.target, 1) });
}

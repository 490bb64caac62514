// Calendar arithmetic on local dates (YYYY-MM-DD strings), ISO weeks, and the time zone of the employer's country.
export function isoDate(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function parseDate(text) {
  const [y, m, d] = text.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function addDays(text, days) {
  const date = parseDate(text);
  date.setDate(date.getDate() + days);
  return isoDate(date);
}

export function daysBetween(fromText, toText) {
  return Math.round((parseDate(toText) - parseDate(fromText)) / 86400000);
}

/** The ISO-8601 week of a date, as the planner API names it: 2026-W49. */
export function isoWeek(text) {
  const date = parseDate(text);
  const weekday = (date.getDay() + 6) % 7;
  date.setDate(date.getDate() - weekday + 3);
  const thursday = new Date(date);
  const firstThursday = new Date(thursday.getFullYear(), 0, 4);
  firstThursday.setDate(firstThursday.getDate() - ((firstThursday.getDay() + 6) % 7) + 3);
  const week = 1 + Math.round((thursday - firstThursday) / (7 * 86400000));
  return `${thursday.getFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function shiftWeek(week, by) {
  return isoWeek(addDays(mondayOf(week), 7 * by));
}

export function mondayOf(week) {
  const [year, w] = week.split('-W').map(Number);
  const jan4 = new Date(year, 0, 4);
  const monday = new Date(jan4);
  monday.setDate(jan4.getDate() - ((jan4.getDay() + 6) % 7) + (w - 1) * 7);
  return isoDate(monday);
}

export function today() {
  return isoDate(new Date());
}

/** The local time of an instant as HH:MM, and its date, as a form's inputs want them. */
export function localInputs(instant = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return { date: isoDate(instant), time: `${pad(instant.getHours())}:${pad(instant.getMinutes())}` };
}

/** A local date and HH:MM as an ISO timestamp with this browser's UTC offset, as the visit log expects. */
export function offsetDateTime(date, time) {
  const local = new Date(`${date}T${time}:00`);
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${date}T${time}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

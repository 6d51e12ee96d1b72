/** Display formatting shared by server and client components. */

/** The months in English, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** en-GB's short month names (ICU's, "Sept" included). */
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/*
 * Dates are written from these tables, not with Intl.DateTimeFormat: the first one a page makes
 * loads the browser's time-zone data, about 40 ms of a phone's first second at 4× CPU slowdown
 * (measured in CPU profiles of the home and progress pages, issue 19). The tests compare them with
 * Intl's en-GB output day by day.
 */

/** "2023-11-07" → "7 November 2023" (as en-GB writes it). */
export function formatIsoDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** 185000 → "3 min 5 s"; under a minute → "42 s". */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} s`;
  if (minutes >= 60) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** A relative day for "last attempt": "today", "yesterday", or a date. */
export function formatAttemptDay(timestamp: number, now: number = Date.now()): string {
  const day = (t: number) => Math.floor((t - new Date(t).getTimezoneOffset() * 60_000) / 86_400_000);
  const diff = day(now) - day(timestamp);
  if (diff <= 0) return 'today';
  if (diff === 1) return 'yesterday';
  const date = new Date(timestamp);
  return `${date.getDate()} ${SHORT_MONTHS[date.getMonth()]}`;
}

/** "2023-11-07" → "7 Nov" (the day of a UTC date, as en-GB writes it short). */
export function formatDayMonth(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return `${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]}`;
}

/** Points with at most one decimal: 9 → "9", 9.666 → "9.7". */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1).replace(/\.0$/, '');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

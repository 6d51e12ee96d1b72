/**
 * Days as the learner lives them: local calendar days, which start at local midnight and can be 23
 * or 25 hours long across a daylight-saving change. The clock is injected so tests can fix it.
 */

export type Clock = {
  now: () => number;
  /** Minutes behind UTC at a moment (Date#getTimezoneOffset): -60 in summer in London. */
  offset: (at: number) => number;
};

export const systemClock: Clock = {
  now: () => Date.now(),
  offset: (at) => new Date(at).getTimezoneOffset(),
};

/** A clock in a named time zone (for tests and for showing another device's days). */
export function zoneOffset(timeZone: string): (at: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (at) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
    const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
    return Math.round((Math.floor(at / 1000) * 1000 - asUtc) / 60_000);
  };
}

/** "2026-03-29": the local calendar day of a moment, given the offset at that moment. */
export function dayKey(at: number, offsetMinutes: number): string {
  return new Date(at - offsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function today(clock: Clock): string {
  const now = clock.now();
  return dayKey(now, clock.offset(now));
}

/** The day `n` days after a day key (calendar arithmetic, whatever the day's length). */
export function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** The moment the local day after `now` begins (local midnight), in UTC milliseconds. */
export function nextMidnight(clock: Clock): number {
  const now = clock.now();
  const tomorrow = addDays(dayKey(now, clock.offset(now)), 1);
  // Local midnight = UTC midnight of that date plus the offset in force then (which may differ from now's).
  let guess = Date.parse(`${tomorrow}T00:00:00Z`) + clock.offset(now) * 60_000;
  guess = Date.parse(`${tomorrow}T00:00:00Z`) + clock.offset(guess) * 60_000;
  return guess;
}

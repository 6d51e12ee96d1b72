import { describe, expect, it } from 'vitest';
import { formatAttemptDay, formatDayMonth, formatIsoDate } from './format';

describe('formatIsoDate', () => {
  it('writes the day as en-GB does, without Intl', () => {
    expect(formatIsoDate('2023-11-07')).toBe('7 November 2023');
    expect(formatIsoDate('2024-02-29')).toBe('29 February 2024');
  });

  it('agrees with Intl.DateTimeFormat en-GB on every day of fifty years', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2040, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatIsoDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }
  });
});

describe('formatDayMonth and formatAttemptDay', () => {
  it('agree with Intl.DateTimeFormat en-GB short months', () => {
    const utc = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const local = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
    const now = Date.UTC(2040, 0, 1);
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDayMonth(iso)).toBe(utc.format(new Date(t)));
      expect(formatAttemptDay(t + 43_200_000, now)).toBe(local.format(new Date(t + 43_200_000)));
    }
  });
});

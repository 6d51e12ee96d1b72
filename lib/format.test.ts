import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './format';

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

import { describe, expect, it } from 'vitest';
import { addDays, dayKey, nextMidnight, today, zoneOffset, type Clock } from './days';
import type { LogEntry, ReviewEntry } from './log';
import { deckStatus, isDue } from './queue';
import { rebuildCards, type CardRecord } from './scheduler';

const london = zoneOffset('Europe/London');
const clockAt = (iso: string): Clock => ({ now: () => Date.parse(iso), offset: london });

describe('local days', () => {
  it('reads the offset of a named zone, summer and winter', () => {
    expect(london(Date.parse('2026-01-15T12:00:00Z'))).toBe(0);
    expect(london(Date.parse('2026-07-15T12:00:00Z'))).toBe(-60);
    expect(zoneOffset('America/New_York')(Date.parse('2026-01-15T12:00:00Z'))).toBe(300);
  });

  it('a day starts at local midnight, also on the 23-hour day of the spring change', () => {
    // 29 March 2026: London clocks go from 01:00 GMT to 02:00 BST.
    expect(today(clockAt('2026-03-28T23:59:00Z'))).toBe('2026-03-28');
    expect(today(clockAt('2026-03-29T00:00:00Z'))).toBe('2026-03-29');
    // 23:30 BST on the 29th is 22:30 UTC; midnight BST is 23:00 UTC.
    expect(today(clockAt('2026-03-29T22:59:00Z'))).toBe('2026-03-29');
    expect(today(clockAt('2026-03-29T23:00:00Z'))).toBe('2026-03-30');
    expect(nextMidnight(clockAt('2026-03-29T12:00:00Z'))).toBe(Date.parse('2026-03-29T23:00:00Z'));
  });

  it('and on the 25-hour day of the autumn change', () => {
    // 25 October 2026: clocks go back from 02:00 BST to 01:00 GMT; the day is 25 hours long.
    expect(nextMidnight(clockAt('2026-10-24T12:00:00Z'))).toBe(Date.parse('2026-10-24T23:00:00Z'));
    expect(nextMidnight(clockAt('2026-10-25T12:00:00Z'))).toBe(Date.parse('2026-10-26T00:00:00Z'));
    expect(nextMidnight(clockAt('2026-10-25T12:00:00Z')) - Date.parse('2026-10-24T23:00:00Z')).toBe(25 * 3_600_000);
  });

  it('counts calendar days, whatever their length', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(dayKey(Date.parse('2026-07-15T23:30:00Z'), -60)).toBe('2026-07-16');
  });
});

describe('due counts roll over at the learner’s local midnight, across a DST change', () => {
  it('a review card due on the day after the spring change becomes due at that local midnight', () => {
    // A card graduated to Review with its due date on 30 March (London).
    const record: CardRecord = {
      ...rebuildCards([
        {
          id: 'r1',
          kind: 'review',
          cardId: 'c',
          rating: 4,
          at: Date.parse('2026-03-20T10:00:00Z'),
          tz: 0,
          params: { retention: 0.9 },
          source: 'cards',
        } satisfies ReviewEntry,
      ] as LogEntry[]).get('c')!,
    };
    record.card = { ...record.card, due: new Date('2026-03-30T08:00:00Z') };
    const cards = new Map([['c', record]]);
    const settings = { retention: 0.9, newPerDay: 20 };
    // 23:59 BST on the 29th (22:59 UTC): not yet; 00:00 BST on the 30th (23:00 UTC on the 29th): due.
    expect(isDue(record, clockAt('2026-03-29T22:59:00Z'))).toBe(false);
    expect(isDue(record, clockAt('2026-03-29T23:00:00Z'))).toBe(true);
    expect(deckStatus(['c'], cards, settings, clockAt('2026-03-29T22:59:00Z')).counts.due).toBe(0);
    expect(deckStatus(['c'], cards, settings, clockAt('2026-03-29T23:00:00Z')).counts.due).toBe(1);
  });

  it('the daily new-card allowance resets at local midnight', () => {
    const log: LogEntry[] = ['a', 'b'].map((cardId, i) => ({
      id: `n${i}`,
      kind: 'review',
      cardId,
      rating: 3,
      at: Date.parse('2026-10-25T22:30:00Z'), // 22:30 GMT on the 25th (after the change)
      tz: 0,
      params: { retention: 0.9 },
      source: 'cards',
    }));
    const cards = rebuildCards(log);
    const settings = { retention: 0.9, newPerDay: 3 };
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect(deckStatus(ids, cards, settings, clockAt('2026-10-25T23:59:00Z')).counts.fresh).toBe(1);
    expect(deckStatus(ids, cards, settings, clockAt('2026-10-26T00:00:00Z')).counts.fresh).toBe(3);
  });
});

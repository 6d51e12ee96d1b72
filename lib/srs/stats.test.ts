import { describe, expect, it } from 'vitest';
import { zoneOffset, type Clock } from './days';
import type { LogEntry, Rating } from './log';
import { deckStatus, LEARN_AHEAD_MS, nextCard } from './queue';
import { rebuildCards } from './scheduler';
import { dueForecast, phaseCounts, reviewsPerDay, sessionSummary } from './stats';

const clock: Clock = { now: () => Date.parse('2026-06-10T12:00:00Z'), offset: zoneOffset('Europe/London') };
let n = 0;
const review = (cardId: string, rating: Rating, iso: string, tz = -60): LogEntry => ({
  id: `r${(n += 1)}`,
  kind: 'review',
  cardId,
  rating,
  at: Date.parse(iso),
  tz,
  params: { retention: 0.9 },
  source: 'cards',
});

describe('progress figures', () => {
  it('counts reviews per local day, over the last 30 days', () => {
    const log = [
      review('a', 3, '2026-06-09T22:30:00Z'), // 23:30 BST on the 9th
      review('b', 3, '2026-06-09T23:30:00Z'), // 00:30 BST on the 10th
      review('c', 1, '2026-06-10T08:00:00Z'),
      review('d', 3, '2026-04-01T08:00:00Z'), // more than 30 days ago
    ];
    const days = reviewsPerDay(log, clock, 30);
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toEqual({ day: '2026-06-10', count: 2 });
    expect(days.at(-2)).toEqual({ day: '2026-06-09', count: 1 });
    expect(days.reduce((sum, d) => sum + d.count, 0)).toBe(3);
  });

  it('forecasts cards due over the next 7 days, overdue ones today', () => {
    const log = [
      review('a', 4, '2026-06-01T08:00:00Z'),
      review('b', 4, '2026-06-09T08:00:00Z'),
      review('c', 1, '2026-06-10T11:55:00Z'),
    ];
    const cards = rebuildCards(log);
    const forecast = dueForecast(['a', 'b', 'c', 'new'], cards, clock, 7);
    expect(forecast).toHaveLength(7);
    expect(forecast[0]!.day).toBe('2026-06-10');
    expect(forecast.reduce((sum, d) => sum + d.count, 0)).toBeLessThanOrEqual(3);
    expect(forecast[0]!.count).toBeGreaterThanOrEqual(1); // c, in learning, is due today
    expect(phaseCounts(['a', 'b', 'c', 'new'], cards)).toEqual({ new: 1, learning: 1, review: 2 });
  });

  it('summarises a session: reviews, Again rate', () => {
    const log = [review('a', 1, '2026-06-10T11:00:00Z'), review('b', 3, '2026-06-10T11:01:00Z')];
    expect(sessionSummary(log, new Set(log.map((e) => e.id)))).toEqual({ reviewed: 2, again: 1, againRate: 0.5 });
  });

  it('lets in new cards up to the daily limit and lists due ones soonest first', () => {
    const log = [review('a', 1, '2026-06-10T11:50:00Z'), review('b', 1, '2026-06-10T11:40:00Z')];
    const status = deckStatus(['a', 'b', 'c', 'd', 'e'], rebuildCards(log), { retention: 0.9, newPerDay: 4 }, clock);
    expect(status.due).toEqual(['b', 'a']);
    expect(status.fresh).toEqual(['c', 'd']); // 2 of today's 4 were started already
  });

  it('a card just graded Again waits behind any other card, and comes back when it is the only one', () => {
    // Three cards in learning, nothing new left today: a just failed, b and c nearly due.
    const log = [
      review('b', 3, '2026-06-10T11:55:00Z'),
      review('c', 3, '2026-06-10T11:56:00Z'),
      review('a', 1, '2026-06-10T11:59:50Z'),
    ];
    const settings = { retention: 0.9, newPerDay: 0 };
    const status = deckStatus(['a', 'b', 'c'], rebuildCards(log), settings, clock, { learnAheadMs: LEARN_AHEAD_MS });
    expect(status.due).toEqual([]);
    expect(status.ahead[0]).toBe('a'); // soonest again, one minute away
    expect(nextCard(status, 'a')).toBe('b');
    const alone = deckStatus(['a'], rebuildCards(log), settings, clock, { learnAheadMs: LEARN_AHEAD_MS });
    expect(nextCard(alone, 'a')).toBe('a');
  });
});

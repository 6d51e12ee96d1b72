import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveReviews, mergeLogs, type LogEntry, type Rating } from './log';
import { rebuildCards } from './scheduler';

/**
 * Two devices' logs, merged in any order, with entries repeated and clocks skewed, rebuild the
 * same state, with no review lost or counted twice.
 */

const T0 = Date.UTC(2026, 0, 5, 8, 0, 0);
const CARDS = ['who-a', 'who-b', 'where-c', 'when-d'];

const entry = fc.oneof(
  {
    arbitrary: fc.record({
      cardId: fc.constantFrom(...CARDS),
      rating: fc.constantFrom<Rating>(1, 2, 3, 4),
      minutes: fc.integer({ min: 0, max: 60 * 24 * 60 }),
      retention: fc.constantFrom(0.8, 0.9, 0.95),
      device: fc.constantFrom('phone', 'laptop'),
      source: fc.constantFrom<'cards' | 'quiz'>('cards', 'quiz'),
    }),
    weight: 9,
  },
  { arbitrary: fc.record({ undo: fc.nat(), minutes: fc.integer({ min: 0, max: 60 * 24 * 60 }) }), weight: 1 },
);

/** A log as two devices made it: ids unique per device, each device's clock skewed by its own amount. */
const twoDeviceLogs = fc
  .tuple(fc.array(entry, { maxLength: 60 }), fc.integer({ min: -10, max: 10 }), fc.integer({ min: -10, max: 10 }))
  .map(([raw, skewPhone, skewLaptop]) => {
    const all: LogEntry[] = [];
    raw.forEach((item, i) => {
      if ('undo' in item) {
        const reviews = all.filter((e) => e.kind === 'review');
        if (reviews.length === 0) return;
        const target = reviews[item.undo % reviews.length]!;
        all.push({ id: `undo-${i}`, kind: 'undo', target: target.id, at: target.at + 1000, tz: 0 });
        return;
      }
      const skew = (item.device === 'phone' ? skewPhone : skewLaptop) * 60_000;
      all.push({
        id: `${item.device}-${i}`,
        kind: 'review',
        cardId: item.cardId,
        rating: item.rating,
        at: T0 + item.minutes * 60_000 + skew,
        tz: item.device === 'phone' ? -60 : 0,
        params: { retention: item.retention },
        source: item.source,
      });
    });
    return all;
  });

describe('merging review logs (property)', () => {
  it('any split, merge order and duplication rebuilds the same cards, every review once', () => {
    fc.assert(
      fc.property(
        twoDeviceLogs,
        fc.array(fc.boolean(), { minLength: 100, maxLength: 100 }),
        fc.nat(),
        (log, split, seed) => {
          const phone = log.filter((_, i) => split[i % split.length]);
          const laptop = log.filter((_, i) => !split[i % split.length]);
          // Each device also holds some of the other's entries (an earlier sync), in any order.
          const shuffled = [...log].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7));
          const merges = [
            mergeLogs(phone, laptop),
            mergeLogs(laptop, phone),
            mergeLogs(shuffled, phone, laptop, phone),
            mergeLogs(mergeLogs(laptop, shuffled.slice(0, seed % (log.length + 1))), phone, laptop),
          ];
          const expected = rebuildCards(mergeLogs(log));
          for (const merged of merges) {
            expect(merged.map((e) => e.id)).toEqual(mergeLogs(log).map((e) => e.id));
            expect(rebuildCards(merged)).toEqual(expected);
          }
          const ids = effectiveReviews(merges[0]!).map((r) => r.id);
          expect(new Set(ids).size).toBe(ids.length);
          const undone = new Set(log.filter((e) => e.kind === 'undo').map((e) => (e as { target: string }).target));
          expect(ids.length).toBe(log.filter((e) => e.kind === 'review' && !undone.has(e.id)).length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the same id with different contents (a quiz answer imported in two time zones) resolves the same way in any order', () => {
    const a: LogEntry = {
      id: 'quiz:x:q',
      kind: 'review',
      cardId: 'q',
      rating: 3,
      at: T0,
      tz: 0,
      params: { retention: 0.9 },
      source: 'quiz',
    };
    const b: LogEntry = { ...a, tz: -60 };
    expect(mergeLogs([a], [b])).toEqual(mergeLogs([b], [a]));
  });
});

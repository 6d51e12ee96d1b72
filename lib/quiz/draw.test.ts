import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRules, drawableCount, type DrawRules } from './draw';
import { planQuestionIds } from './session';

const RULES: DrawRules = {
  apart: [
    ['a', 'b'],
    ['c', 'd', 'e'],
  ],
  before: [
    ['f', 'a'],
    ['g', 'f'],
  ],
};
const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('drawing under the rules', () => {
  it('asks one question of each group kept apart, and the revealed ones first', () => {
    expect(applyRules(IDS, IDS.length, RULES)).toEqual(['c', 'g', 'f', 'a', 'h']);
    expect(drawableCount(IDS, RULES)).toBe(5);
    expect(drawableCount(['a', 'c', 'h'], RULES)).toBe(3);
  });

  it('fills the count from further down when a question is kept apart', () => {
    expect(applyRules(['a', 'b', 'c', 'h'], 3, RULES)).toEqual(['a', 'c', 'h']);
  });

  it('any shuffle of any pool: no two of a group, every "before" that can hold does, the count when the pool allows', () => {
    fc.assert(
      fc.property(
        fc.subarray(IDS, { minLength: 1 }),
        fc.string(),
        fc.integer({ min: 1, max: 10 }),
        (pool, seed, count) => {
          const drawn = planQuestionIds(pool, { count, shuffle: true, seed, rules: RULES });
          for (const group of RULES.apart)
            expect(drawn.filter((id) => group.includes(id)).length).toBeLessThanOrEqual(1);
          for (const [first, then] of RULES.before) {
            if (drawn.includes(first) && drawn.includes(then))
              expect(drawn.indexOf(first)).toBeLessThan(drawn.indexOf(then));
          }
          expect(drawn.length).toBe(Math.min(count, drawableCount(pool, RULES)));
          expect(new Set(drawn).size).toBe(drawn.length);
        },
      ),
    );
  });
});

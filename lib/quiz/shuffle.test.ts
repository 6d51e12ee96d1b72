import { describe, expect, it } from 'vitest';
import type {
  MultipleQuestion,
  OrderingQuestion,
  SingleQuestion,
  TypedQuestion,
  TrueFalseQuestion,
} from '@/lib/content/schema';
import { displayedOptions, initialResponse, planQuestionIds } from './session';
import { createRandom, newSeed, scrambledOrder, seededShuffle } from './shuffle';

const ITEMS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const SEEDS = Array.from({ length: 500 }, (_, i) => `seed-${i}`);

const sorted = (items: readonly string[]) => items.slice().sort();

describe('createRandom', () => {
  it('gives the same sequence for the same seed, in [0, 1)', () => {
    const a = createRandom('abc');
    const b = createRandom('abc');
    const first = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(first).size).toBe(50);
    const other = createRandom('abd');
    expect(Array.from({ length: 50 }, () => other())).not.toEqual(first);
  });
});

describe('seededShuffle', () => {
  it('gives the same order for the same seed', () => {
    expect(seededShuffle(ITEMS, 'x1')).toEqual(seededShuffle(ITEMS, 'x1'));
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(SEEDS.slice(0, 50).map((seed) => seededShuffle(ITEMS, seed).join('')));
    expect(orders.size).toBeGreaterThanOrEqual(48);
    expect(seededShuffle(ITEMS, 'one')).not.toEqual(seededShuffle(ITEMS, 'two'));
  });

  it('returns a permutation and does not mutate its input', () => {
    const input = Object.freeze(ITEMS.slice());
    for (const seed of SEEDS.slice(0, 50)) {
      const result = seededShuffle(input, seed);
      expect(result).not.toBe(input);
      expect(sorted(result)).toEqual(ITEMS);
    }
    expect(input).toEqual(ITEMS);
  });

  it('does not leave items in place much more than chance', () => {
    // Every position is filled by every item across seeds (no stuck positions).
    const seenAtFirst = new Set(SEEDS.map((seed) => seededShuffle(ITEMS, seed)[0]));
    expect(seenAtFirst.size).toBe(ITEMS.length);
  });

  it('handles empty and one-item lists', () => {
    expect(seededShuffle([], 's')).toEqual([]);
    expect(seededShuffle(['only'], 's')).toEqual(['only']);
  });
});

describe('scrambledOrder', () => {
  it('never returns the correct order, for 2 to 5 items and many seeds', () => {
    for (let n = 2; n <= 5; n += 1) {
      const correct = ITEMS.slice(0, n);
      for (const seed of SEEDS) {
        const order = scrambledOrder(correct, seed);
        expect(order, `${n} items, ${seed}`).not.toEqual(correct);
        expect(sorted(order)).toEqual(correct);
      }
    }
  });

  it('rotates by one when the shuffle happens to come out right', () => {
    const correct = ['a', 'b', 'c'];
    const lucky = SEEDS.find((seed) => seededShuffle(correct, seed).join() === correct.join());
    expect(lucky).toBeDefined();
    expect(scrambledOrder(correct, lucky!)).toEqual(['b', 'c', 'a']);
  });

  it('is deterministic and leaves its input alone', () => {
    const correct = Object.freeze(['a', 'b', 'c', 'd']);
    expect(scrambledOrder(correct, 'k')).toEqual(scrambledOrder(correct, 'k'));
    expect(correct).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('newSeed', () => {
  it('gives a non-empty string that differs between calls', () => {
    const seeds = new Set(Array.from({ length: 20 }, () => newSeed()));
    expect(seeds.size).toBeGreaterThan(15);
    for (const seed of seeds) expect(seed).toMatch(/^[a-z0-9]+$/);
  });
});

describe('planQuestionIds', () => {
  it('keeps the authored order when not shuffling, and respects count', () => {
    expect(planQuestionIds(ITEMS, { shuffle: false, seed: 's' })).toEqual(ITEMS);
    expect(planQuestionIds(ITEMS, { shuffle: false, seed: 's', count: 3 })).toEqual(['a', 'b', 'c']);
    expect(planQuestionIds(ITEMS, { shuffle: false, seed: 's', count: 50 })).toEqual(ITEMS);
  });

  it('shuffles deterministically by seed when asked, and respects count', () => {
    const plan = planQuestionIds(ITEMS, { shuffle: true, seed: 's1' });
    expect(sorted(plan)).toEqual(ITEMS);
    expect(planQuestionIds(ITEMS, { shuffle: true, seed: 's1' })).toEqual(plan);
    expect(planQuestionIds(ITEMS, { shuffle: true, seed: 's1', count: 4 })).toEqual(plan.slice(0, 4));
    const plans = new Set(SEEDS.slice(0, 20).map((seed) => planQuestionIds(ITEMS, { shuffle: true, seed }).join('')));
    expect(plans.size).toBeGreaterThan(15);
    expect(plans.has(ITEMS.join(''))).toBe(false);
  });

  it('does not mutate the ids it is given', () => {
    const ids = Object.freeze(ITEMS.slice());
    planQuestionIds(ids, { shuffle: true, seed: 's' });
    expect(ids).toEqual(ITEMS);
  });
});

describe('displayedOptions', () => {
  const common = { prompt: 'P?', explanation: 'E.', evidence: 'Q' };
  const single: SingleQuestion = {
    ...common,
    id: 'q-single',
    type: 'single',
    options: ['A', 'B', 'C', 'D'],
    answer: 'A',
  };
  const multiple: MultipleQuestion = {
    ...common,
    id: 'q-multiple',
    type: 'multiple',
    options: ['A', 'B', 'C', 'D', 'E'],
    answer: ['A', 'B'],
  };

  it('is deterministic for a seed and question, and a permutation of the options', () => {
    expect(displayedOptions(single, 'seed')).toEqual(displayedOptions(single, 'seed'));
    expect(sorted(displayedOptions(single, 'seed'))).toEqual(single.options);
    expect(sorted(displayedOptions(multiple, 'seed'))).toEqual(multiple.options);
  });

  it('varies with the seed and with the question id', () => {
    const bySeed = new Set(SEEDS.slice(0, 30).map((seed) => displayedOptions(single, seed).join('')));
    expect(bySeed.size).toBeGreaterThan(10);
    const renamed = { ...single, id: 'q-other' };
    const differs = SEEDS.slice(0, 30).some(
      (seed) => displayedOptions(single, seed).join() !== displayedOptions(renamed, seed).join(),
    );
    expect(differs).toBe(true);
  });

  it('does not always put the authored first option (the answer) first', () => {
    const firsts = new Set(SEEDS.slice(0, 40).map((seed) => displayedOptions(single, seed)[0]));
    expect(firsts.size).toBe(4);
  });

  it('gives True/False for true/false questions and nothing for the others', () => {
    const tf: TrueFalseQuestion = { ...common, id: 'tf', type: 'truefalse', answer: true };
    const typed: TypedQuestion = { ...common, id: 't', type: 'typed', answer: 'x' };
    const ordering: OrderingQuestion = { ...common, id: 'o', type: 'ordering', answer: ['1', '2', '3'] };
    expect(displayedOptions(tf, 's')).toEqual(['True', 'False']);
    expect(displayedOptions(typed, 's')).toEqual([]);
    expect(displayedOptions(ordering, 's')).toEqual([]);
  });
});

describe('initialResponse', () => {
  const common = { prompt: 'P?', explanation: 'E.', evidence: 'Q' };
  it('starts an ordering question scrambled, deterministically', () => {
    const ordering: OrderingQuestion = { ...common, id: 'o', type: 'ordering', answer: ['1', '2', '3'] };
    for (const seed of SEEDS.slice(0, 100)) {
      const response = initialResponse(ordering, seed);
      expect(response?.type).toBe('ordering');
      if (response?.type !== 'ordering') continue;
      expect(response.order).not.toEqual(ordering.answer);
      expect(sorted(response.order)).toEqual(ordering.answer);
      expect(initialResponse(ordering, seed)).toEqual(response);
    }
  });

  it('starts other questions empty', () => {
    const typed: TypedQuestion = { ...common, id: 't', type: 'typed', answer: 'x' };
    expect(initialResponse(typed, 's')).toBeUndefined();
  });
});

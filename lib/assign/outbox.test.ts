import { describe, expect, it } from 'vitest';
import { confirm, dropConfirmed, enqueue, mergeAnswers, retryDelay } from './outbox';

const a = (text: string) => ({ type: 'typed' as const, text });

describe('the answer outbox', () => {
  it('keeps only the newest revision of each answer', () => {
    let box = enqueue({}, 'q1', { revision: 1, response: a('one') });
    box = enqueue(box, 'q1', { revision: 2, response: a('two') });
    box = enqueue(box, 'q1', { revision: 1, response: a('stale') });
    expect(box).toEqual({ q1: { revision: 2, response: a('two') } });
  });

  it('a confirmation of an older revision leaves the newer answer queued', () => {
    const box = enqueue({}, 'q1', { revision: 3, response: a('three') });
    expect(confirm(box, 'q1', 2)).toBe(box);
    expect(confirm(box, 'q1', 3)).toEqual({});
    expect(confirm(box, 'q1', 4)).toEqual({});
  });

  it('merges saved and pending answers by revision, and drops what the server has', () => {
    const saved = { q1: { revision: 2, response: a('saved') }, q2: { revision: 5, response: a('server') } };
    const pending = { q1: { revision: 3, response: a('typed offline') }, q2: { revision: 4, response: a('old') } };
    expect(mergeAnswers(saved, pending)).toEqual({ q1: pending.q1, q2: saved.q2 });
    expect(dropConfirmed(pending, saved)).toEqual({ q1: pending.q1 });
  });

  it('backs off up to 30 seconds', () => {
    expect([1, 2, 3, 6, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 30_000, 30_000]);
  });
});

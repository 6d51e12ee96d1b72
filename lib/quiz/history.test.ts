import { describe, expect, it } from 'vitest';
import { addAttempt, ATTEMPTS_KEPT_PER_SET, emptyHistory, findAttempt, latestAttempt } from './history';
import type { AttemptRecord } from './session';

function attempt(id: string, percent: number, retryOf: string | null = null, finishedAt = 0): AttemptRecord {
  return {
    id,
    setId: 'set',
    mode: 'test',
    questionIds: ['q1', 'q2', 'q3', 'q4'],
    responses: {},
    scores: {},
    points: (percent / 100) * 4,
    total: 4,
    percent,
    startedAt: 0,
    finishedAt,
    durationMs: 0,
    retryOf,
  };
}

describe('addAttempt', () => {
  it('starts a history and makes the first whole-set attempt the best', () => {
    const history = addAttempt(undefined, attempt('a1', 50, null, 123));
    expect(history.attempts.map((a) => a.id)).toEqual(['a1']);
    expect(history.best).toEqual({ attemptId: 'a1', percent: 50, points: 2, total: 4, finishedAt: 123 });
  });

  it('keeps the newest attempt first', () => {
    let history = addAttempt(undefined, attempt('a1', 50));
    history = addAttempt(history, attempt('a2', 25));
    history = addAttempt(history, attempt('a3', 75));
    expect(history.attempts.map((a) => a.id)).toEqual(['a3', 'a2', 'a1']);
    expect(latestAttempt(history)?.id).toBe('a3');
    expect(findAttempt(history, 'a2')?.percent).toBe(25);
    expect(findAttempt(history, 'nope')).toBeUndefined();
    expect(latestAttempt(undefined)).toBeUndefined();
  });

  it('replaces an attempt added again with the same id instead of keeping two', () => {
    let history = addAttempt(undefined, attempt('a1', 50));
    history = addAttempt(history, attempt('a2', 25));
    history = addAttempt(history, attempt('a1', 50));
    expect(history.attempts.map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it(`keeps only the newest ${ATTEMPTS_KEPT_PER_SET} attempts`, () => {
    let history = emptyHistory;
    for (let i = 1; i <= ATTEMPTS_KEPT_PER_SET + 5; i += 1) history = addAttempt(history, attempt(`a${i}`, 10));
    expect(history.attempts).toHaveLength(ATTEMPTS_KEPT_PER_SET);
    expect(history.attempts[0]!.id).toBe(`a${ATTEMPTS_KEPT_PER_SET + 5}`);
    expect(history.attempts.at(-1)!.id).toBe('a6');
  });

  it('keeps the best score after its attempt has been trimmed', () => {
    let history = addAttempt(undefined, attempt('best', 90));
    for (let i = 1; i <= ATTEMPTS_KEPT_PER_SET; i += 1) history = addAttempt(history, attempt(`a${i}`, 40));
    expect(findAttempt(history, 'best')).toBeUndefined();
    expect(history.best?.attemptId).toBe('best');
    expect(history.best?.percent).toBe(90);
  });

  it('only lets a higher whole-set score replace the best', () => {
    let history = addAttempt(undefined, attempt('a1', 60));
    history = addAttempt(history, attempt('a2', 40));
    expect(history.best?.attemptId).toBe('a1');
    history = addAttempt(history, attempt('a3', 60));
    expect(history.best?.attemptId).toBe('a1');
    history = addAttempt(history, attempt('a4', 80));
    expect(history.best?.attemptId).toBe('a4');
  });

  it('never takes the best score from a retry of missed questions', () => {
    let history = addAttempt(undefined, attempt('a1', 50));
    history = addAttempt(history, attempt('retry', 100, 'a1'));
    expect(history.attempts.map((a) => a.id)).toEqual(['retry', 'a1']);
    expect(history.best?.attemptId).toBe('a1');
    const onlyRetry = addAttempt(undefined, attempt('retry', 100, 'a0'));
    expect(onlyRetry.best).toBeNull();
  });

  it('does not mutate the history it is given', () => {
    const before = addAttempt(undefined, attempt('a1', 50));
    const snapshot = structuredClone(before);
    addAttempt(before, attempt('a2', 90));
    expect(before).toEqual(snapshot);
    addAttempt(emptyHistory, attempt('a3', 10));
    expect(emptyHistory).toEqual({ attempts: [], best: null });
  });
});

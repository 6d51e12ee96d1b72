import { describe, expect, it } from 'vitest';
import {
  addAttempt,
  attemptScope,
  ATTEMPTS_KEPT_PER_SET,
  emptyHistory,
  findAttempt,
  isNewBest,
  latestAttempt,
  scopeLabel,
} from './history';
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
    setSize: 4,
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

  it('never takes the best score from a draw of some of the questions (5 of 5 out of 14 is not "best 100%")', () => {
    const draw = { ...attempt('draw', 100), setSize: 14 };
    let history = addAttempt(undefined, draw);
    expect(history.best).toBeNull();
    history = addAttempt(history, { ...attempt('whole', 64), total: 14, setSize: 14 });
    expect(history.best?.attemptId).toBe('whole');
  });

  it('lets a whole-set attempt replace a best kept from before, when a draw could still count', () => {
    // Saved by the first version: a best score on 4 of 14 questions.
    let history = addAttempt(undefined, { ...attempt('old-draw', 100), setSize: null });
    expect(history.best).toBeNull(); // an attempt of unknown scope does not become best…
    history = { ...history, best: { attemptId: 'old-draw', percent: 100, points: 4, total: 4, finishedAt: 0 } };
    history = addAttempt(history, { ...attempt('whole', 50), total: 14, points: 7, setSize: 14 });
    expect(history.best?.attemptId).toBe('whole'); // …and gives way to a whole-set one
  });

  it('says what a score is of: the whole set, a draw, or a retry', () => {
    expect(scopeLabel(attemptScope(attempt('a', 50)))).toBe('all 4 questions');
    expect(scopeLabel(attemptScope({ ...attempt('a', 50), setSize: 14 }))).toBe('4 of 14 questions');
    expect(scopeLabel(attemptScope(attempt('a', 50, 'a0')))).toBe('a retry of 4 missed questions');
    expect(scopeLabel(attemptScope({ ...attempt('a', 50), setSize: null }, 14))).toBe('4 of 14 questions');
  });

  it('calls an attempt a new best only when it beats an earlier whole-set attempt', () => {
    const first = attempt('a1', 50);
    let history = addAttempt(undefined, first);
    expect(isNewBest(history, first)).toBe(false);
    const second = attempt('a2', 75);
    history = addAttempt(history, second);
    expect(isNewBest(history, second)).toBe(true);
    expect(isNewBest(history, first)).toBe(false);
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

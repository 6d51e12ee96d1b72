import type { AttemptRecord, BestScore, SetHistory } from './records';

export type { BestScore, SetHistory } from './records';

/**
 * Finished attempts per question set. The newest attempts are kept (for results and, later,
 * progress charts); the best score is kept on its own so it survives the trimming.
 */

export const ATTEMPTS_KEPT_PER_SET = 20;

export const emptyHistory: SetHistory = { attempts: [], best: null };

/**
 * What an attempt's score is of: the whole set, a draw of some of its questions, or a retry of
 * the ones missed last time. `setSizeNow` stands in for attempts saved before the set size was kept.
 */
export type AttemptScope =
  { kind: 'whole'; asked: number } | { kind: 'draw'; asked: number; of: number } | { kind: 'retry'; asked: number };

export function attemptScope(
  attempt: Pick<AttemptRecord, 'retryOf' | 'total' | 'setSize'>,
  setSizeNow?: number,
): AttemptScope {
  if (attempt.retryOf !== null) return { kind: 'retry', asked: attempt.total };
  const of = attempt.setSize ?? setSizeNow ?? attempt.total;
  return attempt.total >= of ? { kind: 'whole', asked: attempt.total } : { kind: 'draw', asked: attempt.total, of };
}

/** "all 14 questions", "5 of 14 questions", "a retry of 3 missed questions". */
export function scopeLabel(scope: AttemptScope): string {
  const questions = (n: number) => `${n} question${n === 1 ? '' : 's'}`;
  switch (scope.kind) {
    case 'whole':
      return scope.asked === 1 ? 'the 1 question' : `all ${questions(scope.asked)}`;
    case 'draw':
      return `${scope.asked} of ${questions(scope.of)}`;
    case 'retry':
      return `a retry of ${scope.asked} missed question${scope.asked === 1 ? '' : 's'}`;
  }
}

/** The short form for badges: "all 14", "5 of 14", "retry of 3". */
export function scopeShortLabel(scope: AttemptScope): string {
  switch (scope.kind) {
    case 'whole':
      return `all ${scope.asked}`;
    case 'draw':
      return `${scope.asked} of ${scope.of}`;
    case 'retry':
      return `retry of ${scope.asked}`;
  }
}

/**
 * Adds a finished attempt. Only whole-set attempts compete for the best score: 5 of 5 on a draw
 * of 5 questions, or 100 % on a retry of the 3 you missed, is not a best score for the set. A best
 * kept from before (when draws could count) gives way to any whole-set attempt.
 */
export function addAttempt(history: SetHistory | undefined, attempt: AttemptRecord): SetHistory {
  const previous = history ?? emptyHistory;
  const attempts = [attempt, ...previous.attempts.filter((a) => a.id !== attempt.id)].slice(0, ATTEMPTS_KEPT_PER_SET);
  const eligible = attempt.setSize !== null && attemptScope(attempt).kind === 'whole';
  const beats = !previous.best || previous.best.total < attempt.total || attempt.percent > previous.best.percent;
  const best: BestScore | null =
    eligible && beats
      ? {
          attemptId: attempt.id,
          percent: attempt.percent,
          points: attempt.points,
          total: attempt.total,
          finishedAt: attempt.finishedAt,
        }
      : previous.best;
  return { attempts, best };
}

export function latestAttempt(history: SetHistory | undefined): AttemptRecord | undefined {
  return history?.attempts[0];
}

/** Whether this attempt set the best score, beating an earlier whole-set attempt. */
export function isNewBest(history: SetHistory | undefined, attempt: AttemptRecord): boolean {
  if (history?.best?.attemptId !== attempt.id) return false;
  return history.attempts.some((other) => other.id !== attempt.id && attemptScope(other).kind === 'whole');
}

export function findAttempt(history: SetHistory | undefined, attemptId: string): AttemptRecord | undefined {
  return history?.attempts.find((attempt) => attempt.id === attemptId);
}

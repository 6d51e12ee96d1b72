import type { AttemptRecord, BestScore, SetHistory } from './records';

export type { BestScore, SetHistory } from './records';

/**
 * Finished attempts per question set. The newest attempts are kept (for results and, later,
 * progress charts); the best score is kept on its own so it survives the trimming.
 */

export const ATTEMPTS_KEPT_PER_SET = 20;

export const emptyHistory: SetHistory = { attempts: [], best: null };

/**
 * Adds a finished attempt. Only whole-set attempts compete for the best score: a retry of the
 * 3 questions you missed scoring 100 % is not a best score for the set.
 */
export function addAttempt(history: SetHistory | undefined, attempt: AttemptRecord): SetHistory {
  const previous = history ?? emptyHistory;
  const attempts = [attempt, ...previous.attempts.filter((a) => a.id !== attempt.id)].slice(0, ATTEMPTS_KEPT_PER_SET);
  const eligible = attempt.retryOf === null;
  const beats = !previous.best || attempt.percent > previous.best.percent;
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

export function findAttempt(history: SetHistory | undefined, attemptId: string): AttemptRecord | undefined {
  return history?.attempts.find((attempt) => attempt.id === attemptId);
}

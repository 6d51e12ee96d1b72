import type { CorrectionsPolicy } from './settings';

/**
 * The rules of an assignment's clock, pure so they are tested on fixed times. The server owns the
 * clock: every time here is the server's, never the student's.
 */

export type AssignmentWindow = {
  opensAt: Date | null;
  closesAt: Date | null;
  /** Closed by the teacher, submitting the attempts still running. */
  closedAt: Date | null;
  /** Closed to new students by the teacher; those still answering finish in their own time. */
  finishingFrom?: Date | null;
};

export type AssignmentState = 'not-open' | 'open' | 'closed';

/** Whether new students may start: closed once any of the three close times has come. */
export function assignmentState(window: AssignmentWindow, now: Date): AssignmentState {
  if (window.finishingFrom && window.finishingFrom <= now) return 'closed';
  return runningState(window, now);
}

/** The state for an attempt already running: "let them finish" does not close it. */
function runningState(window: AssignmentWindow, now: Date): AssignmentState {
  if (window.closedAt && window.closedAt <= now) return 'closed';
  if (window.closesAt && window.closesAt <= now) return 'closed';
  if (window.opensAt && window.opensAt > now) return 'not-open';
  return 'open';
}

/**
 * When an attempt must stop: its time limit (plus any time the teacher added) or the close time,
 * whichever comes first; null when there is neither.
 */
export function attemptDeadline(
  startedAt: Date,
  timeLimitSeconds: number | null,
  closesAt: Date | null,
  extraSeconds = 0,
): Date | null {
  const limit =
    timeLimitSeconds === null ? null : new Date(startedAt.getTime() + (timeLimitSeconds + extraSeconds) * 1000);
  if (!limit) return closesAt;
  if (!closesAt) return limit;
  return limit < closesAt ? limit : closesAt;
}

export type SaveRefusal = 'submitted' | 'time-up' | 'closed' | 'removed';

/** What the student is told when a save or a submit is refused. */
export const SAVE_REFUSAL_MESSAGES: Record<SaveRefusal, string> = {
  submitted: 'This attempt has been submitted: answers can no longer change.',
  'time-up': 'Time is up: answers saved before the time limit count; this one came too late.',
  closed: 'The assignment is closed: answers saved before it closed count; this one came too late.',
  removed: 'Your teacher removed this attempt.',
};

export type AttemptClock = {
  deadline: Date | null;
  submittedAt: Date | null;
  removedAt: Date | null;
};

/** Whether an answer may be saved (or the attempt submitted) now, and if not, why. */
export function saveRefusal(attempt: AttemptClock, window: AssignmentWindow, now: Date): SaveRefusal | null {
  if (attempt.removedAt) return 'removed';
  if (attempt.submittedAt) return 'submitted';
  if (attempt.deadline && attempt.deadline <= now) {
    // Which one ran out: the close time (possibly moved since) or the student's own time limit.
    return window.closesAt && window.closesAt <= now ? 'closed' : 'time-up';
  }
  if (runningState(window, now) === 'closed') return 'closed';
  return null;
}

/** Whether a submitted student sees the corrections now. */
export function correctionsVisible(policy: CorrectionsPolicy, state: AssignmentState): boolean {
  if (policy === 'after-submit') return true;
  if (policy === 'after-close') return state === 'closed';
  return false;
}

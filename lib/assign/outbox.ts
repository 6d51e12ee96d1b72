import type { QuizResponse } from '@/lib/quiz/response';

/**
 * A student's unsaved answers: the latest revision of each question's answer, kept until the
 * server confirms it. Pure, so the rules are tested without a browser:
 *  - a newer answer replaces an older pending one (only the latest needs to reach the server);
 *  - a confirmation removes an entry only if it confirms that revision (a newer one stays queued);
 *  - saved answers from the server and pending ones merge by revision, so a reload offline keeps
 *    what was typed after the last save.
 */

export type PendingAnswer = { revision: number; response: QuizResponse | null };
export type Outbox = Record<string, PendingAnswer>;

export function enqueue(outbox: Outbox, questionId: string, answer: PendingAnswer): Outbox {
  const current = outbox[questionId];
  if (current && current.revision >= answer.revision) return outbox;
  return { ...outbox, [questionId]: answer };
}

export function confirm(outbox: Outbox, questionId: string, revision: number): Outbox {
  const current = outbox[questionId];
  if (!current || current.revision > revision) return outbox;
  const next = { ...outbox };
  delete next[questionId];
  return next;
}

/** The answers to show: the server's, overridden by newer pending ones. */
export function mergeAnswers(
  saved: Readonly<Record<string, PendingAnswer>>,
  pending: Outbox,
): Record<string, PendingAnswer> {
  const merged: Record<string, PendingAnswer> = { ...saved };
  for (const [id, answer] of Object.entries(pending)) {
    if (!merged[id] || merged[id].revision < answer.revision) merged[id] = answer;
  }
  return merged;
}

/** Two queues as one: the newer revision of each answer. */
export function mergeOutboxes(a: Outbox, b: Outbox): Outbox {
  let merged = a;
  for (const [id, answer] of Object.entries(b)) merged = enqueue(merged, id, answer);
  return merged;
}

/** Pending entries the server already has (same or newer revision): nothing left to send. */
export function dropConfirmed(pending: Outbox, saved: Readonly<Record<string, PendingAnswer>>): Outbox {
  let next = pending;
  for (const [id, answer] of Object.entries(saved)) next = confirm(next, id, answer.revision);
  return next;
}

/** Waiting time before the n-th retry (1-based): 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

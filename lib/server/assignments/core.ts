import 'server-only';
import { assignmentState, type SaveRefusal } from '@/lib/assign/policy';
import type { AssignmentInfo } from '@/lib/assign/dto';
import type { Db } from '../db/client';
import type { assignments, attempts } from '../db/schema';

/**
 * What the assignment operations share: their context (the database and the server's clock,
 * injected for tests), the error they throw, the row types and the DTOs built from rows.
 */

export class AssignmentError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly reason?: SaveRefusal | 'not-open' | 'no-attempts-left' | 'rate-limited' | 'unknown-code',
  ) {
    super(message);
  }
}

export const NOT_FOUND = 'No assignment has that code. Check it with your teacher.';
export type AssignmentRow = typeof assignments.$inferSelect;
export type AttemptRow = typeof attempts.$inferSelect;

export type Clock = () => Date;

/** What every operation works with: one database, one clock. */
export type Context = { db: Db; now: Clock };

export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** The close time that applies: the teacher's "close now" or the scheduled one, whichever is earlier. */
export function effectiveClose(assignment: Pick<AssignmentRow, 'closesAt' | 'closedAt'>): Date | null {
  const { closesAt, closedAt } = assignment;
  if (!closedAt) return closesAt;
  if (!closesAt) return closedAt;
  return closedAt < closesAt ? closedAt : closesAt;
}

export function assignmentInfo(row: AssignmentRow, at: Date): AssignmentInfo {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    questionCount: row.questionCount,
    timeLimitSeconds: row.timeLimitSeconds,
    opensAt: row.opensAt?.toISOString() ?? null,
    closesAt: effectiveClose(row)?.toISOString() ?? null,
    state: assignmentState(row, at),
    attemptsAllowed: row.settings.attemptsAllowed,
    corrections: row.settings.corrections,
  };
}

export function teacherAssignmentInfo(row: AssignmentRow, at: Date) {
  return {
    ...assignmentInfo(row, at),
    poolSize: row.questions.length,
    shuffleQuestions: row.settings.shuffleQuestions,
    shuffleOptions: row.settings.shuffleOptions,
    createdAt: row.createdAt.toISOString(),
    /** Closed to new students while those still answering finish. */
    finishing: Boolean(
      row.finishingFrom &&
      row.finishingFrom <= at &&
      !(row.closedAt && row.closedAt <= at) &&
      !(row.closesAt && row.closesAt <= at),
    ),
  };
}

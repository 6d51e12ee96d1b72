import 'server-only';
import { and, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { SnapshotQuestion } from '@/lib/assign/settings';
import { responseLines } from '@/lib/quiz/describe';
import type { QuizResponse } from '@/lib/quiz/response';
import { scoreResponses } from '@/lib/quiz/scoring';
import { assignments, attempts, responses } from '../db/schema';
import type { AssignmentRow, AttemptRow, Context } from './core';

/** Grading: an attempt once, on what was saved in time, whoever asks (the student, the clock, the teacher). */
export function gradingOps({ db, now }: Context) {
  /** Grades what was saved (every save was in time: later ones are refused). No-op once graded. */
  async function gradeAttempt(
    attemptId: string,
    by: 'student' | 'deadline' | 'teacher',
    /** The attempt's assignment when the caller has it already (its questions and keys never change). */
    known?: AssignmentRow,
  ): Promise<AttemptRow | null> {
    return db.transaction(async (tx) => {
      const [attempt] = await tx.select().from(attempts).where(eq(attempts.id, attemptId)).for('update');
      if (!attempt || attempt.submittedAt) return attempt ?? null;
      const assignment =
        known?.id === attempt.assignmentId
          ? known
          : (await tx.select().from(assignments).where(eq(assignments.id, attempt.assignmentId)))[0];
      if (!assignment) return null;
      const saved = await tx
        .select({ questionId: responses.questionId, response: responses.response })
        .from(responses)
        .where(eq(responses.attemptId, attemptId));
      const given: Record<string, QuizResponse> = {};
      for (const row of saved) if (row.response) given[row.questionId] = row.response;
      const questions = new Map<string, SnapshotQuestion>(assignment.questions.map((q) => [q.id, q]));
      const scored = scoreResponses(attempt.questionIds, given, questions);
      const at = now();
      // Every asked question gets a graded row (unanswered ones too), so the statistics are plain SQL.
      await tx
        .insert(responses)
        .values(
          scored.items.map((item) => ({
            attemptId,
            questionId: item.questionId,
            revision: 0,
            response: item.response ?? null,
            savedAt: at,
            score: item.grade.score,
            correct: item.grade.score >= 1,
            answerText: responseLines(item.response).join(' / '),
          })),
        )
        .onConflictDoUpdate({
          target: [responses.attemptId, responses.questionId],
          set: {
            score: sql`excluded.score`,
            correct: sql`excluded.correct`,
            answerText: sql`excluded.answer_text`,
          },
        });
      const submittedAt = by === 'student' || !attempt.deadline || attempt.deadline > at ? at : attempt.deadline;
      const [updated] = await tx
        .update(attempts)
        .set({ submittedAt, submittedBy: by, score: scored.points })
        .where(eq(attempts.id, attemptId))
        .returning();
      return updated ?? null;
    });
  }

  /** Attempts whose time ran out without a submit: graded on what was saved, as if submitted. */
  async function gradeExpired(assignmentId: string): Promise<void> {
    const expired = await db
      .select({ id: attempts.id })
      .from(attempts)
      .where(
        and(
          eq(attempts.assignmentId, assignmentId),
          isNull(attempts.submittedAt),
          isNull(attempts.removedAt),
          isNotNull(attempts.deadline),
          lte(attempts.deadline, now()),
        ),
      );
    for (const { id } of expired) await gradeAttempt(id, 'deadline');
  }

  /**
   * Every attempt, in any assignment, whose time ran out without a submit: graded on what was saved.
   * Run by the sweeper (lib/server/sweeper.ts) so a finished class never shows "In progress", whether
   * or not anyone looks. Several instances may run it at once: grading an attempt twice changes nothing.
   */
  async function gradeDue(batch = 500): Promise<number> {
    const due = await db
      .select({ id: attempts.id })
      .from(attempts)
      .where(
        and(
          isNull(attempts.submittedAt),
          isNull(attempts.removedAt),
          isNotNull(attempts.deadline),
          lte(attempts.deadline, now()),
        ),
      )
      .limit(batch);
    for (const { id } of due) await gradeAttempt(id, 'deadline');
    return due.length;
  }

  return { gradeAttempt, gradeExpired, gradeDue };
}

export type Grading = ReturnType<typeof gradingOps>;

import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import {
  attemptDeadline,
  assignmentState,
  correctionsVisible,
  SAVE_REFUSAL_MESSAGES,
  saveRefusal,
} from '@/lib/assign/policy';
import {
  studentViewSchema,
  type AssignmentInfo,
  type Correction,
  type SaveAnswer,
  type StudentAttempt,
  type StudentView,
} from '@/lib/assign/dto';
import { toPublicQuestion } from '@/lib/quiz/public';
import { drawRules } from '@/lib/quiz/draw-rules';
import { planQuestionIds } from '@/lib/quiz/session';
import type { Client } from '../client';
import { assignments, attempts, responses } from '../db/schema';
import { rateLimiter } from '../limits';
import { correctionsFor } from './corrections';
import { hashSecret, newId, newSecret } from '../secrets';
import {
  AssignmentError,
  assignmentInfo,
  effectiveClose,
  NOT_FOUND,
  type AssignmentRow,
  type AttemptRow,
  type Context,
} from './core';
import type { Grading } from './grading';

/** What a student does: join by code, start an attempt, save answers, submit; and what they see. */
export function studentOps({ db, now }: Context, { gradeAttempt }: Grading) {
  const limits = rateLimiter(db, now);

  /**
   * Every path that tells whether a code exists (join, the student page and API) shares one limit on
   * wrong codes: refused once the client has guessed too often, counted when the code is unknown.
   */
  async function gated<T>(client: Client, run: () => Promise<T>): Promise<T> {
    await limits.check('code-guess', client);
    try {
      return await run();
    } catch (error) {
      if (error instanceof AssignmentError && error.reason === 'unknown-code') await limits.count('code-guess', client);
      throw error;
    }
  }

  async function byCode(code: string): Promise<AssignmentRow | null> {
    const [row] = await db.select().from(assignments).where(eq(assignments.code, code)).limit(1);
    return row ?? null;
  }

  /** The assignment behind a join code, rate-limited per client. Null (after counting) when unknown. */
  async function join(code: string | null, client: Client): Promise<AssignmentInfo | null> {
    await limits.check('code-guess', client);
    const row = code ? await byCode(code) : null;
    if (!row) {
      await limits.count('code-guess', client);
      return null;
    }
    return assignmentInfo(row, now());
  }

  async function requireByCode(code: string): Promise<AssignmentRow> {
    const row = await byCode(code);
    if (!row) throw new AssignmentError(404, NOT_FOUND, undefined, 'unknown-code');
    return row;
  }

  async function latestAttempt(assignmentId: string, studentToken: string | null): Promise<AttemptRow | null> {
    if (!studentToken) return null;
    const [row] = await db
      .select()
      .from(attempts)
      .where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.studentHash, hashSecret(studentToken))))
      .orderBy(desc(attempts.number))
      .limit(1);
    return row ?? null;
  }

  /** What a student sees: the assignment and their own latest attempt (graded first if its time ran out). */
  function studentView(code: string, studentToken: string | null, client: Client): Promise<StudentView> {
    return gated(client, () => viewOf(code, studentToken));
  }

  async function viewOf(code: string, studentToken: string | null): Promise<StudentView> {
    const assignment = await requireByCode(code);
    let attempt = await latestAttempt(assignment.id, studentToken);
    if (attempt && !attempt.submittedAt && !attempt.removedAt) {
      const refusal = saveRefusal(attempt, assignment, now());
      if (refusal === 'time-up' || refusal === 'closed') {
        attempt = (await gradeAttempt(attempt.id, refusal === 'time-up' ? 'deadline' : 'teacher')) ?? attempt;
      }
    }
    return buildStudentView(assignment, attempt);
  }

  async function buildStudentView(assignment: AssignmentRow, attempt: AttemptRow | null): Promise<StudentView> {
    const at = now();
    const info = assignmentInfo(assignment, at);
    if (!attempt || attempt.removedAt) return studentViewSchema.parse({ assignment: info, attempt: null });
    const saved = await db
      .select({ questionId: responses.questionId, revision: responses.revision, response: responses.response })
      .from(responses)
      .where(eq(responses.attemptId, attempt.id));
    const byId = new Map(assignment.questions.map((q) => [q.id, q]));
    const optionSeed = assignment.settings.shuffleOptions ? attempt.seed : assignment.id;
    const dto: StudentAttempt = {
      id: attempt.id,
      number: attempt.number,
      displayName: attempt.displayName,
      questions: attempt.questionIds.flatMap((id) => {
        const question = byId.get(id);
        return question ? [toPublicQuestion(question, optionSeed)] : [];
      }),
      answers: Object.fromEntries(
        saved.map((row) => [row.questionId, { revision: row.revision, response: row.response }]),
      ),
      startedAt: attempt.startedAt.toISOString(),
      deadline: attempt.deadline?.toISOString() ?? null,
      serverNow: at.toISOString(),
      result: attempt.submittedAt ? await attemptResult(assignment, attempt) : null,
      canRetry:
        Boolean(attempt.submittedAt) &&
        attempt.number < assignment.settings.attemptsAllowed &&
        assignmentState(assignment, at) === 'open',
    };
    // Parsed by the strict schema: nothing that is not listed there can reach the student.
    return studentViewSchema.parse({ assignment: info, attempt: dto });
  }

  async function attemptResult(assignment: AssignmentRow, attempt: AttemptRow) {
    const state = assignmentState(assignment, now());
    const policy = assignment.settings.corrections;
    const visible = correctionsVisible(policy, state);
    const corrections: Correction[] | null = visible ? await correctionsFor(db, assignment, attempt) : null;
    return {
      score: attempt.score ?? 0,
      maxScore: attempt.maxScore,
      submittedAt: attempt.submittedAt!.toISOString(),
      submittedBy: attempt.submittedBy ?? 'student',
      corrections,
      correctionsNote: visible
        ? null
        : policy === 'after-close'
          ? 'Your teacher will show the corrections after the assignment closes.'
          : 'Your teacher shows scores only for this assignment.',
    };
  }

  /** Starts an attempt (or returns the one in progress: two tabs, a double click). */
  function startAttempt(
    code: string,
    displayName: string,
    studentToken: string | null,
    client: Client,
  ): Promise<{ studentToken: string; view: StudentView }> {
    return gated(client, () => start(code, displayName, studentToken));
  }

  async function start(
    code: string,
    displayName: string,
    studentToken: string | null,
  ): Promise<{ studentToken: string; view: StudentView }> {
    const assignment = await requireByCode(code);
    const token = studentToken ?? newSecret();
    const at = now();
    const state = assignmentState(assignment, at);
    if (state === 'not-open')
      throw new AssignmentError(409, 'This assignment has not opened yet.', undefined, 'not-open');
    if (state === 'closed') throw new AssignmentError(409, 'This assignment is closed.', undefined, 'closed');
    const latest = await latestAttempt(assignment.id, token);
    if (latest && !latest.submittedAt && !latest.removedAt) {
      return { studentToken: token, view: await viewOf(code, token) };
    }
    if (latest && latest.number >= assignment.settings.attemptsAllowed) {
      throw new AssignmentError(
        409,
        'You have used every attempt this assignment allows.',
        undefined,
        'no-attempts-left',
      );
    }
    const seed = newId();
    const questionIds = planQuestionIds(
      assignment.questions.map((q) => q.id),
      {
        count: assignment.questionCount,
        shuffle: assignment.settings.shuffleQuestions,
        seed,
        // No question in an attempt answers another (lib/quiz/draw-rules.ts).
        rules: drawRules(assignment.questions),
      },
    );
    await db
      .insert(attempts)
      .values({
        id: newId(),
        assignmentId: assignment.id,
        studentHash: hashSecret(token),
        number: (latest?.number ?? 0) + 1,
        displayName,
        seed,
        questionIds,
        startedAt: at,
        deadline: attemptDeadline(at, assignment.timeLimitSeconds, effectiveClose(assignment)),
        maxScore: questionIds.length,
      })
      // Two tabs starting at once: the second insert finds the first and changes nothing.
      .onConflictDoNothing();
    return { studentToken: token, view: await viewOf(code, token) };
  }

  async function ownAttempt(code: string, studentToken: string | null, attemptId: string) {
    const assignment = await requireByCode(code);
    if (!studentToken) throw new AssignmentError(404, 'No attempt of yours was found on this device.');
    const [attempt] = await db
      .select()
      .from(attempts)
      .where(
        and(
          eq(attempts.id, attemptId),
          eq(attempts.assignmentId, assignment.id),
          eq(attempts.studentHash, hashSecret(studentToken)),
        ),
      );
    // Someone else's attempt looks exactly like a missing one.
    if (!attempt) throw new AssignmentError(404, 'No attempt of yours was found on this device.');
    return { assignment, attempt };
  }

  /**
   * Saves one answer. Idempotent on (attempt, question, revision): a repeat or an older revision
   * changes nothing. Refused, with the reason, once the attempt is submitted or its time is up.
   */
  async function saveAnswer(
    code: string,
    studentToken: string | null,
    attemptId: string,
    input: SaveAnswer,
    client: Client,
  ): Promise<{ revision: number }> {
    // The hot path: a save by the attempt's own browser proves it knows the code, so the limit on
    // wrong codes is looked at only when nothing was found.
    const notFound = () =>
      gated(client, async () => {
        await requireByCode(code);
        throw new AssignmentError(404, 'No attempt of yours was found on this device.');
      });
    if (!studentToken) return notFound();
    const studentHash = hashSecret(studentToken);
    // The hot path of a class at work: one query finds and locks the attempt with its assignment's
    // window, and one writes the answer (six queries before, four now counting BEGIN and COMMIT).
    const saved = await db.transaction(async (tx) => {
      // Locks the attempt: a submit waits for this save, and a save after a submit sees it.
      const [row] = await tx
        .select({
          attempt: attempts,
          window: { opensAt: assignments.opensAt, closesAt: assignments.closesAt, closedAt: assignments.closedAt },
        })
        .from(attempts)
        .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
        .where(and(eq(attempts.id, attemptId), eq(assignments.code, code), eq(attempts.studentHash, studentHash)))
        .for('update', { of: attempts });
      if (!row) return null;
      const { attempt, window } = row;
      const refusal = saveRefusal(attempt, window, now());
      if (refusal) throw new AssignmentError(409, SAVE_REFUSAL_MESSAGES[refusal], undefined, refusal);
      if (!attempt.questionIds.includes(input.questionId)) {
        throw new AssignmentError(400, 'questionId: not a question of this attempt', 'questionId');
      }
      const [written] = await tx
        .insert(responses)
        .values({
          attemptId,
          questionId: input.questionId,
          revision: input.revision,
          response: input.response,
          savedAt: now(),
        })
        .onConflictDoUpdate({
          target: [responses.attemptId, responses.questionId],
          set: { revision: input.revision, response: input.response, savedAt: now() },
          setWhere: sql`${responses.revision} < ${input.revision}`,
        })
        .returning({ revision: responses.revision });
      if (written) return { revision: written.revision };
      const [current] = await tx
        .select({ revision: responses.revision })
        .from(responses)
        .where(and(eq(responses.attemptId, attemptId), eq(responses.questionId, input.questionId)));
      return { revision: current?.revision ?? input.revision };
    });
    if (saved) return saved;
    // Nothing found: an unknown code, or someone else's (or no) attempt, which looks the same as a missing one.
    return notFound();
  }

  /** Submits and grades, once: a second submit (another tab, a replayed request) returns the same result. */
  function submitAttempt(
    code: string,
    studentToken: string | null,
    attemptId: string,
    client: Client,
  ): Promise<StudentView> {
    return gated(client, () => submit(code, studentToken, attemptId));
  }

  async function submit(code: string, studentToken: string | null, attemptId: string): Promise<StudentView> {
    const { assignment, attempt } = await ownAttempt(code, studentToken, attemptId);
    if (attempt.removedAt) throw new AssignmentError(409, SAVE_REFUSAL_MESSAGES.removed, undefined, 'removed');
    // A repeated submit answers with the student's latest attempt, as the student page shows it.
    if (attempt.submittedAt) return viewOf(code, studentToken);
    const late = saveRefusal(attempt, assignment, now());
    const by = late === 'time-up' ? 'deadline' : late === 'closed' ? 'teacher' : 'student';
    const graded = await gradeAttempt(attempt.id, by, assignment);
    // An attempt not yet submitted is the student's latest (the next one starts only after a submit).
    return buildStudentView(assignment, graded ?? attempt);
  }

  return { join, studentView, startAttempt, saveAnswer, submitAttempt };
}

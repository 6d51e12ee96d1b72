import 'server-only';
import { and, asc, desc, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import {
  attemptDeadline,
  assignmentState,
  correctionsVisible,
  SAVE_REFUSAL_MESSAGES,
  saveRefusal,
  type SaveRefusal,
} from '@/lib/assign/policy';
import { newJoinCode } from '@/lib/assign/codes';
import {
  studentViewSchema,
  type AssignmentInfo,
  type Correction,
  type SaveAnswer,
  type StudentAttempt,
  type StudentView,
} from '@/lib/assign/dto';
import type { AssignmentSettings, CreateAssignment, SnapshotQuestion } from '@/lib/assign/settings';
import type { QuestionSet } from '@/lib/content/types';
import { correctAnswerLines, responseLines } from '@/lib/quiz/describe';
import { toPublicQuestion } from '@/lib/quiz/public';
import type { QuizResponse } from '@/lib/quiz/response';
import { scoreResponses } from '@/lib/quiz/scoring';
import { planQuestionIds } from '@/lib/quiz/session';
import type { Db } from './db/client';
import { assignments, attempts, joinFailures, responses } from './db/schema';
import { hashSecret, newId, newSecret, secretMatches } from './secrets';

/**
 * The assignments data-access layer: every read and write of assignments, attempts and answers,
 * returning small DTOs. Route handlers parse input and call these; nothing here trusts the caller
 * beyond the types. Grading uses the self-study engine (lib/quiz) on the questions snapshotted
 * into the assignment. The server's clock (injected, for tests) decides every time rule; nothing
 * about an attempt lives in this process's memory, so any number of instances can share one
 * PostgreSQL.
 */

export class AssignmentError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly reason?: SaveRefusal | 'not-open' | 'no-attempts-left' | 'rate-limited',
  ) {
    super(message);
  }
}

const NOT_FOUND = 'No assignment has that code. Check it with your teacher.';
/** Wrong join codes allowed per client in JOIN_WINDOW_MS before answers are refused. */
export const JOIN_FAILURE_LIMIT = 20;
export const JOIN_WINDOW_MS = 10 * 60 * 1000;

type AssignmentRow = typeof assignments.$inferSelect;
type AttemptRow = typeof attempts.$inferSelect;

export type Clock = () => Date;

export type CreatedAssignment = { id: string; code: string; teacherKey: string };

export function assignmentService(db: Db, now: Clock = () => new Date()) {
  // ── Teacher: create ────────────────────────────────────────────────────────────────────────
  async function createAssignment(input: CreateAssignment, sets: readonly QuestionSet[]): Promise<CreatedAssignment> {
    const pool = resolvePool(input, sets);
    const at = now();
    if (input.closesAt && Date.parse(input.closesAt) <= at.getTime()) {
      throw new AssignmentError(400, 'closesAt: the close time has already passed', 'closesAt');
    }
    const settings: AssignmentSettings = {
      setIds: input.setIds,
      questionCount: Math.min(input.questionCount ?? pool.length, pool.length),
      shuffleQuestions: input.shuffleQuestions,
      shuffleOptions: input.shuffleOptions,
      attemptsAllowed: input.attemptsAllowed,
      corrections: input.corrections,
    };
    const teacherKey = newSecret();
    for (let tries = 0; ; tries += 1) {
      const row = {
        id: newId(),
        code: newJoinCode(),
        title: input.title,
        teacherKeyHash: hashSecret(teacherKey),
        settings,
        questions: pool,
        questionCount: settings.questionCount,
        timeLimitSeconds: input.timeLimitMinutes === null ? null : input.timeLimitMinutes * 60,
        opensAt: input.opensAt ? new Date(input.opensAt) : null,
        closesAt: input.closesAt ? new Date(input.closesAt) : null,
        closedAt: null,
        createdAt: at,
      };
      const inserted = await db.insert(assignments).values(row).onConflictDoNothing().returning({ id: assignments.id });
      if (inserted.length === 1) return { id: row.id, code: row.code, teacherKey };
      if (tries >= 5) throw new Error('Could not find a free join code');
    }
  }

  // ── Student: join, start, save, submit ───────────────────────────────────────────────────────
  async function byCode(code: string): Promise<AssignmentRow | null> {
    const [row] = await db.select().from(assignments).where(eq(assignments.code, code)).limit(1);
    return row ?? null;
  }

  /** Counts a wrong code against the client; throws once the client has guessed too often. */
  async function checkJoinAllowed(client: string): Promise<void> {
    const windowStart = new Date(Math.floor(now().getTime() / JOIN_WINDOW_MS) * JOIN_WINDOW_MS);
    const [row] = await db
      .select({ failures: joinFailures.failures })
      .from(joinFailures)
      .where(and(eq(joinFailures.client, client), eq(joinFailures.windowStart, windowStart)));
    if ((row?.failures ?? 0) >= JOIN_FAILURE_LIMIT) {
      const retryAfter = Math.ceil((windowStart.getTime() + JOIN_WINDOW_MS - now().getTime()) / 1000);
      throw new AssignmentError(
        429,
        `Too many wrong codes from this device. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
        'code',
        'rate-limited',
      );
    }
  }

  async function recordJoinFailure(client: string): Promise<void> {
    const windowStart = new Date(Math.floor(now().getTime() / JOIN_WINDOW_MS) * JOIN_WINDOW_MS);
    await db
      .insert(joinFailures)
      .values({ client, windowStart, failures: 1 })
      .onConflictDoUpdate({
        target: [joinFailures.client, joinFailures.windowStart],
        set: { failures: sql`${joinFailures.failures} + 1` },
      });
    // Old windows are kept small: drop those more than an hour old.
    await db
      .delete(joinFailures)
      .where(lte(joinFailures.windowStart, new Date(windowStart.getTime() - 6 * JOIN_WINDOW_MS)));
  }

  /** The assignment behind a join code, rate-limited per client. Null (after counting) when unknown. */
  async function join(code: string | null, client: string): Promise<AssignmentInfo | null> {
    await checkJoinAllowed(client);
    const row = code ? await byCode(code) : null;
    if (!row) {
      await recordJoinFailure(client);
      return null;
    }
    return assignmentInfo(row, now());
  }

  async function requireByCode(code: string): Promise<AssignmentRow> {
    const row = await byCode(code);
    if (!row) throw new AssignmentError(404, NOT_FOUND);
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
  async function studentView(code: string, studentToken: string | null): Promise<StudentView> {
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
    let corrections: Correction[] | null = null;
    if (visible) {
      const rows = await db
        .select({ questionId: responses.questionId, response: responses.response, score: responses.score })
        .from(responses)
        .where(eq(responses.attemptId, attempt.id));
      const byQuestion = new Map(rows.map((row) => [row.questionId, row]));
      const questions = new Map(assignment.questions.map((q) => [q.id, q]));
      corrections = attempt.questionIds.flatMap((id) => {
        const question = questions.get(id);
        if (!question) return [];
        const row = byQuestion.get(id);
        const score = row?.score ?? 0;
        return [
          {
            questionId: id,
            prompt: question.prompt,
            given: responseLines(row?.response ?? undefined),
            verdict: score >= 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect',
            score,
            correct: correctAnswerLines(question),
            explanation: question.explanation,
            articleId: question.articleId,
            evidence: question.citations.map((c) => c.quote),
            sentence: question.citations[0]?.sentences[0] ?? null,
          } satisfies Correction,
        ];
      });
    }
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
  async function startAttempt(
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
      return { studentToken: token, view: await studentView(code, token) };
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
      { count: assignment.questionCount, shuffle: assignment.settings.shuffleQuestions, seed },
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
    return { studentToken: token, view: await studentView(code, token) };
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
  ): Promise<{ revision: number }> {
    if (!studentToken) {
      await requireByCode(code);
      throw new AssignmentError(404, 'No attempt of yours was found on this device.');
    }
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
    await requireByCode(code);
    throw new AssignmentError(404, 'No attempt of yours was found on this device.');
  }

  /** Submits and grades, once: a second submit (another tab, a replayed request) returns the same result. */
  async function submitAttempt(code: string, studentToken: string | null, attemptId: string): Promise<StudentView> {
    const { assignment, attempt } = await ownAttempt(code, studentToken, attemptId);
    if (attempt.removedAt) throw new AssignmentError(409, SAVE_REFUSAL_MESSAGES.removed, undefined, 'removed');
    // A repeated submit answers with the student's latest attempt, as the student page shows it.
    if (attempt.submittedAt) return studentView(code, studentToken);
    const late = saveRefusal(attempt, assignment, now());
    const by = late === 'time-up' ? 'deadline' : late === 'closed' ? 'teacher' : 'student';
    const graded = await gradeAttempt(attempt.id, by, assignment);
    // An attempt not yet submitted is the student's latest (the next one starts only after a submit).
    return buildStudentView(assignment, graded ?? attempt);
  }

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

  // ── Teacher: access, results, actions ────────────────────────────────────────────────────────
  /** The assignment if the key is its teacher key; null for a wrong key and an unknown id alike. */
  async function authorize(assignmentId: string, teacherKey: string | null): Promise<AssignmentRow | null> {
    const [row] = await db.select().from(assignments).where(eq(assignments.id, assignmentId)).limit(1);
    if (!row) {
      secretMatches(teacherKey, '0'.repeat(64)); // the same work either way
      return null;
    }
    return secretMatches(teacherKey, row.teacherKeyHash) ? row : null;
  }

  async function results(assignment: AssignmentRow) {
    await gradeExpired(assignment.id);
    const at = now();
    const live = and(eq(attempts.assignmentId, assignment.id), isNull(attempts.removedAt));
    const graded = and(live, isNotNull(attempts.submittedAt));

    const students = await db
      .select({
        attemptId: attempts.id,
        name: attempts.displayName,
        number: attempts.number,
        startedAt: attempts.startedAt,
        submittedAt: attempts.submittedAt,
        submittedBy: attempts.submittedBy,
        deadline: attempts.deadline,
        score: attempts.score,
        maxScore: attempts.maxScore,
        answered: sql<number>`(select count(*)::int from ${responses} r where r.attempt_id = ${attempts.id} and r.response is not null)`,
        seconds: sql<number | null>`extract(epoch from (${attempts.submittedAt} - ${attempts.startedAt}))::float8`,
      })
      .from(attempts)
      .where(live)
      .orderBy(asc(attempts.startedAt), asc(attempts.id));

    // Per question: facility (mean score) and discrimination (Moodle's: the correlation between
    // the question's score and the rest of the attempt's score), over submitted attempts.
    const items = await db
      .select({
        questionId: responses.questionId,
        attempts: sql<number>`count(*)::int`,
        facility: sql<number>`avg(${responses.score})::float8`,
        discrimination: sql<number | null>`corr(${responses.score}, ${attempts.score} - ${responses.score})::float8`,
      })
      .from(responses)
      .innerJoin(attempts, eq(responses.attemptId, attempts.id))
      .where(graded)
      .groupBy(responses.questionId);

    const wrong = await db.execute<{ question_id: string; answer_text: string; count: number }>(sql`
      select question_id, answer_text, count from (
        select r.question_id, r.answer_text, count(*)::int as count,
               row_number() over (partition by r.question_id order by count(*) desc, r.answer_text) as rank
        from ${responses} r join ${attempts} a on a.id = r.attempt_id
        where a.assignment_id = ${assignment.id} and a.removed_at is null and a.submitted_at is not null
          and r.score < 1 and r.answer_text <> ''
        group by r.question_id, r.answer_text
      ) ranked where rank <= 3 order by question_id, count desc, answer_text`);

    const histogram = await db
      .select({
        bucket: sql<number>`least(floor(${attempts.score} * 10 / greatest(${attempts.maxScore}, 1)), 9)::int`,
        count: sql<number>`count(*)::int`,
      })
      .from(attempts)
      .where(graded)
      .groupBy(sql`1`);

    const wrongByQuestion = new Map<string, { answer: string; count: number }[]>();
    for (const row of rowsOf<{ question_id: string; answer_text: string; count: number }>(wrong)) {
      const list = wrongByQuestion.get(row.question_id) ?? [];
      list.push({ answer: row.answer_text, count: row.count });
      wrongByQuestion.set(row.question_id, list);
    }
    const itemStats = new Map(items.map((item) => [item.questionId, item]));
    const counts = new Map(histogram.map((row) => [row.bucket, row.count]));

    return {
      assignment: teacherAssignmentInfo(assignment, at),
      students: students.map((s) => ({
        attemptId: s.attemptId,
        name: s.name,
        number: s.number,
        status: s.submittedAt ? (s.submittedBy === 'student' ? 'submitted' : 'timed-out') : 'in-progress',
        answered: s.answered,
        asked: s.maxScore,
        score: s.score,
        percent: s.score === null ? null : Math.round((s.score / Math.max(1, s.maxScore)) * 100),
        startedAt: s.startedAt.toISOString(),
        submittedAt: s.submittedAt?.toISOString() ?? null,
        deadline: s.deadline?.toISOString() ?? null,
        seconds: s.seconds === null ? null : Math.round(s.seconds),
      })),
      questions: assignment.questions.map((q) => {
        const stats = itemStats.get(q.id);
        return {
          id: q.id,
          prompt: q.prompt,
          correct: correctAnswerLines(q),
          attempts: stats?.attempts ?? 0,
          facility: stats ? Math.round(stats.facility * 100) : null,
          discrimination:
            stats?.discrimination === null || !stats ? null : Math.round(stats.discrimination * 100) / 100,
          wrongAnswers: wrongByQuestion.get(q.id) ?? [],
        };
      }),
      histogram: Array.from({ length: 10 }, (_, i) => ({
        from: i * 10,
        to: i === 9 ? 100 : i * 10 + 9,
        count: counts.get(i) ?? 0,
      })),
      serverNow: at.toISOString(),
    };
  }

  /** Close now, reopen, or push the close time back; running attempts follow the new close time. */
  async function changeWindow(
    assignment: AssignmentRow,
    action: { type: 'close' } | { type: 'reopen' } | { type: 'extend'; minutes: number },
  ) {
    const at = now();
    let closedAt = assignment.closedAt;
    let closesAt = assignment.closesAt;
    if (action.type === 'close') {
      closedAt = at;
    } else {
      closedAt = null;
      if (action.type === 'extend') {
        const from = closesAt && closesAt > at ? closesAt : at;
        closesAt = new Date(from.getTime() + action.minutes * 60_000);
      } else if (closesAt && closesAt <= at) {
        closesAt = null;
      }
    }
    await db.update(assignments).set({ closedAt, closesAt }).where(eq(assignments.id, assignment.id));
    const updated = { ...assignment, closedAt, closesAt };
    if (action.type === 'close') {
      const running = await db
        .select({ id: attempts.id })
        .from(attempts)
        .where(and(eq(attempts.assignmentId, assignment.id), isNull(attempts.submittedAt), isNull(attempts.removedAt)));
      for (const { id } of running) await gradeAttempt(id, 'teacher');
    } else {
      // Attempts still running get the new close time (never beyond their own time limit).
      const close = effectiveClose(updated);
      const limit = assignment.timeLimitSeconds;
      await db
        .update(attempts)
        .set({
          deadline:
            limit === null
              ? close
              : close === null
                ? sql`${attempts.startedAt} + make_interval(secs => ${limit})`
                : sql`least(${attempts.startedAt} + make_interval(secs => ${limit}), ${close.toISOString()}::timestamptz)`,
        })
        .where(and(eq(attempts.assignmentId, assignment.id), isNull(attempts.submittedAt), isNull(attempts.removedAt)));
    }
    return teacherAssignmentInfo(updated, at);
  }

  async function renameAttempt(assignment: AssignmentRow, attemptId: string, displayName: string): Promise<boolean> {
    const updated = await db
      .update(attempts)
      .set({ displayName })
      .where(and(eq(attempts.id, attemptId), eq(attempts.assignmentId, assignment.id), isNull(attempts.removedAt)))
      .returning({ id: attempts.id });
    return updated.length === 1;
  }

  async function removeAttempt(assignment: AssignmentRow, attemptId: string): Promise<boolean> {
    const updated = await db
      .update(attempts)
      .set({ removedAt: now() })
      .where(and(eq(attempts.id, attemptId), eq(attempts.assignmentId, assignment.id), isNull(attempts.removedAt)))
      .returning({ id: attempts.id });
    return updated.length === 1;
  }

  /** Every graded answer, for the CSV export: one row per student and question. */
  async function answerRows(assignment: AssignmentRow) {
    await gradeExpired(assignment.id);
    return db
      .select({
        attemptId: attempts.id,
        name: attempts.displayName,
        number: attempts.number,
        startedAt: attempts.startedAt,
        submittedAt: attempts.submittedAt,
        submittedBy: attempts.submittedBy,
        attemptScore: attempts.score,
        maxScore: attempts.maxScore,
        questionId: responses.questionId,
        answer: responses.answerText,
        response: responses.response,
        score: responses.score,
        savedAt: responses.savedAt,
      })
      .from(attempts)
      .leftJoin(responses, eq(responses.attemptId, attempts.id))
      .where(and(eq(attempts.assignmentId, assignment.id), isNull(attempts.removedAt)))
      .orderBy(asc(attempts.startedAt), asc(attempts.id), asc(responses.questionId));
  }

  return {
    createAssignment,
    join,
    studentView,
    startAttempt,
    saveAnswer,
    submitAttempt,
    authorize,
    results,
    changeWindow,
    renameAttempt,
    removeAttempt,
    answerRows,
    gradeExpired,
  };
}

export type AssignmentService = ReturnType<typeof assignmentService>;
export type TeacherResults = Awaited<ReturnType<AssignmentService['results']>>;
export type TeacherAssignment = TeacherResults['assignment'];

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** The close time that applies: the teacher's "close now" or the scheduled one, whichever is earlier. */
function effectiveClose(assignment: Pick<AssignmentRow, 'closesAt' | 'closedAt'>): Date | null {
  const { closesAt, closedAt } = assignment;
  if (!closedAt) return closesAt;
  if (!closesAt) return closedAt;
  return closedAt < closesAt ? closedAt : closesAt;
}

function assignmentInfo(row: AssignmentRow, at: Date): AssignmentInfo {
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

function teacherAssignmentInfo(row: AssignmentRow, at: Date) {
  return {
    ...assignmentInfo(row, at),
    poolSize: row.questions.length,
    shuffleQuestions: row.settings.shuffleQuestions,
    shuffleOptions: row.settings.shuffleOptions,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The questions an assignment draws from: whole sets, then hand-picked ones, each once. */
function resolvePool(input: CreateAssignment, sets: readonly QuestionSet[]): SnapshotQuestion[] {
  const byId = new Map(sets.map((set) => [set.id, set]));
  const pool = new Map<string, SnapshotQuestion>();
  input.setIds.forEach((setId, index) => {
    const set = byId.get(setId);
    if (!set) throw new AssignmentError(400, `setIds.${index}: no set "${setId}"`, `setIds.${index}`);
    for (const question of set.questions) if (!pool.has(question.id)) pool.set(question.id, { ...question, setId });
  });
  const authored = new Map<string, SnapshotQuestion>();
  for (const set of sets) {
    if (set.parts) continue; // a combined set repeats its parts' questions
    for (const question of set.questions) authored.set(question.id, { ...question, setId: set.id });
  }
  input.questionIds.forEach((questionId, index) => {
    const question = authored.get(questionId);
    if (!question)
      throw new AssignmentError(400, `questionIds.${index}: no question "${questionId}"`, `questionIds.${index}`);
    if (!pool.has(questionId)) pool.set(questionId, question);
  });
  return [...pool.values()];
}

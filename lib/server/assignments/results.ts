import 'server-only';
import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { teacherAttemptSchema, teacherResultsSchema, type TeacherAttempt, type TeacherResults } from '@/lib/assign/dto';
import { correctAnswerLines } from '@/lib/quiz/describe';
import { attempts, responses } from '../db/schema';
import { rowsOf, teacherAssignmentInfo, type AssignmentRow, type Context } from './core';
import { correctionsFor } from './corrections';
import type { Grading } from './grading';

/** What a teacher reads: the results dashboard (students, item analysis, histogram) and the CSV rows. */
export function resultsOps({ db, now }: Context, { gradeExpired }: Grading) {
  async function results(assignment: AssignmentRow): Promise<TeacherResults> {
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

    // Parsed by the strict schema the dashboard is typed by (lib/assign/dto.ts).
    return teacherResultsSchema.parse({
      assignment: teacherAssignmentInfo(assignment, at),
      students: students.map((s) => ({
        attemptId: s.attemptId,
        name: s.name,
        number: s.number,
        status: !s.submittedAt
          ? 'in-progress'
          : s.submittedBy === 'student'
            ? 'submitted'
            : s.submittedBy === 'teacher'
              ? 'closed'
              : 'timed-out',
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
    });
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

  /** One student's entry, with their answers and the corrections once submitted; null if not in this assignment. */
  async function studentAnswers(assignment: AssignmentRow, attemptId: string): Promise<TeacherAttempt | null> {
    await gradeExpired(assignment.id);
    const [attempt] = await db
      .select()
      .from(attempts)
      .where(and(eq(attempts.id, attemptId), eq(attempts.assignmentId, assignment.id), isNull(attempts.removedAt)))
      .limit(1);
    if (!attempt) return null;
    return teacherAttemptSchema.parse({
      attemptId: attempt.id,
      name: attempt.displayName,
      number: attempt.number,
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      submittedBy: attempt.submittedBy ?? null,
      score: attempt.submittedAt ? (attempt.score ?? 0) : null,
      maxScore: attempt.maxScore,
      corrections: attempt.submittedAt ? await correctionsFor(db, assignment, attempt) : null,
    });
  }

  return { results, answerRows, studentAnswers };
}

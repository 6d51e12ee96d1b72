import 'server-only';
import { eq } from 'drizzle-orm';
import type { Correction } from '@/lib/assign/dto';
import { correctAnswerLines, responseLines } from '@/lib/quiz/describe';
import { responses } from '../db/schema';
import type { AssignmentRow, AttemptRow, Context } from './core';

/**
 * One attempt's answers, question by question, with the right answer, the explanation and the
 * article's evidence: what a student sees after submitting (when the teacher's policy allows) and
 * what the teacher sees when opening a student's entry.
 */
export async function correctionsFor(
  db: Context['db'],
  assignment: AssignmentRow,
  attempt: AttemptRow,
): Promise<Correction[]> {
  const rows = await db
    .select({ questionId: responses.questionId, response: responses.response, score: responses.score })
    .from(responses)
    .where(eq(responses.attemptId, attempt.id));
  const byQuestion = new Map(rows.map((row) => [row.questionId, row]));
  const questions = new Map(assignment.questions.map((q) => [q.id, q]));
  return attempt.questionIds.flatMap((id) => {
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

import type { Question } from '@/lib/content/schema';
import type { Citation } from '@/lib/content/types';
import { correctAnswerLines } from './describe';
import { gradeResponse } from './grade';
import type { QuizGrader } from './public';

/*
 * Kept apart from public.ts so the pages that only show questions (an assignment, graded on the
 * server) do not carry the grader.
 */

/** Grades in the browser, for self-study, where the questions (with their answers) are public. */
export function localGrader(
  questions: ReadonlyMap<string, Question & { articleId: string; citations: Citation[] }>,
): QuizGrader {
  return (questionId, response) => {
    const question = questions.get(questionId);
    if (!question) return null;
    return {
      grade: gradeResponse(question, response),
      correct: correctAnswerLines(question),
      explanation: question.explanation,
      evidence: { articleId: question.articleId, questionId: question.id, citations: question.citations },
    };
  };
}

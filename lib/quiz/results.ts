import type { Question } from '@/lib/content/schema';
import { gradeResponse, verdictFromScore, type Verdict } from './grade';
import type { AttemptRecord } from './records';
import type { QuizResponse } from './response';
import { missedQuestionIds } from './session';

/**
 * What the results page shows for a finished attempt, question by question. Verdicts come from the
 * scores saved with the attempt, so the page agrees with the score even if the content changed
 * since; the question is re-graded only to say "watch the spelling".
 */

export type ReviewItem = {
  questionId: string;
  /** Missing when the question was removed from the set after this attempt. */
  question: Question | undefined;
  response: QuizResponse | undefined;
  score: number;
  verdict: Verdict;
  spelling?: string;
};

export type AttemptReview = {
  items: ReviewItem[];
  fullyRight: number;
  partial: number;
  /** Missed questions that still exist, for "Retry the N you missed". */
  retryIds: string[];
};

export function reviewAttempt(attempt: AttemptRecord, questions: ReadonlyMap<string, Question>): AttemptReview {
  const items = attempt.questionIds.map((questionId): ReviewItem => {
    const question = questions.get(questionId);
    const response = attempt.responses[questionId];
    const score = attempt.scores[questionId] ?? 0;
    const verdict = verdictFromScore(score);
    const again = question && response && verdict === 'correct' ? gradeResponse(question, response) : undefined;
    return {
      questionId,
      question,
      response,
      score,
      verdict,
      ...(again?.verdict === 'correct' && again.spelling ? { spelling: again.spelling } : {}),
    };
  });
  return {
    items,
    fullyRight: items.filter((item) => item.verdict === 'correct').length,
    partial: items.filter((item) => item.verdict === 'partial').length,
    retryIds: missedQuestionIds(attempt).filter((id) => questions.has(id)),
  };
}

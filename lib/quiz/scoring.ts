import type { Question } from '@/lib/content/schema';
import { isAnswerable } from './answerable';
import { gradeResponse, type Grade } from './grade';
import type { AttemptRecord, QuizSession } from './records';
import type { QuizResponse } from './response';
import { activeTimeAt } from './session';

/** Scoring a finished attempt with the grader (kept apart from the moves, which need no grading). */

export type ScoredQuestion = { questionId: string; response: QuizResponse | undefined; grade: Grade };

/** Grades every question of an attempt; a question that is missing from the content scores 0. */
export function scoreResponses(
  questionIds: readonly string[],
  responses: Readonly<Record<string, QuizResponse>>,
  questions: ReadonlyMap<string, Question>,
): { items: ScoredQuestion[]; points: number; total: number; percent: number } {
  const items = questionIds.map((questionId) => {
    const question = questions.get(questionId);
    const response = responses[questionId];
    const grade: Grade = question && response ? gradeResponse(question, response) : { score: 0, verdict: 'incorrect' };
    return { questionId, response, grade };
  });
  const points = items.reduce((sum, item) => sum + item.grade.score, 0);
  const total = questionIds.length;
  return { items, points, total, percent: total === 0 ? 0 : Math.round((points / total) * 100) };
}

/** Turns a finished session into the record kept in history. Unanswered questions score 0. */
export function finishSession(
  session: QuizSession,
  questions: ReadonlyMap<string, Question>,
  now: number,
): AttemptRecord {
  const responses: Record<string, QuizResponse> = {};
  for (const id of session.questionIds) {
    const answer = session.answers[id];
    if (answer && isAnswerable(answer.response)) responses[id] = answer.response;
  }
  const scored = scoreResponses(session.questionIds, responses, questions);
  const activeMs = activeTimeAt(session, now);
  return {
    id: session.id,
    setId: session.setId,
    mode: session.mode,
    questionIds: session.questionIds.slice(),
    responses,
    scores: Object.fromEntries(scored.items.map((item) => [item.questionId, item.grade.score])),
    points: scored.points,
    total: scored.total,
    percent: scored.percent,
    startedAt: session.startedAt,
    finishedAt: now,
    durationMs: activeMs,
    retryOf: session.retryOf,
    setSize: session.setSize,
  };
}

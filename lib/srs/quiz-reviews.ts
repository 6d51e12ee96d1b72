import type { SetHistory } from '@/lib/quiz/records';
import type { Clock } from './days';
import type { Rating, ReviewEntry, SchedulerParams } from './log';

/**
 * Quizzes feed the schedule: every question of a finished quiz counts as a review of its card,
 * wrong (or unanswered) as Again, partly right as Hard, right as Good. The entries' ids come from
 * the attempt and the question, so importing the same history again, or on another device, adds
 * nothing twice.
 */
export function quizRating(score: number): Rating {
  if (score >= 1) return 3;
  if (score <= 0) return 1;
  return 2;
}

export function quizReviewEntries(
  history: Readonly<Record<string, SetHistory>>,
  params: SchedulerParams,
  clock: Pick<Clock, 'offset'>,
): ReviewEntry[] {
  const entries: ReviewEntry[] = [];
  for (const set of Object.values(history)) {
    for (const attempt of set.attempts) {
      for (const questionId of attempt.questionIds) {
        entries.push({
          id: `quiz:${attempt.id}:${questionId}`,
          kind: 'review',
          cardId: questionId,
          rating: quizRating(attempt.scores[questionId] ?? 0),
          at: attempt.finishedAt,
          tz: clock.offset(attempt.finishedAt),
          params,
          source: 'quiz',
        });
      }
    }
  }
  return entries;
}

import { createEmptyCard, fsrs, generatorParameters, State, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { CardRecord } from './card';
import { effectiveReviews, type LogEntry, type Rating, type ReviewEntry, type SchedulerParams } from './log';

/**
 * Scheduling with ts-fsrs (FSRS). Card state is never stored: it is rebuilt by replaying each card's
 * reviews in time order, each with the settings it was made with. ts-fsrs's fuzz is seeded from the
 * review time and the card, so a replay gives exactly the same intervals every time.
 */

export { State };
export { intervalLabel, intervalWords, phaseOf, type Card, type CardPhase, type CardRecord } from './card';

import { MAX_RETENTION, MIN_RETENTION } from './limits';

const schedulers = new Map<number, FSRS>();

/** One scheduler per desired retention (0.80–0.97), with fuzz, and Anki-like learning steps (1m, 10m). */
export function schedulerFor(params: SchedulerParams): FSRS {
  const retention = Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, params.retention));
  let scheduler = schedulers.get(retention);
  if (!scheduler) {
    scheduler = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: true, enable_short_term: true }));
    schedulers.set(retention, scheduler);
  }
  return scheduler;
}

/** Applies one review to a card's record (or to a new card). */
export function applyReview(record: CardRecord | undefined, review: ReviewEntry): CardRecord {
  const card = record?.card ?? createEmptyCard<Card>(new Date(review.at));
  const next = schedulerFor(review.params).next(card, new Date(review.at), review.rating as Grade).card;
  return {
    card: next,
    reviews: (record?.reviews ?? 0) + 1,
    firstReviewAt: record?.firstReviewAt ?? review.at,
    firstReviewTz: record?.firstReviewTz ?? review.tz,
    lastReviewAt: review.at,
  };
}

/** Every reviewed card's state, rebuilt from the log. Cards never reviewed are absent (they are new). */
export function rebuildCards(log: readonly LogEntry[]): Map<string, CardRecord> {
  const cards = new Map<string, CardRecord>();
  for (const review of effectiveReviews(log)) cards.set(review.cardId, applyReview(cards.get(review.cardId), review));
  return cards;
}

/** When each grade would bring the card back: what the grade buttons show. */
export function previewDue(
  record: CardRecord | undefined,
  now: number,
  params: SchedulerParams,
): Record<Rating, number> {
  const card = record?.card ?? createEmptyCard<Card>(new Date(now));
  const preview = schedulerFor(params).repeat(card, new Date(now));
  return {
    1: preview[1].card.due.getTime(),
    2: preview[2].card.due.getTime(),
    3: preview[3].card.due.getTime(),
    4: preview[4].card.due.getTime(),
  };
}

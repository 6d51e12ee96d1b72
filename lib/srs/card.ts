import type { Card } from 'ts-fsrs';

/**
 * What the pages read from a card's schedule: its record, its phase and its interval in words.
 * Kept apart from scheduler.ts, which loads ts-fsrs: pages that only show counts load the
 * scheduler when there is a review log to replay (never on a first visit).
 */

export type { Card };

export type CardRecord = {
  card: Card;
  /** Reviews that count (after undos). */
  reviews: number;
  firstReviewAt: number;
  firstReviewTz: number;
  lastReviewAt: number;
};

/** ts-fsrs's `State` values (checked against ts-fsrs in scheduler.test.ts). */
export const CARD_STATE = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;

export type CardPhase = 'new' | 'learning' | 'review';

export function phaseOf(record: CardRecord | undefined): CardPhase {
  if (!record || record.card.state === CARD_STATE.New) return 'new';
  return record.card.state === CARD_STATE.Review ? 'review' : 'learning';
}

/** "<1m", "10m", "3h", "1d", "4d", "2mo", "1.2y": an interval as a grade button shows it. */
export function intervalLabel(ms: number): string {
  if (ms < 45_000) return '<1m';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, '')}y`;
}

/** "in 10 minutes", "in 4 days": the same interval in words, for screen readers. */
export function intervalWords(ms: number): string {
  if (ms < 45_000) return 'in under a minute';
  const minutes = Math.round(ms / 60_000);
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return `in ${unit(minutes, 'minute')}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${unit(hours, 'hour')}`;
  const days = Math.round(hours / 24);
  if (days < 31) return `in ${unit(days, 'day')}`;
  if (days < 365) return `in ${unit(Math.round(days / 30), 'month')}`;
  return `in ${unit(Math.round(days / 365), 'year')}`;
}

import { addDays, dayKey, type Clock } from './days';
import { effectiveReviews, type LogEntry } from './log';
import { phaseOf, type CardRecord } from './card';

/** Figures for the progress page: reviews per day, the coming week's due cards, cards by phase. */

export type DayCount = { day: string; count: number };

/** Reviews per local day (the day the learner lived, from each review's own offset), oldest first. */
export function reviewsPerDay(log: readonly LogEntry[], clock: Clock, days = 30): DayCount[] {
  const now = clock.now();
  const end = dayKey(now, clock.offset(now));
  const counts = new Map<string, number>();
  for (const review of effectiveReviews(log)) {
    const day = dayKey(review.at, review.tz);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(end, i - days + 1);
    return { day, count: counts.get(day) ?? 0 };
  });
}

/** Cards falling due on each of the next days (today first; overdue cards count for today). */
export function dueForecast(
  cardIds: readonly string[],
  cards: ReadonlyMap<string, CardRecord>,
  clock: Clock,
  days = 7,
): DayCount[] {
  const now = clock.now();
  const first = dayKey(now, clock.offset(now));
  const result = Array.from({ length: days }, (_, i) => ({ day: addDays(first, i), count: 0 }));
  for (const id of cardIds) {
    const record = cards.get(id);
    if (!record || phaseOf(record) === 'new') continue;
    const due = record.card.due.getTime();
    const day = dayKey(due, clock.offset(due));
    const index = day <= first ? 0 : result.findIndex((d) => d.day === day);
    if (index >= 0) result[index]!.count += 1;
  }
  return result;
}

export type PhaseCounts = { new: number; learning: number; review: number };

export function phaseCounts(cardIds: readonly string[], cards: ReadonlyMap<string, CardRecord>): PhaseCounts {
  const counts: PhaseCounts = { new: 0, learning: 0, review: 0 };
  for (const id of cardIds) counts[phaseOf(cards.get(id))] += 1;
  return counts;
}

/** After a session: how many reviews, how many of them Again, and when the deck is next due. */
export function sessionSummary(log: readonly LogEntry[], reviewIds: ReadonlySet<string>) {
  const reviews = effectiveReviews(log).filter((r) => reviewIds.has(r.id));
  const again = reviews.filter((r) => r.rating === 1).length;
  return { reviewed: reviews.length, again, againRate: reviews.length === 0 ? 0 : again / reviews.length };
}

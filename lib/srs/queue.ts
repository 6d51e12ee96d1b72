import { dayKey, type Clock } from './days';
import type { LogEntry } from './log';
import { phaseOf, type CardRecord } from './card';

/**
 * What is due: cards in learning come back by the minute; cards in review are due for the whole
 * local day they fall on (so due counts roll over at the learner's midnight); new cards are let in
 * up to a daily limit, counted in local days too.
 */

/** Learning cards due within this time are shown in the same session (Anki's "learn ahead" limit). */
export const LEARN_AHEAD_MS = 20 * 60_000;

export type StudySettings = { retention: number; newPerDay: number };

export type DeckStatus = {
  /** Cards due now, soonest first. */
  due: string[];
  /** New cards that may be started today, in deck order. */
  fresh: string[];
  /** Cards in learning due within the learn-ahead window: shown when nothing else is left. */
  ahead: string[];
  counts: { due: number; fresh: number; learning: number; review: number; unseen: number };
  /** The next moment a card of this deck falls due (when nothing is due now), or null. */
  nextDue: number | null;
};

/** How many new cards have been started today (their first review was today, local time). */
export function newStartedToday(cards: ReadonlyMap<string, CardRecord>, clock: Clock): number {
  const now = clock.now();
  const day = dayKey(now, clock.offset(now));
  let started = 0;
  for (const record of cards.values()) if (dayKey(record.firstReviewAt, record.firstReviewTz) === day) started += 1;
  return started;
}

export function isDue(record: CardRecord, clock: Clock, learnAheadMs = 0): boolean {
  const now = clock.now();
  const due = record.card.due.getTime();
  if (phaseOf(record) === 'learning') return due <= now + learnAheadMs;
  return dayKey(due, clock.offset(due)) <= dayKey(now, clock.offset(now));
}

export function deckStatus(
  cardIds: readonly string[],
  cards: ReadonlyMap<string, CardRecord>,
  settings: StudySettings,
  clock: Clock,
  /** reviewAhead: cards in review that are not due yet count as "ahead" too (studying ahead). */
  options: { learnAheadMs?: number; newLeftToday?: number; reviewAhead?: boolean } = {},
): DeckStatus {
  const newLeft = options.newLeftToday ?? Math.max(0, settings.newPerDay - newStartedToday(cards, clock));
  const due: Array<{ id: string; at: number }> = [];
  const ahead: Array<{ id: string; at: number }> = [];
  const unseen: string[] = [];
  let learning = 0;
  let review = 0;
  let nextDue: number | null = null;
  for (const id of cardIds) {
    const record = cards.get(id);
    const phase = phaseOf(record);
    if (!record || phase === 'new') {
      unseen.push(id);
      continue;
    }
    if (phase === 'learning') learning += 1;
    else review += 1;
    const at = record.card.due.getTime();
    if (isDue(record, clock)) {
      due.push({ id, at });
      continue;
    }
    if (
      (options.learnAheadMs && isDue(record, clock, options.learnAheadMs)) ||
      (options.reviewAhead && phase === 'review')
    ) {
      ahead.push({ id, at });
    }
    if (nextDue === null || at < nextDue) nextDue = at;
  }
  const soonest = (a: { id: string; at: number }, b: { id: string; at: number }) =>
    a.at - b.at || (a.id < b.id ? -1 : 1);
  due.sort(soonest);
  ahead.sort(soonest);
  const fresh = unseen.slice(0, newLeft);
  return {
    due: due.map((d) => d.id),
    fresh,
    ahead: ahead.map((d) => d.id),
    counts: { due: due.length, fresh: fresh.length, learning, review, unseen: unseen.length },
    nextDue: due.length > 0 || fresh.length > 0 ? null : nextDue,
  };
}

/**
 * The next card to show: a due one first (soonest), then a new one, then a card in learning that is
 * nearly due. The card graded last (`justShown`) waits behind any other card there is, so "Again"
 * does not bring the same card straight back while others wait; alone, it comes back.
 */
export function nextCard(status: DeckStatus, justShown?: string | null): string | undefined {
  const queue = [...status.due, ...status.fresh, ...status.ahead];
  return queue.find((id) => id !== justShown) ?? queue[0];
}

export type { LogEntry };

/**
 * The review log: the source of truth for flashcard scheduling (docs/decisions/012-flashcards-and-fsrs.md).
 * Entries are only ever added. A card's state is rebuilt from its reviews by ts-fsrs, so logs from two
 * devices merged by id give the same state whatever order they arrive in. Undo is an entry too.
 */

export type Rating = 1 | 2 | 3 | 4;
export const RATINGS = [1, 2, 3, 4] as const satisfies readonly Rating[];
export const RATING_LABELS: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** The scheduler settings a review was made with, so a replay schedules it the same way. */
export type SchedulerParams = { retention: number };

export type ReviewEntry = {
  id: string;
  kind: 'review';
  cardId: string;
  rating: Rating;
  /** When, in UTC milliseconds. */
  at: number;
  /** The device's offset from UTC at that moment, in minutes (as Date#getTimezoneOffset gives it). */
  tz: number;
  params: SchedulerParams;
  /** A flashcard grade, or a quiz answer (wrong → Again, partly right → Hard, right → Good). */
  source: 'cards' | 'quiz';
};

/** Cancels one review (Undo). Applies whenever its target is in the log, whichever came first. */
export type UndoEntry = { id: string; kind: 'undo'; target: string; at: number; tz: number };

export type LogEntry = ReviewEntry | UndoEntry;

/** A total order: by time, then id, so every device sorts a merged log the same way. */
export function compareEntries(a: LogEntry, b: LogEntry): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The union of logs by id, sorted. The same entry arriving twice (or from two devices) counts once.
 * Two different entries under one id (a quiz answer imported on two devices in different time
 * zones) resolve to the same one whatever the order: the smaller serialised form wins.
 */
export function mergeLogs(...logs: ReadonlyArray<readonly LogEntry[]>): LogEntry[] {
  const byId = new Map<string, { entry: LogEntry; key: string }>();
  for (const log of logs) {
    for (const entry of log) {
      const seen = byId.get(entry.id);
      if (seen && seen.entry === entry) continue;
      const key = JSON.stringify(entry, Object.keys(entry).sort());
      if (!seen || key < seen.key) byId.set(entry.id, { entry, key });
    }
  }
  return [...byId.values()].map((v) => v.entry).sort(compareEntries);
}

/** The reviews that count: every review not cancelled by an undo, in time order. */
export function effectiveReviews(log: readonly LogEntry[]): ReviewEntry[] {
  const undone = new Set<string>();
  for (const entry of log) if (entry.kind === 'undo') undone.add(entry.target);
  return log
    .filter((entry): entry is ReviewEntry => entry.kind === 'review' && !undone.has(entry.id))
    .sort(compareEntries);
}

/** The last review that can still be undone (made on this device's deck screen, not yet undone). */
export function lastUndoable(
  log: readonly LogEntry[],
  source: ReviewEntry['source'] = 'cards',
): ReviewEntry | undefined {
  const reviews = effectiveReviews(log).filter((entry) => entry.source === source);
  return reviews[reviews.length - 1];
}

/** A unique id: time, and random digits enough that two devices never make the same one. */
export function newEntryId(at: number, random: () => number = Math.random): string {
  const part = () =>
    Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0');
  return `${at.toString(36)}-${part()}${part()}`;
}

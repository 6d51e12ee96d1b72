import { describe, expect, it } from 'vitest';
import { effectiveReviews, lastUndoable, mergeLogs, type LogEntry, type Rating, type ReviewEntry } from './log';
import { CARD_STATE } from './card';
import { intervalLabel, phaseOf, previewDue, rebuildCards, State } from './scheduler';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0); // 2 March 2026, 09:00 UTC
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const params = { retention: 0.9 };

let n = 0;
function review(cardId: string, rating: Rating, at: number, extra: Partial<ReviewEntry> = {}): ReviewEntry {
  n += 1;
  return {
    id: `r${String(n).padStart(4, '0')}`,
    kind: 'review',
    cardId,
    rating,
    at,
    tz: 0,
    params,
    source: 'cards',
    ...extra,
  };
}

/** Reviews a card Good until it reaches the Review state; returns the log. */
function graduate(cardId: string, start: number): LogEntry[] {
  const log: LogEntry[] = [];
  let at = start;
  for (let i = 0; i < 6; i += 1) {
    log.push(review(cardId, 3, at));
    const record = rebuildCards(log).get(cardId)!;
    if (record.card.state === State.Review) return log;
    at = record.card.due.getTime();
  }
  throw new Error('never graduated');
}

it('card.ts keeps the phase values ts-fsrs uses, without loading it', () => {
  expect(CARD_STATE).toEqual({
    New: State.New,
    Learning: State.Learning,
    Review: State.Review,
    Relearning: State.Relearning,
  });
});

describe('scheduling on a fixed clock', () => {
  it('Good brings a card back later than Again', () => {
    const again = rebuildCards([review('c', 1, T0)]).get('c')!;
    const good = rebuildCards([review('c', 3, T0)]).get('c')!;
    expect(good.card.due.getTime()).toBeGreaterThan(again.card.due.getTime());
    const previews = previewDue(undefined, T0, params);
    expect(previews[1]).toBeLessThan(previews[2]);
    expect(previews[2]).toBeLessThan(previews[3]);
    expect(previews[3]).toBeLessThan(previews[4]);
  });

  it('Again on a card in Review adds a lapse and sends it back to relearning', () => {
    const log = graduate('c', T0);
    const before = rebuildCards(log).get('c')!;
    expect(before.card.lapses).toBe(0);
    const lapsed = rebuildCards([...log, review('c', 1, before.card.due.getTime())]).get('c')!;
    expect(lapsed.card.lapses).toBe(1);
    expect(lapsed.card.state).toBe(State.Relearning);
    expect(phaseOf(lapsed)).toBe('learning');
  });

  it('an undo restores the exact previous state of the card', () => {
    const log = graduate('c', T0);
    const before = rebuildCards(log).get('c')!;
    const graded = review('c', 4, before.card.due.getTime() + HOUR);
    expect(rebuildCards([...log, graded]).get('c')).not.toEqual(before);
    const undone = [...log, graded, { id: 'u1', kind: 'undo' as const, target: graded.id, at: graded.at + 1, tz: 0 }];
    expect(rebuildCards(undone).get('c')).toEqual(before);
    expect(lastUndoable(undone)?.id).toBe(log[log.length - 1]!.id);
  });

  it('a card survives a save and load (JSON) unchanged, Dates and all', () => {
    const log = [...graduate('a', T0), review('b', 2, T0 + DAY)];
    const reloaded: LogEntry[] = JSON.parse(JSON.stringify(log));
    expect(rebuildCards(reloaded)).toEqual(rebuildCards(log));
    const card = rebuildCards(reloaded).get('a')!.card;
    expect(card.due).toBeInstanceOf(Date);
    expect(card.last_review).toBeInstanceOf(Date);
  });

  it('replays each review with the retention it was made with', () => {
    const log = graduate('c', T0);
    const due = rebuildCards(log).get('c')!.card.due.getTime();
    const relaxed = rebuildCards([...log, review('c', 3, due, { params: { retention: 0.8 } })]).get('c')!;
    const strict = rebuildCards([...log, review('c', 3, due, { params: { retention: 0.97 } })]).get('c')!;
    expect(relaxed.card.due.getTime()).toBeGreaterThan(strict.card.due.getTime());
  });

  it('labels intervals as a grade button shows them', () => {
    expect(intervalLabel(30_000)).toBe('<1m');
    expect(intervalLabel(10 * 60_000)).toBe('10m');
    expect(intervalLabel(3 * HOUR)).toBe('3h');
    expect(intervalLabel(DAY)).toBe('1d');
    expect(intervalLabel(4 * DAY)).toBe('4d');
    expect(intervalLabel(60 * DAY)).toBe('2mo');
    expect(intervalLabel(400 * DAY)).toBe('1.1y');
  });

  it('keeps only reviews not undone, in time order, whatever order the log is in', () => {
    const a = review('c', 3, T0 + 2);
    const b = review('c', 1, T0 + 1);
    const undo = { id: 'z-undo', kind: 'undo' as const, target: a.id, at: T0 + 3, tz: 0 };
    expect(effectiveReviews([undo, a, b]).map((r) => r.id)).toEqual([b.id]);
    expect(mergeLogs([a], [b, a], [undo]).map((e) => e.id)).toEqual([b.id, a.id, undo.id]);
  });
});

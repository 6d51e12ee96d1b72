import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '@/lib/testing/memory-storage';
import { zoneOffset } from '@/lib/srs/days';
import type { LogEntry } from '@/lib/srs/log';
import * as scheduler from '@/lib/srs/scheduler';
import { rebuildCards } from '@/lib/srs/scheduler';
import { CARDS_STORAGE_KEY, CARDS_STORAGE_VERSION } from './cards-persistence';
import { cardRecords as maybeRecords, createCardsStore, loadScheduler, provideScheduler } from './cards-store';
import { readQuizHistory } from './quiz-history-reader';
import { backupKeys } from './safe-storage';
import { STUDY_STORAGE_KEY, STUDY_STORAGE_VERSION } from './study-persistence';
import { noticeView } from './notices';

const T0 = Date.parse('2026-05-04T08:00:00Z');

/** The records once ts-fsrs is there (each test below provides it, as the flashcards page does). */
const cardRecords = (log: readonly LogEntry[]) => {
  provideScheduler(scheduler);
  return maybeRecords(log)!;
};

describe('loading ts-fsrs only when there are reviews', () => {
  it('needs no scheduler for an empty log, waits for it with reviews, and replays once loaded', async () => {
    expect(maybeRecords([])?.size).toBe(0);
    const review: LogEntry = {
      id: 'r1',
      kind: 'review',
      cardId: 'who-a',
      at: T0,
      tz: 0,
      rating: 3,
      params: { retention: 0.9 },
      source: 'cards',
    };
    const log = [review];
    expect(maybeRecords(log)).toBeNull();
    await loadScheduler();
    expect(maybeRecords(log)?.get('who-a')?.reviews).toBe(1);
  });
});

function setup(storage = new MemoryStorage()) {
  let now = T0;
  let seed = 0;
  const store = createCardsStore({
    storage: () => storage,
    clock: { now: () => now, offset: zoneOffset('Europe/London') },
    random: () => ((seed = (seed * 9301 + 49297) % 233280), seed / 233280),
  });
  return { store, storage, advance: (ms: number) => (now += ms) };
}

async function hydrate(store: ReturnType<typeof createCardsStore>) {
  await store.persist.rehydrate();
  store.setState({ hasHydrated: true });
  return store.getState();
}

const saved = (storage: Storage) => JSON.parse(storage.getItem(CARDS_STORAGE_KEY) ?? 'null');

describe('cards store', () => {
  it('grades append to the saved log, with time, offset and settings; a reload rebuilds the same cards', async () => {
    const { store, storage, advance } = setup();
    await hydrate(store);
    store.getState().grade('who-a', 3);
    advance(60_000);
    store.getState().grade('who-b', 1);
    const log: LogEntry[] = saved(storage).state.log;
    expect(saved(storage).version).toBe(CARDS_STORAGE_VERSION);
    expect(log.map((e) => [e.kind, e.kind === 'review' ? e.cardId : '', e.at, e.tz])).toEqual([
      ['review', 'who-a', T0, -60],
      ['review', 'who-b', T0 + 60_000, -60],
    ]);
    expect(log[0]).toMatchObject({ params: { retention: 0.9 }, source: 'cards' });
    const reloaded = setup(storage).store;
    await hydrate(reloaded);
    expect(cardRecords(reloaded.getState().log)).toEqual(cardRecords(store.getState().log));
  });

  it('undo cancels the last grade (as an entry of its own) and restores the card exactly', async () => {
    const { store, advance } = setup();
    await hydrate(store);
    store.getState().grade('who-a', 3);
    const before = cardRecords(store.getState().log).get('who-a');
    advance(10 * 60_000);
    store.getState().grade('who-a', 4);
    expect(store.getState().undo()?.rating).toBe(4);
    expect(cardRecords(store.getState().log).get('who-a')).toEqual(before);
    expect(store.getState().log.map((e) => e.kind)).toEqual(['review', 'review', 'undo']);
    expect(store.getState().undo()?.rating).toBe(3);
    expect(cardRecords(store.getState().log).get('who-a')).toBeUndefined();
    expect(store.getState().undo()).toBeUndefined();
  });

  it('rebuilding after a grade applies only the new review, and gives what a full replay gives', async () => {
    const { store, advance } = setup();
    await hydrate(store);
    for (const [card, rating] of [
      ['a', 3],
      ['b', 1],
      ['a', 3],
      ['c', 4],
    ] as const) {
      store.getState().grade(card, rating);
      advance(11 * 60_000);
      expect(cardRecords(store.getState().log)).toEqual(rebuildCards(store.getState().log));
    }
    store.getState().undo();
    expect(cardRecords(store.getState().log)).toEqual(rebuildCards(store.getState().log));
  });

  it('a large log is saved just after the change (not during it), and nothing is lost', async () => {
    const { store, storage, advance } = setup();
    await hydrate(store);
    const many: LogEntry[] = Array.from({ length: 2_500 }, (_, i) => ({
      id: `old-${String(i).padStart(5, '0')}`,
      kind: 'review',
      cardId: `card-${i % 50}`,
      rating: 3,
      at: T0 - 100 * 86_400_000 + i * 60_000,
      tz: 0,
      params: { retention: 0.9 },
      source: 'cards',
    }));
    store.getState().addEntries(many); // written at once: the store did not know it was large
    expect(saved(storage).state.log).toHaveLength(2_500);
    advance(1000);
    store.getState().grade('card-1', 4);
    expect(saved(storage).state.log).toHaveLength(2_500); // not yet…
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(saved(storage).state.log).toHaveLength(2_501); // …and then.
  });

  it('adding the same entries twice adds them once', async () => {
    const { store } = setup();
    await hydrate(store);
    const entry: LogEntry = {
      id: 'quiz:a:who-a',
      kind: 'review',
      cardId: 'who-a',
      rating: 1,
      at: T0 - 1000,
      tz: 0,
      params: { retention: 0.9 },
      source: 'quiz',
    };
    store.getState().addEntries([entry]);
    const first = store.getState().log;
    store.getState().addEntries([entry]);
    expect(store.getState().log).toBe(first);
  });

  it('keeps settings within their ranges', async () => {
    const { store } = setup();
    await hydrate(store);
    store.getState().setSettings({ retention: 0.5, newPerDay: -3 });
    expect(store.getState().settings).toEqual({ retention: 0.8, newPerDay: 0 });
    store.getState().setSettings({ retention: 0.999, newPerDay: 40.4 });
    expect(store.getState().settings).toEqual({ retention: 0.97, newPerDay: 40 });
  });

  it('a broken log entry is set aside with the saved value; the others are kept', async () => {
    const storage = new MemoryStorage();
    const good = {
      id: 'r1',
      kind: 'review',
      cardId: 'who-a',
      rating: 3,
      at: T0,
      tz: 0,
      params: { retention: 0.9 },
      source: 'cards',
    };
    const raw = JSON.stringify({
      state: { log: [good, { ...good, id: 'r2', rating: 9 }], settings: { retention: 0.9, newPerDay: 20 } },
      version: CARDS_STORAGE_VERSION,
    });
    storage.setItem(CARDS_STORAGE_KEY, raw);
    const { store } = setup(storage);
    const state = await hydrate(store);
    expect(state.log.map((e) => e.id)).toEqual(['r1']);
    expect(noticeView(state.notice)?.message).toMatch(/Part of your saved flashcard progress could not be read/);
    expect(storage.getItem(backupKeys(storage, CARDS_STORAGE_KEY)[0]!)).toBe(raw);
  });

  it('a log saved by a newer version is never written over', async () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ state: { log: [], settings: {}, decks: [] }, version: CARDS_STORAGE_VERSION + 1 });
    storage.setItem(CARDS_STORAGE_KEY, newer);
    const { store } = setup(storage);
    await hydrate(store);
    store.getState().grade('who-a', 3);
    expect(storage.getItem(CARDS_STORAGE_KEY)).toBe(newer);
    expect(store.storageIsReadOnly()).toBe(true);
  });
});

describe('reading quiz history for the schedule', () => {
  const attempt = {
    id: 'a1',
    setId: 'who',
    mode: 'test',
    questionIds: ['who-a'],
    responses: {},
    scores: { 'who-a': 1 },
    points: 1,
    total: 1,
    percent: 100,
    startedAt: 1,
    finishedAt: 2,
    durationMs: 1,
    retryOf: null,
    setSize: 1,
  };

  it('takes well-formed attempts and leaves out the rest, without writing', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({
      state: { sessions: {}, history: { who: { attempts: [attempt, { ...attempt, id: 5 }], best: null } } },
      version: STUDY_STORAGE_VERSION,
    });
    storage.setItem(STUDY_STORAGE_KEY, raw);
    expect(readQuizHistory(storage).who!.attempts.map((a) => a.id)).toEqual(['a1']);
    expect(storage.getItem(STUDY_STORAGE_KEY)).toBe(raw);
  });

  it('reads nothing from a newer version, broken JSON or no storage', () => {
    const storage = new MemoryStorage();
    storage.setItem(STUDY_STORAGE_KEY, JSON.stringify({ state: { history: {} }, version: 99 }));
    expect(readQuizHistory(storage)).toEqual({});
    storage.setItem(STUDY_STORAGE_KEY, '{"state":');
    expect(readQuizHistory(storage)).toEqual({});
    expect(readQuizHistory(undefined)).toEqual({});
  });
});

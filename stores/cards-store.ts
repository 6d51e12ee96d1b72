import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { systemClock, type Clock } from '@/lib/srs/days';
import { MAX_NEW_PER_DAY, MAX_RETENTION, MIN_RETENTION } from '@/lib/srs/limits';
import { lastUndoable, mergeLogs, newEntryId, type LogEntry, type Rating, type ReviewEntry } from '@/lib/srs/log';
import type { StudySettings } from '@/lib/srs/queue';
import type { CardRecord } from '@/lib/srs/card';
import {
  CARDS_STORAGE_KEY,
  CARDS_STORAGE_VERSION,
  cardsMigrations,
  emptyCards,
  type PersistedCards,
} from './cards-persistence';
import type { StoreNotice } from './notices';
import { createSafeStorage, type Restore } from './safe-storage';

/**
 * Client state for flashcards: the review log and the settings (persisted), from which every card's
 * schedule is rebuilt. A factory, as the study store is; the rules live in lib/srs.
 */

export type CardsState = PersistedCards & {
  hasHydrated: boolean;
  notice: StoreNotice | null;
};

export type CardsActions = {
  /** Grades a card now; returns the new review entry. */
  grade: (cardId: string, rating: Rating) => ReviewEntry;
  /** Cancels the last flashcard grade still standing; returns the undone review, if any. */
  undo: () => ReviewEntry | undefined;
  /** Adds entries made elsewhere (quiz answers, another device): a union by id. */
  addEntries: (entries: readonly LogEntry[]) => void;
  setSettings: (settings: Partial<StudySettings>) => void;
  /** Replaces everything with imported progress (already merged by the caller). */
  replace: (state: PersistedCards) => void;
  dismissNotice: () => void;
};

export type CardsStore = CardsState & CardsActions;

export type CardsStoreOptions = {
  storage?: () => Storage | undefined;
  clock?: Clock;
  random?: () => number;
  loadRestore?: () => Promise<Restore<PersistedCards>>;
};

const clampSettings = (settings: StudySettings): StudySettings => ({
  retention: Math.round(Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, settings.retention)) * 100) / 100,
  newPerDay: Math.round(Math.min(MAX_NEW_PER_DAY, Math.max(0, settings.newPerDay))),
});

export function createCardsStore(options: CardsStoreOptions = {}) {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const getStorage = options.storage ?? (() => (typeof window === 'undefined' ? undefined : window.localStorage));
  const made: { api?: { setState: (partial: Partial<CardsState>) => void; persist: { hasHydrated: () => boolean } } } =
    {};
  let pendingNotice: StoreNotice | null = null;

  const storage = createSafeStorage<PersistedCards>({
    version: CARDS_STORAGE_VERSION,
    migrations: cardsMigrations,
    empty: emptyCards,
    loadRestore: options.loadRestore ?? (async () => (await import('./cards-validation')).restoreCards),
    getStorage,
    now: clock.now,
    onNotice: (notice) => {
      const view: StoreNotice = { stored: notice, what: 'flashcard progress' };
      if (made.api?.persist.hasHydrated()) made.api.setState({ notice: view });
      else pendingNotice = view;
    },
  });

  const store = createStore<CardsStore>()(
    persist(
      (set, get) => ({
        ...emptyCards(),
        hasHydrated: false,
        notice: null,

        grade: (cardId, rating) => {
          const at = clock.now();
          const entry: ReviewEntry = {
            id: newEntryId(at, random),
            kind: 'review',
            cardId,
            rating,
            at,
            tz: clock.offset(at),
            params: { retention: get().settings.retention },
            source: 'cards',
          };
          set({ log: mergeLogs(get().log, [entry]) });
          return entry;
        },
        undo: () => {
          const target = lastUndoable(get().log);
          if (!target) return undefined;
          const at = Math.max(clock.now(), target.at + 1);
          set({
            log: mergeLogs(get().log, [
              { id: newEntryId(at, random), kind: 'undo', target: target.id, at, tz: clock.offset(at) },
            ]),
          });
          return target;
        },
        addEntries: (entries) => {
          const known = new Set(get().log.map((entry) => entry.id));
          if (entries.every((entry) => known.has(entry.id))) return;
          set({ log: mergeLogs(get().log, entries) });
        },
        setSettings: (settings) => set({ settings: clampSettings({ ...get().settings, ...settings }) }),
        replace: (state) => set({ log: mergeLogs(state.log), settings: clampSettings(state.settings) }),
        dismissNotice: () => set({ notice: null }),
      }),
      {
        name: CARDS_STORAGE_KEY,
        version: CARDS_STORAGE_VERSION,
        storage,
        partialize: (state): PersistedCards => ({ log: state.log, settings: state.settings }),
        onRehydrateStorage: () => () => {
          if (pendingNotice && made.api) {
            const notice = pendingNotice;
            pendingNotice = null;
            made.api.setState({ notice });
          }
        },
        skipHydration: true,
      },
    ),
  );
  made.api = store;
  return Object.assign(store, { clock, storageIsReadOnly: () => storage.readOnly });
}

export type CardsStoreApi = ReturnType<typeof createCardsStore>;

type Scheduler = typeof import('@/lib/srs/scheduler');

/**
 * ts-fsrs is loaded only when there are reviews to replay: a first visit (an empty log) shows its
 * counts without it, and the flashcards page loads it on the first touch, key or reveal.
 */
let scheduler: Scheduler | null = null;
let loading: Promise<Scheduler> | null = null;

export function provideScheduler(module: Scheduler): void {
  scheduler = module;
}

/** The scheduler if it has loaded (a state initialiser: a function, so React calls it). */
export function loadedScheduler(): Scheduler | null {
  return scheduler;
}

export function loadScheduler(): Promise<Scheduler> {
  loading ??= import('@/lib/srs/scheduler').then((module) => (scheduler = module));
  return loading;
}

const NO_CARDS: ReadonlyMap<string, CardRecord> = new Map();

let last: { log: readonly LogEntry[]; cards: Map<string, CardRecord> } | null = null;

/**
 * Every card's schedule for a log, or null while the scheduler is still loading (see useCardRecords).
 * A grade appends to the log, so when the new log is the last one
 * plus reviews after its end, only those are applied; anything else (an undo, a merge from another
 * device) replays the whole log. A year of daily study is ~18,000 entries: a full replay takes
 * ~160 ms on this machine, an appended review well under 1 ms.
 */
export function cardRecords(log: readonly LogEntry[]): ReadonlyMap<string, CardRecord> | null {
  if (!log.some((entry) => entry.kind === 'review')) return NO_CARDS;
  if (!scheduler) return null;
  const { applyReview, rebuildCards } = scheduler;
  if (last?.log === log) return last.cards;
  const previous = last;
  let cards: Map<string, CardRecord> | null = null;
  if (previous && log.length > previous.log.length && previous.log.length > 0) {
    const boundary = previous.log.length - 1;
    const sameStart = log[0] === previous.log[0] && log[boundary] === previous.log[boundary];
    const appended = log.slice(previous.log.length);
    const lastAt = previous.log[boundary]!.at;
    if (sameStart && appended.every((entry) => entry.kind === 'review' && entry.at >= lastAt)) {
      cards = new Map(previous.cards);
      for (const entry of appended)
        if (entry.kind === 'review') cards.set(entry.cardId, applyReview(cards.get(entry.cardId), entry));
    }
  }
  cards ??= rebuildCards(log);
  last = { log, cards };
  return cards;
}

import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Question } from '@/lib/content/schema';
import { addAttempt } from '@/lib/quiz/history';
import type { AttemptRecord, QuizMode, QuizSession, SetHistory } from '@/lib/quiz/records';
import type { QuizResponse } from '@/lib/quiz/response';
import { advance, checkCurrent, finishSession, setResponse, startSession } from '@/lib/quiz/session';
import { newSeed } from '@/lib/quiz/shuffle';
import {
  createStudyStorage,
  migrateStudy,
  STUDY_STORAGE_KEY,
  STUDY_STORAGE_VERSION,
  type PersistedStudy,
  type RestoreResult,
} from './study-persistence';

/**
 * Client state for self-study: the quiz in progress for each set and the finished attempts.
 * A factory, not a module-level store (zustand's Next.js guide): each provider makes its own, so a
 * server render never shares state between requests. The rules live in lib/quiz; the actions here
 * only apply them.
 */

export type StudyState = PersistedStudy & {
  /** False until saved progress has been read from the browser; islands render placeholders until then. */
  hasHydrated: boolean;
  /** Said once when saved progress had to be dropped. */
  notice: string | null;
};

export type StartQuizInput = {
  setId: string;
  questionIds: readonly string[];
  mode: QuizMode;
  count?: number;
  shuffle: boolean;
  retryOf?: string | null;
  /** For tests: a fixed seed gives a fixed order. */
  seed?: string;
};

export type StudyActions = {
  startQuiz: (input: StartQuizInput) => QuizSession;
  answer: (setId: string, response: QuizResponse) => void;
  check: (setId: string) => void;
  next: (setId: string) => void;
  /** Scores the session, adds it to history and clears it. Returns the record, if there was a session. */
  finish: (setId: string, questions: ReadonlyMap<string, Question>) => AttemptRecord | undefined;
  discard: (setId: string) => void;
  dismissNotice: () => void;
};

export type StudyStore = StudyState & StudyActions;

function newId(): string {
  return `${Date.now().toString(36)}-${newSeed()}`;
}

export type StudyStoreOptions = {
  storage?: () => Storage | undefined;
  now?: () => number;
};

export function createStudyStore(options: StudyStoreOptions = {}) {
  const now = options.now ?? (() => Date.now());
  const getStorage = options.storage ?? (() => (typeof window === 'undefined' ? undefined : window.localStorage));
  // The validator is fetched only when there is saved progress to check (see study-persistence.ts).
  let restore: ((persisted: unknown) => RestoreResult) | undefined;
  const storage = createStudyStorage(getStorage, async () => {
    restore ??= (await import('./study-validation')).restoreStudy;
  });

  const api = createStore<StudyStore>()(
    persist(
      (set, get) => {
        const updateSession = (setId: string, update: (session: QuizSession) => QuizSession) => {
          const session = get().sessions[setId];
          if (!session) return;
          const next = update(session);
          if (next !== session) set({ sessions: { ...get().sessions, [setId]: next } });
        };

        return {
          sessions: {},
          history: {},
          hasHydrated: false,
          notice: null,

          startQuiz: (input) => {
            const session = startSession({
              id: newId(),
              setId: input.setId,
              mode: input.mode,
              questionIds: input.questionIds,
              count: input.count,
              shuffle: input.shuffle,
              seed: input.seed ?? newSeed(),
              now: now(),
              retryOf: input.retryOf ?? null,
            });
            set({ sessions: { ...get().sessions, [input.setId]: session } });
            return session;
          },
          answer: (setId, response) => updateSession(setId, (s) => setResponse(s, response, now())),
          check: (setId) => updateSession(setId, (s) => checkCurrent(s, now())),
          next: (setId) => updateSession(setId, (s) => advance(s, now())),
          finish: (setId, questions) => {
            const session = get().sessions[setId];
            if (!session) return undefined;
            const record = finishSession(session, questions, now());
            const { [setId]: _finished, ...sessions } = get().sessions;
            set({ sessions, history: { ...get().history, [setId]: addAttempt(get().history[setId], record) } });
            return record;
          },
          discard: (setId) => {
            const { [setId]: _discarded, ...sessions } = get().sessions;
            set({ sessions });
          },
          dismissNotice: () => set({ notice: null }),
        };
      },
      {
        name: STUDY_STORAGE_KEY,
        version: STUDY_STORAGE_VERSION,
        storage,
        partialize: (state): PersistedStudy => ({ sessions: state.sessions, history: state.history }),
        migrate: (persisted, version) => migrateStudy(persisted, version) as PersistedStudy,
        merge: (persisted, current) => {
          // Nothing saved: nothing to check (and the validator was never loaded).
          if (persisted === undefined || persisted === null || !restore) return current;
          const restored = restore(persisted);
          return { ...current, ...restored.state, notice: restored.notice ?? current.notice };
        },
        onRehydrateStorage: () => (_state, error) => {
          if (error) {
            console.warn('Saved study progress could not be checked; it is kept as it was', error);
            api.setState({
              notice:
                'Your saved progress could not be loaded right now. Reload the page to try again; nothing was lost.',
            });
          }
        },
        skipHydration: true,
      },
    ),
  );
  return api;
}

export type StudyStoreApi = ReturnType<typeof createStudyStore>;

/** Type helper for SetHistory consumers. */
export type { SetHistory };

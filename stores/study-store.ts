import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Question } from '@/lib/content/schema';
import { addAttempt } from '@/lib/quiz/history';
import type { AttemptRecord, QuizMode, QuizSession } from '@/lib/quiz/records';
import type { QuizResponse } from '@/lib/quiz/response';
import {
  advance,
  checkCurrent,
  goBack,
  goTo,
  openReview,
  reconcileSession,
  setResponse,
  startSession,
  toggleFlag,
} from '@/lib/quiz/session';
import { newSeed } from '@/lib/quiz/shuffle';
import type { DrawRules } from '@/lib/quiz/draw';
import type { StoreNotice } from './notices';
import { createSafeStorage, type Restore } from './safe-storage';
import {
  emptyStudy,
  STUDY_STORAGE_KEY,
  STUDY_STORAGE_VERSION,
  studyMigrations,
  type PersistedStudy,
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
  /** Said once when saved progress could not be used or saved as usual. */
  notice: StoreNotice | null;
};

export type StartQuizInput = {
  setId: string;
  questionIds: readonly string[];
  mode: QuizMode;
  count?: number;
  shuffle: boolean;
  retryOf?: string | null;
  /** Questions in the whole set, when the pool is only part of it. */
  setSize?: number;
  /** For tests: a fixed seed gives a fixed order. */
  seed?: string;
  /** The set's rules: questions kept apart, and which come first (lib/quiz/draw.ts). */
  rules?: DrawRules;
};

export type StudyActions = {
  startQuiz: (input: StartQuizInput) => QuizSession;
  answer: (setId: string, response: QuizResponse) => void;
  check: (setId: string) => void;
  next: (setId: string) => void;
  back: (setId: string) => void;
  goTo: (setId: string, index: number) => void;
  openReview: (setId: string) => void;
  toggleFlag: (setId: string, questionId: string) => void;
  /**
   * Scores the session with `score` (lib/quiz/scoring.ts's finishSession, given the questions), adds it
   * to history and clears it. Returns the record, if there was a session. The scorer is passed in so the
   * store, which every study page loads, does not carry the grader.
   */
  finish: (setId: string, score: (session: QuizSession, now: number) => AttemptRecord) => AttemptRecord | undefined;
  discard: (setId: string) => void;
  /** Fits a saved quiz to the set's questions as they are now (some may have been removed). */
  reconcile: (setId: string, questions: ReadonlyMap<string, Question>) => void;
  /** Replaces saved quizzes and history with imported progress (already merged by the caller). */
  replaceProgress: (progress: PersistedStudy) => void;
  dismissNotice: () => void;
};

export type StudyStore = StudyState & StudyActions;

function newId(): string {
  return `${Date.now().toString(36)}-${newSeed()}`;
}

export type StudyStoreOptions = {
  storage?: () => Storage | undefined;
  now?: () => number;
  /** For tests: how the schema check is loaded (by default, on demand from study-validation.ts). */
  loadRestore?: () => Promise<Restore<PersistedStudy>>;
};

export function createStudyStore(options: StudyStoreOptions = {}) {
  const now = options.now ?? (() => Date.now());
  const getStorage = options.storage ?? (() => (typeof window === 'undefined' ? undefined : window.localStorage));
  /** The store, once made: the storage reports notices to it. */
  const made: { api?: { setState: (partial: Partial<StudyState>) => void; persist: { hasHydrated: () => boolean } } } =
    {};
  let pendingNotice: StoreNotice | null = null;

  const storage = createSafeStorage<PersistedStudy>({
    version: STUDY_STORAGE_VERSION,
    migrations: studyMigrations,
    empty: emptyStudy,
    // The validator is fetched only when there is saved progress to check.
    loadRestore: options.loadRestore ?? (async () => (await import('./study-validation')).restoreStudy),
    getStorage,
    now,
    onNotice: (notice) => {
      const view: StoreNotice = { stored: notice };
      // While reading, the notice waits for hydration (which replaces the state); afterwards it shows at once.
      if (made.api?.persist.hasHydrated()) made.api.setState({ notice: view });
      else pendingNotice = view;
    },
  });

  const store = createStore<StudyStore>()(
    persist(
      (set, get) => {
        const updateSession = (setId: string, update: (session: QuizSession) => QuizSession) => {
          const session = get().sessions[setId];
          if (!session) return;
          const next = update(session);
          if (next !== session) set({ sessions: { ...get().sessions, [setId]: next } });
        };

        return {
          ...emptyStudy(),
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
              setSize: input.setSize,
              rules: input.rules,
            });
            set({ sessions: { ...get().sessions, [input.setId]: session } });
            return session;
          },
          answer: (setId, response) => updateSession(setId, (s) => setResponse(s, response, now())),
          check: (setId) => updateSession(setId, (s) => checkCurrent(s, now())),
          next: (setId) => updateSession(setId, (s) => advance(s, now())),
          back: (setId) => updateSession(setId, (s) => goBack(s, now())),
          goTo: (setId, index) => updateSession(setId, (s) => goTo(s, index, now())),
          openReview: (setId) => updateSession(setId, (s) => openReview(s, now())),
          toggleFlag: (setId, questionId) => updateSession(setId, (s) => toggleFlag(s, questionId, now())),
          finish: (setId, score) => {
            const session = get().sessions[setId];
            if (!session) return undefined;
            const record = score(session, now());
            const { [setId]: _finished, ...sessions } = get().sessions;
            set({ sessions, history: { ...get().history, [setId]: addAttempt(get().history[setId], record) } });
            return record;
          },
          discard: (setId) => {
            const { [setId]: _discarded, ...sessions } = get().sessions;
            set({ sessions });
          },
          reconcile: (setId, questions) => {
            const session = get().sessions[setId];
            if (!session) return;
            const result = reconcileSession(session, questions);
            if (result.session === session) return;
            const { [setId]: _old, ...others } = get().sessions;
            const parts = [
              result.removedQuestions > 0
                ? `${result.removedQuestions === 1 ? 'A question was' : `${result.removedQuestions} questions were`} removed from this set since you started`
                : '',
              result.clearedAnswers > 0
                ? `${result.clearedAnswers === 1 ? 'one question was' : `${result.clearedAnswers} questions were`} reworded, so ${result.clearedAnswers === 1 ? 'its answer was' : 'their answers were'} cleared`
                : '',
            ].filter(Boolean);
            const message = result.session
              ? `${parts.join(', and ')}. Your other answers are kept.`
              : 'Every question of the quiz you had started was removed from this set, so it was closed. Your past results are kept.';
            set({
              sessions: result.session ? { ...others, [setId]: result.session } : others,
              notice: { message: message.charAt(0).toUpperCase() + message.slice(1) },
            });
          },
          replaceProgress: (progress) => set({ sessions: progress.sessions, history: progress.history }),
          dismissNotice: () => set({ notice: null }),
        };
      },
      {
        name: STUDY_STORAGE_KEY,
        version: STUDY_STORAGE_VERSION,
        storage,
        partialize: (state): PersistedStudy => ({ sessions: state.sessions, history: state.history }),
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
  return Object.assign(store, { storageIsReadOnly: () => storage.readOnly });
}

export type StudyStoreApi = ReturnType<typeof createStudyStore>;

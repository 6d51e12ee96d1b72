import type { QuizSession, SetHistory } from '@/lib/quiz/records';

/**
 * What study progress is saved as in the browser: under which key and version, and how older
 * versions migrate. How it is read and written safely is in safe-storage.ts; the schema check is
 * in study-validation.ts, loaded only when there is a saved value to check
 * (docs/decisions/002-study-progress-in-the-browser.md).
 */

export const STUDY_STORAGE_KEY = 'newsquiz:study-progress';

/**
 * Bump when the saved shape changes, and add a step to `studyMigrations` that turns the previous
 * version into the next one, keeping every entry (a step never drops data: the schema check
 * after it sets aside what does not fit).
 */
export const STUDY_STORAGE_VERSION = 2;

export type PersistedStudy = {
  sessions: Record<string, QuizSession>;
  history: Record<string, SetHistory>;
};

export const emptyStudy = (): PersistedStudy => ({ sessions: {}, history: {} });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function mapEntries(value: unknown, update: (entry: Record<string, unknown>) => unknown): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, isRecord(entry) ? update(entry) : entry]),
  );
}

/** Steps from version n to n + 1. Anything a step does not recognise is passed on unchanged. */
export const studyMigrations: Record<number, (state: unknown) => unknown> = {
  // v1 → v2: test mode gained flags and a review list; sessions and attempts record the set's size
  // (unknown for what was saved before, so null), which says whether a score was of the whole set.
  1: (state) => {
    if (!isRecord(state)) return state;
    return {
      ...state,
      sessions: mapEntries(state.sessions, (session) => ({
        setSize: null,
        flagged: [],
        reviewing: false,
        ...session,
      })),
      history: mapEntries(state.history, (history) => ({
        ...history,
        attempts: Array.isArray(history.attempts)
          ? history.attempts.map((attempt: unknown) => (isRecord(attempt) ? { setSize: null, ...attempt } : attempt))
          : history.attempts,
      })),
    };
  },
};

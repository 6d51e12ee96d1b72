import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { QuizSession, SetHistory } from '@/lib/quiz/records';

/**
 * How study progress is saved in the browser: under which key and version, how older versions
 * migrate, and how storage is read without ever throwing. Checking the saved value against its
 * schema is in study-validation.ts, loaded only when there is a saved value to check, so a first
 * visit does not download the validator (docs/decisions/002-study-progress-in-the-browser.md).
 */

export const STUDY_STORAGE_KEY = 'newsquiz:study-progress';

/**
 * Bump when the saved shape changes, and add a step to `migrations` that turns the previous
 * version into the next one.
 */
export const STUDY_STORAGE_VERSION = 1;

export type PersistedStudy = {
  sessions: Record<string, QuizSession>;
  history: Record<string, SetHistory>;
};

export type RestoreResult = { state: PersistedStudy; dropped: number; notice: string | null };

/** Marks a saved value that cannot be used at all, with the reason, for the merge step to report. */
export const UNUSABLE = '__unusableSavedProgress';
export type UnusableReason = 'newer' | 'older' | 'corrupt';

export function unusable(reason: UnusableReason): Record<string, UnusableReason> {
  return { [UNUSABLE]: reason };
}

/** Steps from version n to n + 1. Version 1 is the first shape, so there are none yet. */
export const migrations: Record<number, (state: unknown) => unknown> = {};

export function migrateStudy(
  persisted: unknown,
  fromVersion: number,
  steps: Record<number, (state: unknown) => unknown> = migrations,
): unknown {
  if (fromVersion > STUDY_STORAGE_VERSION) return unusable('newer');
  let state = persisted;
  for (let version = fromVersion; version < STUDY_STORAGE_VERSION; version += 1) {
    const step = steps[version];
    if (!step) return unusable('older');
    state = step(state);
  }
  return state;
}

export type StudyStorage = PersistStorage<PersistedStudy> & {
  /** True when saved progress exists but could not be checked: nothing is written over it. */
  readonly readOnly: boolean;
};

/**
 * localStorage, read defensively. Unreadable JSON becomes an "unusable" value that the merge step
 * reports, a full or blocked storage never breaks the quiz, and `beforeRead` (loading the
 * validator) runs only when there is something saved. If it fails, the saved value is left alone
 * rather than overwritten with an empty one.
 */
export function createStudyStorage(
  getStorage: () => Storage | undefined,
  beforeRead: () => Promise<void>,
): StudyStorage {
  let readOnly = false;
  return {
    get readOnly() {
      return readOnly;
    },
    getItem(name) {
      let raw: string | null = null;
      try {
        raw = getStorage()?.getItem(name) ?? null;
      } catch {
        return null;
      }
      if (raw === null) return null;
      let value: StorageValue<PersistedStudy>;
      try {
        const parsed: unknown = JSON.parse(raw);
        value =
          parsed && typeof parsed === 'object' && 'state' in parsed
            ? (parsed as StorageValue<PersistedStudy>)
            : { state: unusable('corrupt') as unknown as PersistedStudy, version: STUDY_STORAGE_VERSION };
      } catch {
        value = { state: unusable('corrupt') as unknown as PersistedStudy, version: STUDY_STORAGE_VERSION };
      }
      return beforeRead().then(
        () => value,
        (error: unknown) => {
          readOnly = true;
          throw error;
        },
      );
    },
    setItem(name, value) {
      if (readOnly) return;
      try {
        getStorage()?.setItem(name, JSON.stringify(value));
      } catch {
        // Storage full or blocked (private mode): progress lives on in memory for this visit.
      }
    },
    removeItem(name) {
      try {
        getStorage()?.removeItem(name);
      } catch {
        // Nothing to do.
      }
    },
  };
}

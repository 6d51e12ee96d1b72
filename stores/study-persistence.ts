import * as z from 'zod/mini';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { quizSessionSchema, setHistorySchema, type QuizSession, type SetHistory } from '@/lib/quiz/records';

/**
 * How study progress is saved in the browser: which version, how older versions migrate, and how a
 * saved value is checked on load. Whatever fails the check is dropped, the rest is kept, and the
 * store shows a notice. Nothing here throws.
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

/** Steps from version n to n + 1. Version 1 is the first shape, so there are none yet. */
const migrations: Record<number, (state: unknown) => unknown> = {};

/** Marks a value that cannot be used at all, so the merge step reports it. */
const UNUSABLE = Symbol('unusable saved progress');

export function migrateStudy(persisted: unknown, fromVersion: number): unknown {
  if (fromVersion > STUDY_STORAGE_VERSION) return { [UNUSABLE]: 'newer' };
  let state = persisted;
  for (let version = fromVersion; version < STUDY_STORAGE_VERSION; version += 1) {
    const step = migrations[version];
    if (!step) return { [UNUSABLE]: 'older' };
    state = step(state);
  }
  return state;
}

const UNREADABLE_NOTICE = 'Your saved progress could not be read, so it was cleared. You can start again from any set.';

export type RestoreResult = { state: PersistedStudy; dropped: number; notice: string | null };

const containerSchema = z.object({
  sessions: z.optional(z.record(z.string(), z.unknown())),
  history: z.optional(z.record(z.string(), z.unknown())),
});

/**
 * Checks a saved value entry by entry: one broken quiz in progress does not cost the learner the
 * history of every other set.
 */
export function restoreStudy(persisted: unknown): RestoreResult {
  const empty: PersistedStudy = { sessions: {}, history: {} };
  if (persisted === undefined || persisted === null) return { state: empty, dropped: 0, notice: null };
  if (typeof persisted === 'object' && UNUSABLE in persisted) {
    const which = (persisted as Record<symbol, string>)[UNUSABLE];
    const notices: Record<string, string> = {
      newer: 'Your saved progress was made by a newer version of this app and could not be loaded here.',
      older: 'Your saved progress was from an older version of this app and could not be carried over.',
    };
    return { state: empty, dropped: 1, notice: notices[which ?? ''] ?? UNREADABLE_NOTICE };
  }
  const container = containerSchema.safeParse(persisted);
  if (!container.success) {
    return { state: empty, dropped: 1, notice: UNREADABLE_NOTICE };
  }
  let dropped = 0;
  const sessions: Record<string, QuizSession> = {};
  for (const [setId, value] of Object.entries(container.data.sessions ?? {})) {
    const parsed = quizSessionSchema.safeParse(value);
    if (parsed.success && parsed.data.setId === setId) sessions[setId] = parsed.data;
    else dropped += 1;
  }
  const history: Record<string, SetHistory> = {};
  for (const [setId, value] of Object.entries(container.data.history ?? {})) {
    const parsed = setHistorySchema.safeParse(value);
    if (parsed.success) history[setId] = parsed.data;
    else dropped += 1;
  }
  const notice =
    dropped === 0
      ? null
      : `Part of your saved progress could not be read and was cleared (${dropped} item${dropped === 1 ? '' : 's'}). Everything else is as you left it.`;
  return { state: { sessions, history }, dropped, notice };
}

/**
 * localStorage, read defensively: unreadable JSON becomes a value the merge step rejects (with a
 * notice) instead of an exception, and a full or blocked storage never breaks the quiz.
 */
export function createStudyStorage(getStorage: () => Storage | undefined): PersistStorage<PersistedStudy> {
  return {
    getItem(name) {
      let raw: string | null = null;
      try {
        raw = getStorage()?.getItem(name) ?? null;
      } catch {
        return null;
      }
      if (raw === null) return null;
      const corrupt = { state: { [UNUSABLE]: 'corrupt' } as unknown as PersistedStudy, version: STUDY_STORAGE_VERSION };
      try {
        const parsed: unknown = JSON.parse(raw);
        if (!parsed || typeof parsed !== 'object' || !('state' in parsed)) return corrupt;
        return parsed as StorageValue<PersistedStudy>;
      } catch {
        return corrupt;
      }
    },
    setItem(name, value) {
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

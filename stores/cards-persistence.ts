import { DEFAULT_NEW_PER_DAY, DEFAULT_RETENTION } from '@/lib/srs/limits';
import type { LogEntry } from '@/lib/srs/log';
import type { StudySettings } from '@/lib/srs/queue';

/**
 * What the flashcard store saves in the browser, apart from study progress: the review log (the
 * source of truth of every card's schedule) and the two settings. Its own key and version, read
 * and written through safe-storage.ts like every store.
 *
 * localStorage, not IndexedDB, for now: measured in docs/decisions/012-flashcards-and-fsrs.md. A
 * year at 50 reviews a day (18,250 entries, 2.9 MB) saves in 130–300 ms in Chromium here, so large
 * saves wait for the end of the grade (safe-storage.ts), and a grade rebuilds only its own card.
 */

export const CARDS_STORAGE_KEY = 'newsquiz:cards';

/** Bump with a step in `cardsMigrations` when the saved shape changes. */
export const CARDS_STORAGE_VERSION = 1;

export type PersistedCards = { log: LogEntry[]; settings: StudySettings };

export const defaultSettings = (): StudySettings => ({ retention: DEFAULT_RETENTION, newPerDay: DEFAULT_NEW_PER_DAY });

export const emptyCards = (): PersistedCards => ({ log: [], settings: defaultSettings() });

export const cardsMigrations: Record<number, (state: unknown) => unknown> = {};

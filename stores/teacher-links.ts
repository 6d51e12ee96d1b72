import { createSafeRecord } from './safe-record';
import type { StoredNotice } from './safe-storage';

/**
 * The teacher's links and keys kept in this browser: the assignments and the articles they made.
 * A key is the only way back to an assignment's results or an article's page, so these lists go
 * through safe-storage's record (an entry it cannot read is copied aside, another tab's additions
 * are kept), can be saved to a file and read back on another device, and the teacher is reminded
 * of links made since the last file. Without sign-in this file is how a teacher moves devices.
 */

export type SavedAssignment = { id: string; title: string; code: string; key: string; createdAt: string };
export type SavedArticle = { id: string; title: string; key: string; publishedAt: string };

type Entries<T> = { entries: T[] };

const ASSIGNMENTS_KEY = 'newsquiz:teacher-assignments';
const ARTICLES_KEY = 'newsquiz:teacher-articles';
const SAVED_KEY = 'newsquiz:teacher-links-saved';
const CHANGED = 'newsquiz:teacher-links';

const text = (value: unknown, max = 2000): value is string => typeof value === 'string' && value.length <= max;
const when = (value: unknown): value is string => text(value, 40) && !Number.isNaN(Date.parse(value));

export function isSavedAssignment(value: unknown): value is SavedAssignment {
  const a = value as SavedAssignment | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    text(a.id, 64) &&
    a.id !== '' &&
    text(a.title, 200) &&
    text(a.code, 12) &&
    text(a.key, 200) &&
    a.key !== '' &&
    when(a.createdAt)
  );
}

export function isSavedArticle(value: unknown): value is SavedArticle {
  const a = value as SavedArticle | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    text(a.id, 200) &&
    a.id !== '' &&
    text(a.title, 200) &&
    text(a.key, 200) &&
    a.key !== '' &&
    when(a.publishedAt)
  );
}

function listRecord<T>(key: string, isEntry: (value: unknown) => value is T) {
  return createSafeRecord<Entries<T>>({
    key,
    version: 1,
    // Version 0: the bare array these lists were saved as before.
    migrations: { 0: (state) => ({ entries: state }) },
    empty: () => ({ entries: [] }),
    restore: (state) => {
      const entries = (state as { entries?: unknown } | null)?.entries;
      if (!Array.isArray(entries)) return null;
      const valid = entries.filter(isEntry);
      return { state: { entries: valid }, dropped: entries.length - valid.length };
    },
  });
}

const assignments = () => listRecord(ASSIGNMENTS_KEY, isSavedAssignment);
const articles = () => listRecord(ARTICLES_KEY, isSavedArticle);
const savedToFile = () =>
  createSafeRecord<{ at: string | null }>({
    key: SAVED_KEY,
    version: 1,
    empty: () => ({ at: null }),
    restore: (state) => {
      const at = (state as { at?: unknown } | null)?.at;
      return at === null || when(at) ? { state: { at }, dropped: 0 } : null;
    },
  });

function changed() {
  window.dispatchEvent(new Event(CHANGED));
}

/** Newest first, one entry per id (the latest kept). */
function upsert<T extends { id: string }>(list: T[], entry: T): T[] {
  return [entry, ...list.filter((item) => item.id !== entry.id)];
}

/** Keeps an assignment's link; a notice when it could not be kept (the page shows the link to copy). */
export function rememberAssignment(entry: SavedAssignment): StoredNotice | null {
  const result = assignments().update((current) => ({ entries: upsert(current.entries, entry) }));
  changed();
  return result.written ? null : result.notice;
}

/** Keeps an article's link; publishing it again keeps its first date (its key is the same). */
export function rememberArticle(entry: SavedArticle): StoredNotice | null {
  const result = articles().update((current) => {
    const known = current.entries.find((item) => item.id === entry.id);
    return { entries: upsert(current.entries, known ? { ...entry, publishedAt: known.publishedAt } : entry) };
  });
  changed();
  return result.written ? null : result.notice;
}

export type TeacherLinks = {
  assignments: SavedAssignment[];
  articles: SavedArticle[];
  /** When the links were last saved to a file (null: never). */
  savedAt: string | null;
  /** Links made since then: kept only in this browser. */
  unsaved: number;
  /** Something in the saved lists could not be read (it is kept aside when next written). */
  notice: StoredNotice | null;
};

export function readTeacherLinks(): TeacherLinks {
  const a = assignments().read();
  const b = articles().read();
  const savedAt = savedToFile().read().state.at;
  const since = (iso: string) => savedAt === null || Date.parse(iso) > Date.parse(savedAt);
  return {
    assignments: a.state.entries,
    articles: b.state.entries,
    savedAt,
    unsaved:
      a.state.entries.filter((entry) => since(entry.createdAt)).length +
      b.state.entries.filter((entry) => since(entry.publishedAt)).length,
    notice: a.notice ?? b.notice,
  };
}

export const LINKS_FILE_KIND = 'newsquiz-teacher-links';

/** The file of every link and key: JSON, readable by a person, read back by importTeacherLinks. */
export function teacherLinksFile(now = new Date()): { name: string; text: string } {
  const { assignments: a, articles: b } = readTeacherLinks();
  const text = JSON.stringify(
    {
      kind: LINKS_FILE_KIND,
      version: 1,
      savedAt: now.toISOString(),
      note: 'Your Newsquiz teacher links. Anyone with this file can see your results: keep it private.',
      assignments: a,
      articles: b,
    },
    null,
    2,
  );
  return { name: `newsquiz-teacher-links-${now.toISOString().slice(0, 10)}.json`, text };
}

/** Marks the links as saved to a file now (after the download). */
export function markLinksSaved(now = new Date()): void {
  savedToFile().update(() => ({ at: now.toISOString() }));
  changed();
}

export type ImportResult =
  { ok: true; added: number; alreadyHere: number; skipped: number } | { ok: false; message: string };

/** Adds the links of a file to this browser's (those already here are kept as they are). */
export function importTeacherLinks(fileText: string): ImportResult {
  let file: unknown;
  try {
    file = JSON.parse(fileText);
  } catch {
    return { ok: false, message: 'This is not a file of teacher links (it is not JSON).' };
  }
  const data = file as { kind?: unknown; version?: unknown; assignments?: unknown; articles?: unknown } | null;
  if (!data || data.kind !== LINKS_FILE_KIND) {
    return { ok: false, message: 'This is not a file of teacher links saved from Newsquiz.' };
  }
  if (typeof data.version !== 'number' || data.version > 1) {
    return {
      ok: false,
      message: 'This file was saved by a newer version of Newsquiz: update this page and try again.',
    };
  }
  const incomingAssignments = Array.isArray(data.assignments) ? data.assignments : [];
  const incomingArticles = Array.isArray(data.articles) ? data.articles : [];
  const validAssignments = incomingAssignments.filter(isSavedAssignment);
  const validArticles = incomingArticles.filter(isSavedArticle);
  const skipped = incomingAssignments.length - validAssignments.length + incomingArticles.length - validArticles.length;
  let added = 0;
  let alreadyHere = 0;
  const merge = <T extends { id: string }>(current: T[], incoming: T[]): T[] => {
    const known = new Set(current.map((entry) => entry.id));
    const fresh = incoming.filter((entry) => {
      if (known.has(entry.id)) {
        alreadyHere += 1;
        return false;
      }
      known.add(entry.id);
      added += 1;
      return true;
    });
    return [...current, ...fresh];
  };
  const a = assignments().update((current) => ({ entries: merge(current.entries, validAssignments) }));
  const b = articles().update((current) => ({ entries: merge(current.entries, validArticles) }));
  changed();
  if (!a.written || !b.written) {
    return { ok: false, message: 'This browser would not keep the links (its storage is full or blocked).' };
  }
  return { ok: true, added, alreadyHere, skipped };
}

export function subscribeTeacherLinks(callback: () => void): () => void {
  window.addEventListener('storage', callback);
  window.addEventListener(CHANGED, callback);
  return () => {
    window.removeEventListener('storage', callback);
    window.removeEventListener(CHANGED, callback);
  };
}

let cache: { raw: string; links: TeacherLinks } | null = null;

/** For useSyncExternalStore: the same object while nothing changed. */
export function teacherLinksSnapshot(): TeacherLinks {
  let raw = '';
  try {
    raw = [ASSIGNMENTS_KEY, ARTICLES_KEY, SAVED_KEY].map((key) => localStorage.getItem(key) ?? '').join('\u0000');
  } catch {
    raw = 'unavailable';
  }
  if (cache?.raw !== raw) cache = { raw, links: readTeacherLinks() };
  return cache.links;
}

export const NO_TEACHER_LINKS: TeacherLinks = {
  assignments: [],
  articles: [],
  savedAt: null,
  unsaved: 0,
  notice: null,
};

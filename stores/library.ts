import type { Citation } from '@/lib/content/types';
import type { DeckCard } from '@/lib/srs/deck';
import type { LibraryArticle, LibrarySet } from '@/lib/srs/library';
import { createSafeRecord } from './safe-record';

export type { LibraryArticle, LibrarySet };

/**
 * The teachers' articles a student has opened by a share link, kept in this browser so they stay
 * reachable from Home and Progress and their cards join "Study due cards" like the app's own (the
 * server does not know who studied what: no student accounts). Each visit to a shared page writes
 * the article's sets and cards again, so a republished article is picked up.
 */

export const LIBRARY_KEY = 'newsquiz:library';
/** Dispatched on window when this tab changes the library (other tabs hear the storage event). */
export const LIBRARY_CHANGED = 'newsquiz:library-changed';
const MAX_ARTICLES = 50;

const isText = (value: unknown, max = 5000): value is string => typeof value === 'string' && value.length <= max;
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => isText(v));

function isCitation(value: unknown): value is Citation {
  const c = value as Citation | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    isText(c.quote) &&
    Array.isArray(c.sentences) &&
    c.sentences.every(Number.isInteger) &&
    Number.isInteger(c.start) &&
    Number.isInteger(c.end)
  );
}

function isCard(value: unknown): value is DeckCard {
  const c = value as DeckCard | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    isText(c.id, 200) &&
    isText(c.front) &&
    isText(c.back) &&
    isTexts(c.lines) &&
    typeof c.ordered === 'boolean' &&
    isText(c.explanation) &&
    isText(c.articleId, 200) &&
    Array.isArray(c.citations) &&
    c.citations.every(isCitation)
  );
}

function isSet(value: unknown): value is LibrarySet {
  const s = value as LibrarySet | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    isText(s.id, 200) &&
    isText(s.title, 200) &&
    typeof s.combined === 'boolean' &&
    isTexts(s.cardIds)
  );
}

export function isLibraryArticle(value: unknown): value is LibraryArticle {
  const a = value as LibraryArticle | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    isText(a.articleId, 200) &&
    a.articleId !== '' &&
    isText(a.title, 300) &&
    isText(a.date, 10) &&
    Array.isArray(a.sets) &&
    a.sets.every(isSet) &&
    Array.isArray(a.cards) &&
    a.cards.every(isCard) &&
    isText(a.seenAt, 40)
  );
}

type Library = { articles: LibraryArticle[] };

const record = () =>
  createSafeRecord<Library>({
    key: LIBRARY_KEY,
    version: 1,
    empty: () => ({ articles: [] }),
    restore: (state) => {
      const articles = (state as { articles?: unknown } | null)?.articles;
      if (!Array.isArray(articles)) return null;
      const valid = articles.filter(isLibraryArticle);
      return { state: { articles: valid }, dropped: articles.length - valid.length };
    },
  });

/** The shared articles opened here, most recently opened first. */
export function readLibrary(): LibraryArticle[] {
  return record().read().state.articles;
}

/** Keeps (or refreshes) a shared article; the oldest fall off past 50. False when it could not be saved. */
export function rememberSharedArticle(entry: LibraryArticle): boolean {
  const result = record().update((current) => ({
    articles: [entry, ...current.articles.filter((a) => a.articleId !== entry.articleId)].slice(0, MAX_ARTICLES),
  }));
  window.dispatchEvent(new Event(LIBRARY_CHANGED));
  return result.written;
}

/** Removes a shared article from this browser's list (its reviews stay in the log). */
export function forgetSharedArticle(articleId: string): void {
  record().update((current) => ({ articles: current.articles.filter((a) => a.articleId !== articleId) }));
  window.dispatchEvent(new Event(LIBRARY_CHANGED));
}

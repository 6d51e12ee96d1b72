'use client';

import { useSyncExternalStore } from 'react';
import { routes } from '@/lib/routes';

/**
 * The articles this browser published, with their keys (the key is the only way back to an
 * article's teacher page, so it is kept here too, like the assignments' keys).
 */

export type SavedArticle = { id: string; title: string; key: string; publishedAt: string };

const KEY = 'newsquiz:teacher-articles';
const EVENT = 'newsquiz:teacher-articles';

function read(): SavedArticle[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value)
      ? (value as SavedArticle[]).filter((a) => a && typeof a.id === 'string' && typeof a.key === 'string')
      : [];
  } catch {
    return [];
  }
}

export function saveAuthoredArticle(entry: SavedArticle): void {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw) JSON.parse(raw); // unreadable: throws, and the list is left as it is
    localStorage.setItem(KEY, JSON.stringify([entry, ...read().filter((a) => a.id !== entry.id)]));
    window.dispatchEvent(new Event(EVENT));
  } catch {
    // Not kept in this browser; the article's page shows its link to keep.
  }
}

function subscribe(callback: () => void) {
  window.addEventListener('storage', callback);
  window.addEventListener(EVENT, callback);
  return () => {
    window.removeEventListener('storage', callback);
    window.removeEventListener(EVENT, callback);
  };
}

let cache: { raw: string | null; list: SavedArticle[] } = { raw: null, list: [] };
function snapshot(): SavedArticle[] {
  const raw = localStorage.getItem(KEY);
  if (raw !== cache.raw) cache = { raw, list: read() };
  return cache.list;
}
const empty: SavedArticle[] = [];

export function MyArticles() {
  const list = useSyncExternalStore(subscribe, snapshot, () => empty);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="my-articles" className="mt-8">
      <h2 id="my-articles" className="text-xl font-bold tracking-tight">
        Your articles in this browser
      </h2>
      <ul className="mt-3 divide-y divide-line rounded-2xl border border-line bg-surface shadow-card">
        {list.map((a) => (
          <li key={a.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
            <a
              href={routes.authoredArticle(a.id, a.key)}
              className="inline-flex min-h-11 items-center font-semibold text-accent"
            >
              {a.title}
            </a>
            <span className="text-sm text-ink-muted">published {new Date(a.publishedAt).toLocaleDateString()}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

'use client';

import { useSyncExternalStore } from 'react';
import { formatJoinCode } from '@/lib/assign/codes';
import { routes } from '@/lib/routes';

/**
 * The assignments made in this browser, with their teacher links (the key is the only way back to
 * the results, so it is kept here too). Plain localStorage: a list the teacher can also lose
 * without harm to the class, as long as they kept the link.
 */

export type SavedAssignment = { id: string; title: string; code: string; key: string; createdAt: string };

const KEY = 'newsquiz:teacher-assignments';

export function readSavedAssignments(): SavedAssignment[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? (value as SavedAssignment[]).filter((a) => a && typeof a.id === 'string') : [];
  } catch {
    return [];
  }
}

export function saveAssignment(entry: SavedAssignment): void {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw) JSON.parse(raw); // unreadable: throws, and the list is left as it is
    localStorage.setItem(KEY, JSON.stringify([entry, ...readSavedAssignments().filter((a) => a.id !== entry.id)]));
    window.dispatchEvent(new Event('newsquiz:teacher-assignments'));
  } catch {
    // Not kept in this browser; the dashboard still shows the link to keep.
  }
}

function subscribe(callback: () => void) {
  window.addEventListener('storage', callback);
  window.addEventListener('newsquiz:teacher-assignments', callback);
  return () => {
    window.removeEventListener('storage', callback);
    window.removeEventListener('newsquiz:teacher-assignments', callback);
  };
}

let cache: { raw: string | null; list: SavedAssignment[] } = { raw: null, list: [] };
function snapshot(): SavedAssignment[] {
  const raw = localStorage.getItem(KEY);
  if (raw !== cache.raw) cache = { raw, list: readSavedAssignments() };
  return cache.list;
}
const empty: SavedAssignment[] = [];

export function MyAssignments() {
  const list = useSyncExternalStore(subscribe, snapshot, () => empty);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="my-assignments" className="mt-8">
      <h2 id="my-assignments" className="text-xl font-bold tracking-tight">
        Your assignments in this browser
      </h2>
      <ul className="mt-3 divide-y divide-line rounded-2xl border border-line bg-surface shadow-card">
        {list.map((a) => (
          <li key={a.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
            <a
              href={routes.teacherDashboard(a.id, a.key)}
              className="inline-flex min-h-11 items-center font-semibold text-accent"
            >
              {a.title}
            </a>
            <span className="text-sm text-ink-muted">
              Code <span className="font-mono font-semibold text-ink">{formatJoinCode(a.code)}</span> · made{' '}
              {new Date(a.createdAt).toLocaleDateString()}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

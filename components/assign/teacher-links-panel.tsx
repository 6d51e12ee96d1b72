'use client';

import { useId, useRef, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { AssignmentStatus } from './assignment-status';
import { formatJoinCode } from '@/lib/assign/codes';
import { routes } from '@/lib/routes';
import {
  importTeacherLinks,
  markLinksSaved,
  NO_TEACHER_LINKS,
  subscribeTeacherLinks,
  teacherLinksFile,
  teacherLinksSnapshot,
} from '@/stores/teacher-links';

/**
 * The teacher's assignments and articles made in this browser, with the one way to move them to
 * another device without an account: save every link and key to a file, and open that file there.
 * Reminds the teacher of links made since the last file.
 */
export function TeacherLinksPanel({ show }: { show: 'assignments' | 'articles' }) {
  const links = useSyncExternalStore(subscribeTeacherLinks, teacherLinksSnapshot, () => NO_TEACHER_LINKS);
  const [message, setMessage] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const total = links.assignments.length + links.articles.length;

  const save = () => {
    const file = teacherLinksFile();
    const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.click();
    URL.revokeObjectURL(url);
    markLinksSaved();
    setMessage(
      `Saved ${total === 1 ? 'your link' : `all ${total} links`} to ${file.name}. Keep it private: it opens your results.`,
    );
  };

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = importTeacherLinks(await file.text());
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    const parts = [
      result.added === 1 ? '1 link added' : `${result.added} links added`,
      result.alreadyHere ? `${result.alreadyHere} already here` : '',
      result.skipped ? `${result.skipped} could not be read and were left out` : '',
    ].filter(Boolean);
    setMessage(`${parts.join(', ')}.`);
  };

  const assignments = show === 'assignments' ? links.assignments : [];
  const articles = show === 'articles' ? links.articles : [];

  return (
    <section aria-labelledby={headingId} className="mt-8">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
        <h2 id={headingId} className="text-xl font-bold tracking-tight">
          {show === 'assignments' ? 'Your assignments in this browser' : 'Your articles in this browser'}
        </h2>
        <div className="flex flex-wrap gap-2">
          {total > 0 ? (
            <button type="button" className={buttonClass('secondary', 'md')} onClick={save}>
              Save all links to a file
            </button>
          ) : null}
          <button type="button" className={buttonClass('ghost', 'md')} onClick={() => fileInput.current?.click()}>
            Open a links file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            tabIndex={-1}
            aria-label="Open a file of teacher links"
            onChange={(event) => void open(event)}
          />
        </div>
      </div>
      {links.unsaved > 0 ? (
        <p className="mt-3 rounded-xl border border-partial/40 bg-partial-soft px-4 py-3 text-sm">
          <strong>{links.unsaved === 1 ? '1 link lives' : `${links.unsaved} links live`} only in this browser.</strong>{' '}
          Save your links to a file to reach your results from another device, or after this browser’s data is cleared.
        </p>
      ) : null}
      <p role="status" className="mt-2 text-sm font-medium empty:hidden">
        {message}
      </p>
      {show === 'assignments' ? (
        assignments.length > 0 ? (
          <ul className="mt-3 divide-y divide-line rounded-2xl border border-line bg-surface shadow-card">
            {assignments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
                <a
                  href={routes.teacherDashboard(a.id, a.key)}
                  className="inline-flex min-h-11 items-center font-semibold text-accent"
                >
                  {a.title}
                </a>
                <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <AssignmentStatus id={a.id} teacherKey={a.key} />
                  <span className="text-sm text-ink-muted">
                    Code <span className="font-mono font-semibold text-ink">{formatJoinCode(a.code)}</span> · made{' '}
                    {new Date(a.createdAt).toLocaleDateString()}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-ink-muted">
            None yet. The assignments you make are listed here with their private links.
          </p>
        )
      ) : articles.length > 0 ? (
        <ul className="mt-3 divide-y divide-line rounded-2xl border border-line bg-surface shadow-card">
          {articles.map((a) => (
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
      ) : (
        <p className="mt-2 text-sm text-ink-muted">
          None yet. The articles you publish are listed here with their private links.
        </p>
      )}
    </section>
  );
}

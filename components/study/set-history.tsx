'use client';

import Link from 'next/link';
import { formatAttemptDay, formatPoints } from '@/lib/format';
import { routes } from '@/lib/routes';
import { useStudyStore } from '@/stores/study-store-provider';

/** Recent attempts on a set, newest first, each linking to its results. */
export function SetHistory({ setId }: { setId: string }) {
  const hydrated = useStudyStore((s) => s.hasHydrated);
  const history = useStudyStore((s) => s.history[setId]);
  if (!hydrated || !history || history.attempts.length === 0) return null;
  const recent = history.attempts.slice(0, 5);
  return (
    <section
      aria-labelledby="history-heading"
      className="rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-6"
    >
      <h2 id="history-heading" className="text-lg font-bold">
        Your attempts
      </h2>
      {history.best ? (
        <p className="mt-1 text-ink-muted">
          Best score: <strong className="text-ink">{history.best.percent}%</strong> ({formatPoints(history.best.points)}{' '}
          of {history.best.total})
        </p>
      ) : null}
      <ul className="mt-3 divide-y divide-line">
        {recent.map((attempt) => (
          <li key={attempt.id}>
            <Link
              href={routes.results(setId, attempt.id)}
              className="flex min-h-11 items-center justify-between gap-3 py-2 text-ink no-underline hover:text-accent"
            >
              <span>
                {formatAttemptDay(attempt.finishedAt)} · {attempt.mode === 'practice' ? 'Practice' : 'Test'}
                {attempt.retryOf ? ' · retry of missed' : ''}
              </span>
              <span className="font-semibold tabular-nums">
                {attempt.percent}%<span className="sr-only">, view results</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

'use client';

import { formatAttemptDay, formatPoints } from '@/lib/format';
import { MODE_LABELS } from '@/lib/quiz/describe';
import { attemptScope, scopeLabel, scopeShortLabel } from '@/lib/quiz/history';
import { routes } from '@/lib/routes';
import { useStudyStore } from '@/stores/study-store-provider';

/** Recent attempts on a set, newest first, each saying what its score is of and linking to its results. */
export function SetHistory({ setId, setSize }: { setId: string; setSize: number }) {
  const hydrated = useStudyStore((s) => s.hasHydrated);
  const history = useStudyStore((s) => s.history[setId]);
  if (!hydrated || !history || history.attempts.length === 0) return null;
  const recent = history.attempts.slice(0, 5);
  const best = history.best;
  const bestScope = best ? attemptScope({ retryOf: null, total: best.total, setSize: null }, setSize) : null;
  return (
    <section
      aria-labelledby="history-heading"
      className="rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-6"
    >
      <h2 id="history-heading" className="text-lg font-bold">
        Your attempts
      </h2>
      {best && bestScope ? (
        <p className="mt-1 text-ink-muted">
          Best score: <strong className="text-ink">{best.percent}%</strong> ({formatPoints(best.points)} of {best.total}
          ) on {scopeLabel(bestScope)}
        </p>
      ) : (
        <p className="mt-1 text-ink-muted">No attempt at all {setSize} questions yet, so no best score.</p>
      )}
      <ul className="mt-3 divide-y divide-line">
        {recent.map((attempt) => (
          <li key={attempt.id}>
            <a
              href={routes.results(setId, attempt.id)}
              className="flex min-h-11 flex-wrap items-center justify-between gap-x-3 py-2 text-ink no-underline hover:text-accent"
            >
              <span>
                {formatAttemptDay(attempt.finishedAt)} · {MODE_LABELS[attempt.mode]} ·{' '}
                {scopeShortLabel(attemptScope(attempt, setSize))}
                <span className="sr-only">:</span>
              </span>
              <span className="font-semibold tabular-nums">
                {attempt.percent}%<span className="sr-only">, view results</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

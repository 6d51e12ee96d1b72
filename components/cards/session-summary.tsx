'use client';

import { useEffect, useRef } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { formatDuration } from '@/lib/format';
import type { LogEntry } from '@/lib/srs/log';
import { intervalWords } from '@/lib/srs/card';
import { sessionSummary } from '@/lib/srs/stats';

type Props = {
  title: string;
  log: readonly LogEntry[];
  reviewIds: readonly string[];
  startedAt: number;
  finishedAt: number;
  nextDue: number | null;
  now: number;
  backHref: string;
  backLabel: string;
  /** When nothing is due: study the cards anyway, or take a quiz on them. */
  onStudyAhead?: () => void;
  practice?: { href: string; label: string };
};

/** The end of a session: cards reviewed, how many were Again, time spent, and when cards are next due. */
export function SessionSummary({
  title,
  log,
  reviewIds,
  startedAt,
  finishedAt,
  nextDue,
  now,
  backHref,
  backLabel,
  onStudyAhead,
  practice,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const summary = sessionSummary(log, new Set(reviewIds));
  const next = nextDue === null ? null : nextDue - now;
  return (
    <section
      aria-labelledby="summary-heading"
      className="mt-4 rounded-3xl border border-line bg-surface p-6 shadow-card sm:p-8"
    >
      <p className="text-sm text-ink-muted">{title}</p>
      <h1
        id="summary-heading"
        ref={headingRef}
        tabIndex={-1}
        className="mt-1 text-3xl font-bold tracking-tight focus:outline-none"
      >
        {summary.reviewed > 0 ? 'Session done' : 'Nothing due right now'}
      </h1>
      <dl className="mt-6 grid grid-cols-[repeat(auto-fit,minmax(8rem,1fr))] gap-x-6 gap-y-4">
        <div>
          <dt className="text-sm text-ink-muted">Cards reviewed</dt>
          <dd className="text-2xl font-bold tabular-nums">{summary.reviewed}</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-muted">Again</dt>
          <dd className="text-2xl font-bold tabular-nums">{Math.round(summary.againRate * 100)}%</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-muted">Time</dt>
          <dd className="text-2xl font-bold tabular-nums">{formatDuration(finishedAt - startedAt)}</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-muted">Next card due</dt>
          <dd className="text-lg font-bold">
            {next === null ? 'No cards scheduled' : next <= 0 ? 'now' : intervalWords(next)}
          </dd>
        </div>
      </dl>
      {onStudyAhead || practice ? (
        <div className="mt-8 rounded-2xl bg-surface-2 p-4 sm:p-5">
          <h2 className="font-semibold">Want to keep going?</h2>
          <p className="mt-1 text-sm text-ink-muted">
            {onStudyAhead
              ? 'Studying ahead shows cards before they are due (they then come back later than they would have).'
              : 'A quiz on these questions turns your answers into cards to study.'}
          </p>
          <div className="mt-3 flex flex-col gap-3 sm:flex-row">
            {onStudyAhead ? (
              <button type="button" onClick={onStudyAhead} className={buttonClass('primary', 'lg')}>
                Study ahead
              </button>
            ) : null}
            {practice ? (
              <a href={practice.href} className={buttonClass('secondary', 'lg')}>
                {practice.label}
              </a>
            ) : null}
          </div>
        </div>
      ) : null}
      <div className="mt-8 flex flex-col gap-3 sm:flex-row">
        <a href={backHref} className={buttonClass(onStudyAhead || practice ? 'secondary' : 'primary', 'lg')}>
          {backLabel}
        </a>
        <a href="/progress" className={buttonClass('secondary', 'lg')}>
          See your progress
        </a>
      </div>
    </section>
  );
}

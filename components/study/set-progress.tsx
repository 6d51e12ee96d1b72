'use client';

import { buttonClass } from '@/components/ui/button-styles';
import { formatAttemptDay } from '@/lib/format';
import { attemptScope, scopeShortLabel } from '@/lib/quiz/history';
import { routes } from '@/lib/routes';
import { useStudyStore } from '@/stores/study-store-provider';

/**
 * The learner's standing on one set: best score, last attempt (each saying what it is of), and
 * "Continue" when a quiz is in progress. Reads browser storage, so it renders a same-height
 * placeholder until that is read.
 */
export function SetProgress({ setId, setTitle, setSize }: { setId: string; setTitle: string; setSize: number }) {
  const hydrated = useStudyStore((s) => s.hasHydrated);
  const session = useStudyStore((s) => s.sessions[setId]);
  const history = useStudyStore((s) => s.history[setId]);

  if (!hydrated) {
    return (
      <div className="flex min-h-11 items-center" aria-hidden="true" data-placeholder>
        <span className="h-4 w-40 max-w-full rounded bg-surface-2" />
      </div>
    );
  }

  const last = history?.attempts[0];
  const best = history?.best;
  const bestScope = best ? attemptScope({ retryOf: null, total: best.total, setSize: null }, setSize) : null;
  const lastScope = last ? attemptScope(last, setSize) : null;

  return (
    // The card's title link covers the whole card; only the Continue button sits above it.
    <div className="flex min-h-11 flex-wrap items-center justify-between gap-x-4 gap-y-2">
      <p className="min-w-0 text-sm text-ink-muted">
        {best && bestScope ? (
          <span className="block">
            Best <strong className="font-semibold text-ink">{best.percent}%</strong> on {scopeShortLabel(bestScope)}
          </span>
        ) : null}
        {last && lastScope && last.id !== best?.attemptId ? (
          <span className="block">
            Last {last.percent}% on {scopeShortLabel(lastScope)}, {formatAttemptDay(last.finishedAt)}
          </span>
        ) : null}
        {!best && !last ? 'Not tried yet' : null}
      </p>
      {session ? (
        <a href={routes.quiz(setId)} className={buttonClass('primary', 'md', 'relative z-10 text-sm')}>
          Continue<span className="sr-only"> the {setTitle} quiz,</span>
          <span className="font-normal opacity-90">
            {' '}
            · {session.index + 1} of {session.questionIds.length}
          </span>
        </a>
      ) : null}
    </div>
  );
}

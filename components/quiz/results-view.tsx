'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { CheckIcon, ChevronIcon, ClockIcon, CrossIcon, HalfIcon, RetryIcon } from '@/components/ui/icons';
import type { CatalogQuestion } from '@/lib/content/types';
import type { DrawRules } from '@/lib/quiz/draw';
import { formatAttemptDay, formatDuration, formatPoints, plural } from '@/lib/format';
import { correctAnswerLines, MODE_LABELS, resultLabel, responseLines } from '@/lib/quiz/describe';
import { attemptScope, findAttempt, isNewBest, latestAttempt, scopeLabel } from '@/lib/quiz/history';
import { reviewAttempt, type ReviewItem } from '@/lib/quiz/results';
import { routes } from '@/lib/routes';
import { attemptIdParam } from '@/lib/search-params';
import { useStudyStore } from '@/stores/study-store-provider';
import { AnswerLines } from './answer-lines';
import { EvidenceQuote } from './evidence-quote';

type Props = {
  setId: string;
  setTitle: string;
  questions: CatalogQuestion[];
  /** The set's rules, for a retry: questions kept apart, and which come first. */
  rules: DrawRules;
};

export function ResultsSkeleton() {
  return (
    <div
      aria-busy="true"
      data-placeholder
      className="h-64 animate-pulse rounded-2xl bg-surface-2 motion-reduce:animate-none"
    >
      <p className="sr-only">Loading your results…</p>
    </div>
  );
}

/**
 * Score first (and what it is of), then every question: the ones missed open, with the learner's
 * answer, the right one, why, and the sentence of the article; the right ones collapsed.
 */
export function ResultsView({ setId, setTitle, questions, rules }: Props) {
  const router = useRouter();
  const attemptId = attemptIdParam(useSearchParams());
  const hydrated = useStudyStore((s) => s.hasHydrated);
  const history = useStudyStore((s) => s.history[setId]);
  const inProgress = useStudyStore((s) => Boolean(s.sessions[setId]));
  const startQuiz = useStudyStore((s) => s.startQuiz);
  const [leaving, setLeaving] = useState(false);
  const [onlyMissed, setOnlyMissed] = useState(false);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);

  if (!hydrated || leaving) return <ResultsSkeleton />;

  const attempt = attemptId ? findAttempt(history, attemptId) : latestAttempt(history);
  if (!attempt) {
    return (
      <div className="rounded-2xl border border-line bg-surface p-6 shadow-card">
        <h1 className="text-2xl font-bold tracking-tight">
          {attemptId ? 'That attempt isn’t saved here' : `No ${setTitle} results yet`}
        </h1>
        <p className="mt-2 text-ink-muted">
          {attemptId
            ? 'Results are kept in the browser where you took the quiz, and only the most recent attempts are kept.'
            : 'Finish a quiz on this set and your score and answers will appear here.'}
        </p>
        <a href={routes.set(setId)} className={buttonClass('primary', 'lg', 'mt-6')}>
          Go to the {setTitle} set
        </a>
      </div>
    );
  }

  const review = reviewAttempt(attempt, byId);
  const scope = attemptScope(attempt, questions.length);
  const best = history?.best;
  const bestScope = best ? attemptScope({ retryOf: null, total: best.total, setSize: null }, questions.length) : null;
  const newBest = history ? isNewBest(history, attempt) : false;
  const missedCount = review.items.filter((item) => item.verdict !== 'correct').length;
  const shownItems = onlyMissed ? review.items.filter((item) => item.verdict !== 'correct') : review.items;

  const start = (questionIds: string[], retryOf: string | null) => {
    setLeaving(true);
    startQuiz({ setId, questionIds, mode: attempt.mode, shuffle: true, retryOf, setSize: questions.length, rules });
    router.push(routes.quiz(setId));
  };

  return (
    <div className="space-y-8">
      <section
        aria-labelledby="results-heading"
        className="rounded-3xl border border-line bg-surface p-6 shadow-card sm:p-8"
      >
        <p className="text-sm text-ink-muted">
          {setTitle} · {MODE_LABELS[attempt.mode]} · {formatAttemptDay(attempt.finishedAt)}
        </p>
        <h1 id="results-heading" className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">
          Your results
        </h1>
        <div className="mt-6 flex flex-wrap items-center gap-x-8 gap-y-4">
          <p className="text-6xl leading-none font-bold tracking-tight tabular-nums sm:text-7xl">
            {attempt.percent}%<span className="sr-only"> score</span>
          </p>
          <div className="min-w-0">
            <p className="text-lg font-semibold">
              {formatPoints(attempt.points)} of {plural(attempt.total, 'point')}{' '}
              <span className="font-normal text-ink-muted">on {scopeLabel(scope)}</span>
            </p>
            <p className="text-ink-muted">
              {review.fullyRight} fully right
              {review.partial > 0 ? `, partial credit on ${review.partial}` : ''}
              {missedCount > 0 ? `, ${missedCount} to review` : ''}
            </p>
          </div>
        </div>
        <dl className="mt-6 flex flex-wrap gap-x-8 gap-y-3 border-t border-line pt-4">
          <div>
            <dt className="flex items-center gap-1 text-sm text-ink-muted">
              <ClockIcon size={14} /> Time taken
            </dt>
            <dd className="font-semibold tabular-nums">{formatDuration(attempt.durationMs)}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">
              {bestScope?.kind === 'draw' ? 'Best so far' : `Best on all ${questions.length} questions`}
            </dt>
            <dd className="flex flex-wrap items-center gap-x-2 font-semibold tabular-nums">
              {best && bestScope ? (
                <>
                  {best.percent}%
                  {bestScope.kind === 'draw' ? (
                    <span className="font-normal text-ink-muted">on {scopeLabel(bestScope)}</span>
                  ) : null}
                </>
              ) : (
                <span className="font-normal text-ink-muted">No attempt at all of them yet</span>
              )}
              {newBest ? (
                <span className="rounded-full bg-good-soft px-2 py-0.5 text-xs font-semibold text-good">New best</span>
              ) : null}
            </dd>
          </div>
        </dl>
        <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap" data-no-print>
          {review.retryIds.length > 0 ? (
            <button
              type="button"
              className={buttonClass('primary', 'lg')}
              onClick={() => start(review.retryIds, attempt.id)}
            >
              <RetryIcon /> Retry the {review.retryIds.length} you missed
            </button>
          ) : null}
          <button
            type="button"
            className={buttonClass(review.retryIds.length > 0 ? 'secondary' : 'primary', 'lg')}
            onClick={() =>
              start(
                questions.map((q) => q.id),
                null,
              )
            }
          >
            Try all {questions.length} questions
          </button>
        </div>
        {inProgress ? (
          <p className="mt-3 text-sm text-ink-muted" data-no-print>
            You have a {setTitle} quiz in progress: starting again replaces it.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="review-heading">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <h2 id="review-heading" className="text-2xl font-bold tracking-tight">
            Question by question
          </h2>
          {missedCount > 0 && missedCount < review.items.length ? (
            <label className="flex min-h-11 cursor-pointer items-center gap-3" data-no-print>
              <input
                type="checkbox"
                checked={onlyMissed}
                onChange={(event) => setOnlyMissed(event.target.checked)}
                className="size-5 shrink-0 accent-[var(--accent)]"
              />
              <span className="font-semibold">Show only the {missedCount} to review</span>
            </label>
          ) : null}
        </div>
        <p className="mt-1 text-sm text-ink-muted">Questions you got right are folded; open one to see why.</p>
        <ol className="mt-4 space-y-3">
          {shownItems.map((item) => (
            <ResultItem
              key={item.questionId}
              item={item}
              number={attempt.questionIds.indexOf(item.questionId) + 1}
              setId={setId}
              attemptId={attempt.id}
              catalogQuestion={byId.get(item.questionId)}
            />
          ))}
        </ol>
      </section>
    </div>
  );
}

function ResultItem({
  item,
  number,
  setId,
  attemptId,
  catalogQuestion,
}: {
  item: ReviewItem;
  number: number;
  setId: string;
  attemptId: string;
  catalogQuestion: CatalogQuestion | undefined;
}) {
  const { verdict, spelling, score } = item;
  const Icon = verdict === 'correct' ? CheckIcon : verdict === 'partial' ? HalfIcon : CrossIcon;
  const tone = verdict === 'correct' ? 'text-good' : verdict === 'partial' ? 'text-partial' : 'text-bad';
  const label = resultLabel(verdict, score, spelling);
  const question = catalogQuestion;
  const ordered = question?.type === 'ordering';
  return (
    <li className="break-inside-avoid rounded-2xl border border-line bg-surface shadow-card">
      <details open={verdict !== 'correct' || undefined} className="group">
        <summary className="flex min-h-14 cursor-pointer list-none items-start gap-3 rounded-2xl p-4 sm:p-5 [&::-webkit-details-marker]:hidden">
          <span className="min-w-0 flex-1">
            <span className={`flex items-center gap-2 text-sm font-bold ${tone}`}>
              <Icon size={18} className="shrink-0" />
              {number}. {label}
            </span>
            <span className="mt-1 block font-serif text-lg leading-snug font-semibold break-words">
              {question ? question.prompt : 'A question that has since been removed from this set'}
            </span>
          </span>
          <ChevronIcon
            size={20}
            className="mt-1 shrink-0 text-ink-muted group-open:rotate-90 motion-safe:transition-transform"
          />
        </summary>
        <div className="border-t border-line px-4 pt-3 pb-4 sm:px-5 sm:pb-5">
          <dl className="grid gap-3 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-ink-muted">Your answer</dt>
              <dd>
                <AnswerLines lines={responseLines(item.response)} ordered={ordered} />
              </dd>
            </div>
            {question && (verdict !== 'correct' || spelling) ? (
              <div>
                <dt className="text-sm text-ink-muted">{ordered ? 'Right order' : 'Right answer'}</dt>
                <dd>
                  <AnswerLines lines={correctAnswerLines(question)} ordered={ordered} />
                </dd>
              </div>
            ) : null}
          </dl>
          {question ? (
            <>
              <p className="mt-3 leading-relaxed">{question.explanation}</p>
              <EvidenceQuote
                articleId={question.articleId}
                questionId={question.id}
                citations={question.citations}
                backLink={{ fromSet: setId, back: 'results', attemptId }}
              />
            </>
          ) : (
            <p className="mt-3 text-ink-muted">
              This question was removed from the set after you answered it; your score keeps the mark it had.
            </p>
          )}
        </div>
      </details>
    </li>
  );
}

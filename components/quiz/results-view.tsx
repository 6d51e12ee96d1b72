'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { CheckIcon, ClockIcon, CrossIcon, HalfIcon, RetryIcon } from '@/components/ui/icons';
import type { CatalogQuestion } from '@/lib/content/check';
import type { Verdict } from '@/lib/quiz/grade';
import { formatAttemptDay, formatDuration, formatPoints, plural } from '@/lib/format';
import { correctAnswerLines, responseLines } from '@/lib/quiz/describe';
import { findAttempt, latestAttempt } from '@/lib/quiz/history';
import { missedQuestionIds, scoreResponses } from '@/lib/quiz/session';
import { routes } from '@/lib/routes';
import { useStudyStore } from '@/stores/study-store-provider';
import { AnswerLines } from './answer-lines';
import { EvidenceQuote } from './evidence-quote';

type Props = {
  setId: string;
  setTitle: string;
  questions: CatalogQuestion[];
  attemptId?: string;
};

/** Score, time, and every question with the learner's answer, the right one, and the evidence. */
export function ResultsView({ setId, setTitle, questions, attemptId }: Props) {
  const router = useRouter();
  const hydrated = useStudyStore((s) => s.hasHydrated);
  const history = useStudyStore((s) => s.history[setId]);
  const inProgress = useStudyStore((s) => Boolean(s.sessions[setId]));
  const startQuiz = useStudyStore((s) => s.startQuiz);
  const [leaving, setLeaving] = useState(false);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);

  if (!hydrated || leaving) {
    return (
      <div aria-busy="true" className="h-64 animate-pulse rounded-2xl bg-surface-2 motion-reduce:animate-none">
        <p className="sr-only">Loading your results…</p>
      </div>
    );
  }

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
        <Link href={routes.set(setId)} className={buttonClass('primary', 'lg', 'mt-6')}>
          Go to the {setTitle} set
        </Link>
      </div>
    );
  }

  // Verdicts come from the scores saved with the attempt, so the page agrees with itself even if the
  // content changed since; re-grading is used only to say "watch the spelling".
  const regraded = new Map(
    scoreResponses(attempt.questionIds, attempt.responses, byId).items.map((item) => [item.questionId, item.grade]),
  );
  const items = attempt.questionIds.map((questionId) => {
    const score = attempt.scores[questionId] ?? 0;
    const verdict: Verdict = score >= 1 ? 'correct' : score <= 0 ? 'incorrect' : 'partial';
    const again = regraded.get(questionId);
    const spelling = verdict === 'correct' && again?.verdict === 'correct' ? again.spelling : undefined;
    return { questionId, response: attempt.responses[questionId], score, verdict, spelling };
  });
  const missed = missedQuestionIds(attempt).filter((id) => byId.has(id));
  const fullyRight = items.filter((item) => item.verdict === 'correct').length;
  const partial = items.filter((item) => item.verdict === 'partial').length;
  const best = history?.best;
  const isBest =
    best?.attemptId === attempt.id && (history?.attempts.filter((a) => a.retryOf === null).length ?? 0) > 1;

  const start = (questionIds: string[], retryOf: string | null) => {
    setLeaving(true);
    startQuiz({ setId, questionIds, mode: attempt.mode, shuffle: true, retryOf });
    router.push(routes.quiz(setId));
  };

  return (
    <div className="space-y-8">
      <section
        aria-labelledby="results-heading"
        className="rounded-3xl border border-line bg-surface p-6 shadow-card sm:p-8"
      >
        <p className="text-sm text-ink-muted">
          {setTitle}
          {attempt.retryOf ? ' · retry of missed questions' : ''} · {formatAttemptDay(attempt.finishedAt)}
        </p>
        <h1 id="results-heading" className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">
          Your results
        </h1>
        <div className="mt-6 flex flex-wrap items-center gap-x-8 gap-y-4">
          <p className="text-6xl leading-none font-bold tracking-tight tabular-nums sm:text-7xl">
            {attempt.percent}%<span className="sr-only"> overall</span>
          </p>
          <div>
            <p className="text-lg font-semibold">
              {formatPoints(attempt.points)} of {plural(attempt.total, 'point')}
            </p>
            <p className="text-ink-muted">
              {fullyRight} of {plural(attempt.total, 'question')} fully right
              {partial > 0 ? `, partial credit on ${partial}` : ''}
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
            <dt className="text-sm text-ink-muted">Best on this set</dt>
            <dd className="flex items-center gap-2 font-semibold tabular-nums">
              {best ? `${best.percent}%` : '—'}
              {isBest ? (
                <span className="rounded-full bg-good-soft px-2 py-0.5 text-xs font-semibold text-good">New best</span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">Mode</dt>
            <dd className="font-semibold">{attempt.mode === 'practice' ? 'Practice' : 'Test'}</dd>
          </div>
        </dl>
        <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap" data-no-print>
          {missed.length > 0 ? (
            <button type="button" className={buttonClass('primary', 'lg')} onClick={() => start(missed, attempt.id)}>
              <RetryIcon /> Retry the {missed.length} you missed
            </button>
          ) : null}
          <button
            type="button"
            className={buttonClass(missed.length > 0 ? 'secondary' : 'primary', 'lg')}
            onClick={() =>
              start(
                questions.map((q) => q.id),
                null,
              )
            }
          >
            Try the whole set again
          </button>
        </div>
        {inProgress ? (
          <p className="mt-3 text-sm text-ink-muted" data-no-print>
            You have a {setTitle} quiz in progress: starting again replaces it.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="review-heading">
        <h2 id="review-heading" className="text-2xl font-bold tracking-tight">
          Question by question
        </h2>
        <ol className="mt-4 space-y-4">
          {items.map((item, index) => {
            const question = byId.get(item.questionId);
            if (!question) return null;
            const { verdict, spelling, score } = item;
            const Icon = verdict === 'correct' ? CheckIcon : verdict === 'partial' ? HalfIcon : CrossIcon;
            const tone = verdict === 'correct' ? 'text-good' : verdict === 'partial' ? 'text-partial' : 'text-bad';
            const label =
              verdict === 'correct'
                ? spelling
                  ? 'Correct (watch the spelling)'
                  : 'Correct'
                : verdict === 'partial'
                  ? `Partly right (${Math.round(score * 100)}%)`
                  : 'Wrong';
            const ordered = question.type === 'ordering';
            return (
              <li
                key={item.questionId}
                className="break-inside-avoid rounded-2xl border border-line bg-surface p-5 shadow-card"
              >
                <p className={`flex items-center gap-2 text-sm font-bold ${tone}`}>
                  <Icon size={18} />
                  <span>
                    {index + 1}. {label}
                  </span>
                </p>
                <h3 className="mt-2 font-serif text-lg leading-snug font-semibold">{question.prompt}</h3>
                <dl className="mt-3 grid gap-3 sm:grid-cols-2">
                  <div>
                    <dt className="text-sm text-ink-muted">Your answer</dt>
                    <dd>
                      <AnswerLines lines={responseLines(item.response)} ordered={ordered} />
                    </dd>
                  </div>
                  {verdict !== 'correct' || spelling ? (
                    <div>
                      <dt className="text-sm text-ink-muted">{ordered ? 'Right order' : 'Right answer'}</dt>
                      <dd>
                        <AnswerLines lines={correctAnswerLines(question)} ordered={ordered} />
                      </dd>
                    </div>
                  ) : null}
                </dl>
                <p className="mt-3 leading-relaxed">{question.explanation}</p>
                <EvidenceQuote
                  articleId={question.articleId}
                  questionId={question.id}
                  citations={question.citations}
                  fromSet={setId}
                  back="results"
                  attemptId={attempt.id}
                />
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

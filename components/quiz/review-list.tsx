'use client';

import { type ReactNode, useEffect, useRef } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { ArrowLeftIcon, CheckIcon, ChevronIcon, FlagIcon } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import type { PublicQuestion } from '@/lib/quiz/public';
import type { QuizProgress } from '@/lib/quiz/records';
import { isAnswered, unansweredIds } from '@/lib/quiz/session';

type Props = {
  progress: QuizProgress;
  questions: ReadonlyMap<string, PublicQuestion>;
  onGoTo: (index: number) => void;
  onBack: () => void;
  onFinish: () => void;
  /** A time limit, kept in the bottom bar on phones. */
  timer?: ReactNode;
};

/**
 * Test mode, before finishing: every question with its state (answered, not answered, flagged),
 * each a way back to it, and a confirmation when some are unanswered.
 */
export function ReviewList({ progress, questions, onGoTo, onBack, onFinish, timer }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const unanswered = unansweredIds(progress);
  const answered = progress.questionIds.length - unanswered.length;

  useEffect(() => {
    window.scrollTo({ top: 0 });
    headingRef.current?.focus();
  }, []);

  const finish = () => {
    if (unanswered.length > 0) dialogRef.current?.showModal();
    else onFinish();
  };

  return (
    <section aria-labelledby="review-heading" className="mt-6">
      <h2
        id="review-heading"
        ref={headingRef}
        tabIndex={-1}
        className="text-2xl font-bold tracking-tight focus:outline-none sm:text-3xl"
      >
        Review your answers
      </h2>
      <p className="mt-2 text-ink-muted">
        {answered} of {plural(progress.questionIds.length, 'question')} answered
        {unanswered.length > 0 ? `, ${unanswered.length} not answered` : ''}
        {progress.flagged.length > 0 ? `, ${progress.flagged.length} flagged` : ''}. Choose a question to change your
        answer, or finish the test.
      </p>

      <ol className="mt-5 space-y-2">
        {progress.questionIds.map((id, index) => {
          const question = questions.get(id);
          const done = isAnswered(progress, id);
          const flagged = progress.flagged.includes(id);
          const state = `${done ? 'answered' : 'not answered'}${flagged ? ', flagged' : ''}`;
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => onGoTo(index)}
                className="flex min-h-14 w-full items-center gap-3 rounded-xl border border-line bg-surface px-4 py-3 text-left shadow-card hover:border-line-strong"
              >
                <span
                  aria-hidden="true"
                  className={`grid size-8 shrink-0 place-items-center rounded-full text-sm font-bold ${
                    done ? 'bg-accent text-on-accent' : 'border-2 border-dashed border-line-strong text-ink-muted'
                  }`}
                >
                  {done ? <CheckIcon size={16} /> : index + 1}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="block text-sm text-ink-muted">
                    Question {index + 1} · <span className={done ? '' : 'font-semibold text-bad'}>{state}</span>
                  </span>
                  <span className="block leading-snug break-words">{question?.prompt ?? 'Question'}</span>
                </span>
                {flagged ? <FlagIcon size={18} className="shrink-0 text-accent" /> : null}
                <ChevronIcon size={18} className="shrink-0 text-ink-muted" />
              </button>
            </li>
          );
        })}
      </ol>

      <div
        data-no-print
        className="sticky bottom-0 z-20 -mx-4 mt-6 flex flex-wrap gap-3 border-t border-line bg-bg/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0 sm:backdrop-blur-none"
      >
        {timer ? <div className="w-full sm:hidden">{timer}</div> : null}
        <button type="button" onClick={onBack} className={buttonClass('secondary', 'lg')}>
          <ArrowLeftIcon size={18} className="shrink-0" /> Last question
        </button>
        <button
          type="button"
          onClick={finish}
          className={buttonClass('primary', 'lg', 'flex-1 sm:ml-auto sm:flex-none')}
        >
          Finish test
        </button>
      </div>

      <dialog
        ref={dialogRef}
        aria-labelledby="confirm-finish-heading"
        aria-describedby="confirm-finish-text"
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl border border-line bg-surface p-6 text-ink shadow-card backdrop:bg-black/50"
      >
        <h2 id="confirm-finish-heading" className="text-xl font-bold">
          Finish with {plural(unanswered.length, 'question')} unanswered?
        </h2>
        <p id="confirm-finish-text" className="mt-2 text-ink-muted">
          Unanswered questions count as wrong. You can still go back and answer them.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <button
            type="button"
            autoFocus
            onClick={() => {
              dialogRef.current?.close();
              const first = progress.questionIds.indexOf(unanswered[0]!);
              if (first >= 0) onGoTo(first);
            }}
            className={buttonClass('primary', 'lg')}
          >
            Answer them
          </button>
          <button
            type="button"
            onClick={() => {
              dialogRef.current?.close();
              onFinish();
            }}
            className={buttonClass('secondary', 'lg')}
          >
            Finish anyway
          </button>
        </div>
      </dialog>
    </section>
  );
}

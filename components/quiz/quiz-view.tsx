'use client';

import {
  lazy,
  Suspense,
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { ArrowLeftIcon, FlagIcon } from '@/components/ui/icons';
import { afterPaint } from '@/components/ui/after-paint';
import { LiveMessage } from '@/components/ui/live-message';
import { scrollBehavior } from '@/components/ui/scroll-behavior';
import { MODE_LABELS, QUESTION_TYPE_HINTS, QUESTION_TYPE_LABELS, verdictText } from '@/lib/quiz/describe';
import { isAnswerable } from '@/lib/quiz/answerable';
import { startingResponse, type PublicQuestion, type QuizGrader } from '@/lib/quiz/public';
import type { QuizProgress } from '@/lib/quiz/records';
import type { QuizResponse } from '@/lib/quiz/response';
import { answeredCount, isLocked, primaryLabel, primaryStep, stepNeedsAnswer } from '@/lib/quiz/session';
import { ChoiceOptions } from './choice-options';
import type { EvidenceBackLink } from './evidence-quote';
import { FeedbackPanel } from './feedback-panel';

// Loaded when first needed (an ordering question, the end of a test), so a quiz opens with less JavaScript.
const OrderingList = lazy(() => import('./ordering-list').then((m) => ({ default: m.OrderingList })));
const ReviewList = lazy(() => import('./review-list').then((m) => ({ default: m.ReviewList })));
import { TypedAnswer } from './typed-answer';

export type QuizViewActions = {
  answer: (response: QuizResponse) => void;
  /** Practice mode: lock the answer on screen and show its feedback. */
  check: () => void;
  next: () => void;
  /** Test mode: the previous question, or from the review back to the last one. */
  back: () => void;
  goTo: (index: number) => void;
  toggleFlag: (questionId: string) => void;
  finish: () => void;
};

type Props = {
  /** The set's (or assignment's) title. */
  title: string;
  backHref: string;
  backLabel: string;
  progress: QuizProgress;
  /** Every question of the attempt, as shown (options shuffled, nothing that gives the answer away). */
  questions: ReadonlyMap<string, PublicQuestion>;
  /** Practice-mode feedback. Without one (an assignment graded on the server), nothing is graded here. */
  grader?: QuizGrader;
  actions: QuizViewActions;
  /** Where "Show in article" links back to; null: no such link (a preview, whose article is not published). */
  evidenceBack?: EvidenceBackLink | null;
  /** Said to screen readers after the back link. */
  backNote?: string;
  /** Shown under the header: saving state, a time limit. */
  status?: ReactNode;
  /** A time limit, kept in the bottom bar on phones (where the status line scrolls away). */
  timer?: ReactNode;
};

/** A second click this soon after a check is the rest of a double click, not a decision to go on. */
const DOUBLE_CLICK_MS = 300;

function selectedOptions(response: QuizResponse | undefined): string[] {
  if (!response) return [];
  if (response.type === 'single') return [response.choice];
  if (response.type === 'multiple') return response.choices;
  if (response.type === 'truefalse') return [response.value ? 'True' : 'False'];
  return [];
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
}

/**
 * One question at a time. Practice mode: check, see the feedback with its evidence, go on. Test
 * mode: answer in any order, flag, review, finish. The state and the grading come from outside
 * (the study store and the browser grader for self-study), so the same view can run an
 * assignment whose answer key stays on the server.
 */
export function QuizView({
  title,
  backHref,
  backLabel,
  progress,
  questions,
  grader,
  actions,
  evidenceBack,
  backNote = '(your progress is saved)',
  status,
  timer,
}: Props) {
  const [announcement, setAnnouncement] = useState('');
  const [nudge, setNudge] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const feedbackRef = useRef<HTMLElement>(null);
  const optionsRef = useRef<HTMLDivElement>(null);
  const justChecked = useRef(false);
  const checkedAt = useRef(-Infinity);
  const focusedScreen = useRef<string | null>(null);
  const formId = useId();
  const promptId = `${formId}-prompt`;

  const practice = progress.mode === 'practice';
  const questionId = progress.questionIds[progress.index];
  const question = questionId ? questions.get(questionId) : undefined;
  const saved = questionId ? progress.answers[questionId] : undefined;
  const response = saved?.response ?? (question ? startingResponse(question) : undefined);
  const locked = questionId ? isLocked(progress, questionId) : false;
  const step = primaryStep(progress);
  const feedback = useMemo(
    () => (practice && locked && grader && questionId && response ? grader(questionId, response) : null),
    [practice, locked, grader, questionId, response],
  );
  const total = progress.questionIds.length;
  const flagged = questionId ? progress.flagged.includes(questionId) : false;
  const screen = progress.reviewing ? 'review' : (questionId ?? '');

  // The parts loaded when first needed are fetched soon after the quiz opens, while there is still a
  // connection: a student who goes offline mid-test can still reach the review and an ordering question.
  const needsOrdering = useMemo(() => [...questions.values()].some((q) => q.type === 'ordering'), [questions]);
  useEffect(() => {
    if (needsOrdering) void import('./ordering-list');
    if (!practice) void import('./review-list');
  }, [needsOrdering, practice]);

  // Each new screen (the first question when the quiz opens or resumes, every next one, the review)
  // moves focus to its heading, or to the text box of a typed question, so screen readers start there.
  useEffect(() => {
    if (!screen || focusedScreen.current === screen) return;
    const first = focusedScreen.current === null;
    focusedScreen.current = screen;
    if (first) {
      if (screen === 'review') return;
      if (question?.type === 'typed' && !locked) inputRef.current?.focus();
      else headingRef.current?.focus({ preventScroll: true });
      return;
    }
    // A new question is painted first; the scroll to the top and the focus follow a frame later
    // (not cancelled when the question's state changes meanwhile: this screen is still to be focused).
    afterPaint(() => {
      window.scrollTo({ top: 0 });
      if (screen === 'review') return; // the review list focuses its own heading
      if (question?.type === 'typed' && !locked) inputRef.current?.focus();
      else headingRef.current?.focus();
    });
  }, [screen, question, locked]);

  // Right after a check (once its feedback is there: a grader loaded on demand may take a moment):
  // say the verdict, focus "Next" (Enter continues) and bring the feedback into view.
  useEffect(() => {
    if (!feedback || !justChecked.current) return;
    justChecked.current = false;
    setAnnouncement(
      feedback.grade.verdict === 'correct'
        ? `${verdictText(feedback.grade)}${feedback.grade.spelling ? `: ${feedback.grade.spelling}` : ''}.`
        : `${verdictText(feedback.grade)}. The right answer: ${feedback.correct.join(', ')}.`,
    );
    // The feedback is painted first; focus and the scroll follow a frame later.
    afterPaint(() => {
      primaryRef.current?.focus({ preventScroll: true });
      feedbackRef.current?.scrollIntoView({ block: 'nearest', behavior: scrollBehavior() });
    });
  }, [feedback]);

  const primaryAction = () => {
    if (progress.reviewing || !question) return;
    if (stepNeedsAnswer(step) && !isAnswerable(response)) {
      setNudge(question.type === 'typed' ? 'Type an answer first.' : 'Choose an answer first.');
      return;
    }
    setNudge('');
    // Checking an ordering left as shown checks that order. In Test mode, moving on from an untouched
    // one leaves it unanswered (it always starts in a wrong order), so the review lists it as a gap.
    if (step === 'check' && !saved && response && isAnswerable(response)) actions.answer(response);
    if (step === 'check') {
      actions.check();
      justChecked.current = true;
      checkedAt.current = performance.now();
      return;
    }
    if (step === 'finish') {
      actions.finish();
      return;
    }
    actions.next();
    // The new screen's heading is focused and read out; in Test mode also confirm the answer was kept.
    setAnnouncement(practice ? '' : isAnswerable(saved?.response) ? 'Answer saved.' : 'Skipped for now.');
  };

  const choose = (option: string) => {
    if (!question || locked) return;
    setNudge('');
    if (question.type === 'single') actions.answer({ type: 'single', choice: option });
    else if (question.type === 'truefalse') actions.answer({ type: 'truefalse', value: option === 'True' });
    else if (question.type === 'multiple') {
      const current = response?.type === 'multiple' ? response.choices : [];
      const choices = current.includes(option) ? current.filter((c) => c !== option) : [...current, option];
      actions.answer({ type: 'multiple', choices });
    }
  };

  const options = question && 'options' in question ? question.options : [];

  // Keys: 1–9 pick an option (and focus it, so a screen reader says which); Enter checks or
  // continues. Buttons, links and the text box keep their own Enter; held-down keys do nothing.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat || !question) return;
    if (progress.reviewing) return;
    const target = event.target;
    if (target instanceof HTMLElement && target.closest('dialog')) return;
    if (/^[1-9]$/.test(event.key) && !isTextEntry(target)) {
      const option = options[Number(event.key) - 1];
      if (option && !locked) {
        event.preventDefault();
        choose(option);
        optionsRef.current?.querySelectorAll('input')[Number(event.key) - 1]?.focus();
      }
      return;
    }
    if (event.key === 'Enter') {
      if (target instanceof HTMLElement && target.closest('button, a, summary, textarea')) return;
      if (isTextEntry(target)) return; // the form's submit handles Enter in the text box
      event.preventDefault();
      primaryAction();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    primaryAction();
  };

  const done = answeredCount(progress);
  const position = progress.index + 1;

  const header = (
    <>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <a href={backHref} className="inline-flex min-h-11 items-center gap-2 font-medium text-accent no-underline">
          <ArrowLeftIcon size={18} className="shrink-0" />
          <span>
            {backLabel}
            {backNote ? <span className="sr-only"> {backNote}</span> : null}
          </span>
        </a>
        <p className="text-sm text-ink-muted">
          {MODE_LABELS[progress.mode]} mode{progress.retryOf ? ' · retrying missed' : ''}
        </p>
      </div>
      <h1 className="sr-only">
        {title} quiz, {MODE_LABELS[progress.mode].toLowerCase()} mode
      </h1>
      <div className="mt-3">
        <div
          className="flex flex-wrap items-baseline justify-between gap-x-4 text-sm text-ink-muted"
          aria-hidden="true"
        >
          <p>
            {progress.reviewing ? (
              'Review'
            ) : (
              <>
                Question <span className="font-semibold text-ink">{position}</span> of {total}
              </>
            )}
          </p>
          <p>{done} answered</p>
        </div>
        <div
          role="progressbar"
          aria-label="Quiz progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={
            progress.reviewing
              ? `Reviewing, ${done} of ${total} answered`
              : `Question ${position} of ${total}, ${done} answered`
          }
          className="mt-2 h-2 overflow-hidden rounded-full bg-line"
        >
          <div
            className="h-full rounded-full bg-accent motion-safe:transition-[width] motion-safe:duration-300"
            style={{ width: `${(done / total) * 100}%` }}
          />
        </div>
      </div>
      {status ? <div className="mt-3">{status}</div> : null}
    </>
  );

  if (progress.reviewing) {
    return (
      <div>
        {header}
        <Suspense fallback={<LoadingBlock label="Loading the review…" />}>
          <ReviewList
            progress={progress}
            questions={questions}
            onGoTo={actions.goTo}
            onBack={actions.back}
            onFinish={actions.finish}
            timer={timer}
          />
        </Suspense>
        <LiveMessage>{announcement}</LiveMessage>
      </div>
    );
  }

  if (!question) return null;
  const label = primaryLabel(step, progress.mode);
  const answerable = isAnswerable(response);

  return (
    // On phones the quiz fills the screen so the main button sits at the bottom, in thumb reach.
    <div className="flex min-h-[calc(100dvh-5.5rem)] flex-col sm:block sm:min-h-0">
      {header}

      <form id={formId} onSubmit={onSubmit} className="mt-6 flex flex-1 flex-col sm:block" noValidate>
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          {QUESTION_TYPE_LABELS[question.type]}
          {flagged ? <span className="ml-2 font-normal normal-case text-ink-muted">· flagged for review</span> : null}
        </p>
        <h2
          ref={headingRef}
          tabIndex={-1}
          id={promptId}
          className="mt-2 font-serif text-2xl leading-snug font-semibold text-balance break-words focus:outline-none sm:text-3xl"
        >
          <span className="sr-only">
            Question {position} of {total}:{' '}
          </span>
          {question.prompt}
        </h2>
        {question.type === 'multiple' || question.type === 'truefalse' ? (
          <p id={`${formId}-hint`} className="mt-2 text-ink-muted">
            {QUESTION_TYPE_HINTS[question.type]}
          </p>
        ) : null}

        <div className="mt-6 mb-6 sm:mb-0" ref={optionsRef}>
          {question.type === 'single' || question.type === 'multiple' || question.type === 'truefalse' ? (
            <ChoiceOptions
              key={question.id}
              name={`${formId}-${question.id}`}
              kind={question.type === 'multiple' ? 'checkbox' : 'radio'}
              options={question.options}
              selected={selectedOptions(saved?.response)}
              onToggle={choose}
              locked={locked}
              correct={feedback ? feedback.correct : undefined}
              labelledBy={promptId}
              describedBy={question.type === 'single' ? undefined : `${formId}-hint`}
            />
          ) : null}
          {question.type === 'typed' ? (
            <TypedAnswer
              key={question.id}
              ref={inputRef}
              id={`${formId}-typed`}
              value={response?.type === 'typed' ? response.text : ''}
              onChange={(text) => {
                setNudge('');
                actions.answer({ type: 'typed', text });
              }}
              locked={locked}
              state={feedback ? (feedback.grade.verdict === 'correct' ? 'correct' : 'incorrect') : undefined}
              describedBy={promptId}
            />
          ) : null}
          {question.type === 'ordering' && response?.type === 'ordering' ? (
            <Suspense fallback={<LoadingBlock label="Loading the items…" />}>
              <OrderingList
                key={question.id}
                items={response.order}
                onChange={(order) => actions.answer({ type: 'ordering', order })}
                onEnter={primaryAction}
                locked={locked}
                correctOrder={feedback ? feedback.correct : undefined}
                announce={setAnnouncement}
                hintId={`${formId}-hint`}
              />
              {/* In Test mode an order left as shown is not an answer until the student says so. */}
              {!practice && !saved ? (
                <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-dashed border-line-strong px-4 py-3">
                  <p className="min-w-0 flex-1 text-sm text-ink-muted">
                    Not answered yet: move the items, or keep this order as your answer.
                  </p>
                  <button
                    type="button"
                    onClick={() => actions.answer({ type: 'ordering', order: response.order })}
                    className={buttonClass('secondary', 'md')}
                  >
                    This order is my answer
                  </button>
                </div>
              ) : null}
            </Suspense>
          ) : null}
        </div>

        {feedback ? (
          <div className="mt-6 mb-6">
            <FeedbackPanel
              ref={feedbackRef}
              feedback={feedback}
              ordering={question.type === 'ordering'}
              backLink={evidenceBack === null ? null : (evidenceBack ?? { fromSet: '', back: 'quiz' })}
            />
          </div>
        ) : null}

        <div
          data-no-print
          className="sticky bottom-0 z-20 -mx-4 mt-auto border-t border-line bg-bg/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:static sm:mx-0 sm:mt-8 sm:border-0 sm:bg-transparent sm:p-0 sm:backdrop-blur-none"
        >
          <p
            className="mx-auto mb-2 max-w-3xl text-sm font-semibold text-bad empty:hidden sm:text-right"
            aria-hidden="true"
          >
            {nudge}
          </p>
          {timer ? <div className="mx-auto mb-2 max-w-3xl sm:hidden">{timer}</div> : null}
          <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-3 gap-y-2">
            {practice ? (
              // On phones the progress at the top scrolls away; the bar at the bottom repeats it.
              <p className="shrink-0 text-sm text-ink-muted tabular-nums sm:hidden" aria-hidden="true">
                {position}/{total}
              </p>
            ) : (
              <>
                <button
                  type="button"
                  onClick={actions.back}
                  disabled={progress.index === 0}
                  className={buttonClass('secondary', 'lg', 'px-4')}
                >
                  <ArrowLeftIcon size={18} className="shrink-0" />
                  <span className="sr-only sm:not-sr-only">Previous</span>
                  <span className="sr-only"> question</span>
                </button>
                <button
                  type="button"
                  aria-pressed={flagged}
                  onClick={() => actions.toggleFlag(question.id)}
                  className={buttonClass(
                    'secondary',
                    'lg',
                    'px-4 aria-pressed:border-accent aria-pressed:bg-accent-soft',
                  )}
                >
                  <FlagIcon size={18} className="shrink-0" />
                  <span>Flag</span>
                  <span className="sr-only"> this question for review</span>
                </button>
              </>
            )}
            <p className="hidden text-sm text-ink-muted [@media(hover:hover)]:lg:block" aria-hidden="true">
              {question.type !== 'typed' && question.type !== 'ordering' && !locked ? (
                <>
                  <kbd className="rounded border border-line px-1.5 font-sans">1</kbd>–
                  <kbd className="rounded border border-line px-1.5 font-sans">{Math.min(options.length, 9)}</kbd>{' '}
                  choose ·{' '}
                </>
              ) : null}
              <kbd className="rounded border border-line px-1.5 font-sans">Enter</kbd>{' '}
              {step === 'check' ? 'check' : 'continue'}
            </p>
            <button
              ref={primaryRef}
              type="submit"
              aria-disabled={stepNeedsAnswer(step) && !answerable}
              // The same button turns from "Check" into "Next": the second click of a double click, or a
              // held-down Enter, must not skip the feedback it just revealed. A second tap a moment later
              // (a reader who saw the verdict) is meant, and goes on.
              onClick={(event) => {
                if (event.detail > 1 && performance.now() - checkedAt.current < DOUBLE_CLICK_MS) event.preventDefault();
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && event.repeat) event.preventDefault();
              }}
              className={buttonClass('primary', 'lg', 'flex-1 whitespace-nowrap sm:ml-auto sm:min-w-44 sm:flex-none')}
            >
              {label}
            </button>
          </div>
        </div>
      </form>

      <LiveMessage>{nudge || announcement}</LiveMessage>
    </div>
  );
}

function LoadingBlock({ label }: { label: string }) {
  return (
    <div
      aria-busy="true"
      data-placeholder
      className="h-48 animate-pulse rounded-xl bg-surface-2 motion-reduce:animate-none"
    >
      <p className="sr-only">{label}</p>
    </div>
  );
}

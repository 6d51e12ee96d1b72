'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { LiveMessage } from '@/components/ui/live-message';
import type { CatalogQuestion } from '@/lib/content/check';
import { correctAnswerLines, QUESTION_TYPE_HINTS, QUESTION_TYPE_LABELS } from '@/lib/quiz/describe';
import { gradeResponse, isAnswerable } from '@/lib/quiz/grade';
import type { QuizResponse } from '@/lib/quiz/response';
import { displayedOptions, initialResponse, isLastQuestion, sessionFitsContent } from '@/lib/quiz/session';
import { routes } from '@/lib/routes';
import { useStudyStore } from '@/stores/study-store-provider';
import { ChoiceOptions } from './choice-options';
import { FeedbackPanel, verdictText } from './feedback-panel';
import { OrderingList } from './ordering-list';
import { TypedAnswer } from './typed-answer';

type Props = {
  setId: string;
  setTitle: string;
  /** Every question of the set; the session says which are asked and in what order. */
  questions: CatalogQuestion[];
};

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

/** One question at a time, with feedback in Practice mode; the state lives in the study store. */
export function QuizRunner({ setId, setTitle, questions }: Props) {
  const router = useRouter();
  const hydrated = useStudyStore((s) => s.hasHydrated);
  const session = useStudyStore((s) => s.sessions[setId]);
  const answer = useStudyStore((s) => s.answer);
  const check = useStudyStore((s) => s.check);
  const next = useStudyStore((s) => s.next);
  const finish = useStudyStore((s) => s.finish);
  const discard = useStudyStore((s) => s.discard);
  const startQuiz = useStudyStore((s) => s.startQuiz);

  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const [leaving, setLeaving] = useState(false);
  const [staleNotice, setStaleNotice] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [nudge, setNudge] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const feedbackRef = useRef<HTMLElement>(null);
  const optionsRef = useRef<HTMLDivElement>(null);
  const justChecked = useRef(false);
  const shownQuestion = useRef<string | null>(null);
  const formId = useId();
  const promptId = `${formId}-prompt`;

  // The content may have changed since this quiz was saved (a question removed, options reworded).
  const stale = Boolean(session && !sessionFitsContent(session, byId));
  useEffect(() => {
    if (stale) {
      discard(setId);
      setStaleNotice(true);
    }
  }, [stale, discard, setId]);

  const questionId = session?.questionIds[session.index];
  const question = questionId ? byId.get(questionId) : undefined;
  const state = questionId ? session?.answers[questionId] : undefined;
  const response = state?.response ?? (question && session ? initialResponse(question, session.seed) : undefined);
  const locked = state?.checked ?? false;
  const practice = session?.mode === 'practice';
  const grade = practice && locked && question && response ? gradeResponse(question, response) : null;
  const answerable = isAnswerable(response);
  const last = session ? isLastQuestion(session) : false;
  const seed = session?.seed;
  const options = useMemo(() => (question && seed ? displayedOptions(question, seed) : []), [question, seed]);

  // A new question focuses its heading (or its text box) so screen readers start there.
  useEffect(() => {
    if (!questionId || !question) return;
    const previous = shownQuestion.current;
    shownQuestion.current = questionId;
    if (previous === null || previous === questionId) return;
    window.scrollTo({ top: 0 });
    if (question.type === 'typed' && !locked) inputRef.current?.focus();
    else headingRef.current?.focus();
  }, [questionId, question, locked]);

  // Right after a check: focus "Next" (Enter continues) and bring the feedback into view.
  useEffect(() => {
    if (!grade || !justChecked.current) return;
    justChecked.current = false;
    primaryRef.current?.focus({ preventScroll: true });
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    feedbackRef.current?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  });

  const finishQuiz = () => {
    setLeaving(true);
    const record = finish(setId, byId);
    router.push(record ? routes.results(setId, record.id) : routes.set(setId));
  };

  const checkAnswer = (current: CatalogQuestion, given: QuizResponse) => {
    if (!state) answer(setId, given); // an ordering left as shown is still an answer
    check(setId);
    justChecked.current = true;
    const result = gradeResponse(current, given);
    setAnnouncement(
      result.verdict === 'correct'
        ? `${verdictText(result)}${result.spelling ? `: ${result.spelling}` : ''}.`
        : `${verdictText(result)}. The right answer: ${correctAnswerLines(current).join(', ')}.`,
    );
  };

  const moveOn = (given: QuizResponse) => {
    if (!state) answer(setId, given);
    if (last) {
      finishQuiz();
      return;
    }
    next(setId);
    // The new question's heading is focused and read out; in Test mode also confirm the answer was kept.
    setAnnouncement(practice ? '' : 'Answer saved.');
  };

  const primaryAction = () => {
    if (!session || !question || !response) return;
    if (!answerable) {
      setNudge(question.type === 'typed' ? 'Type an answer first.' : 'Choose an answer first.');
      return;
    }
    setNudge('');
    if (practice && !locked) checkAnswer(question, response);
    else moveOn(response);
  };

  const choose = (option: string) => {
    if (!question || locked) return;
    setNudge('');
    if (question.type === 'single') answer(setId, { type: 'single', choice: option });
    else if (question.type === 'truefalse') answer(setId, { type: 'truefalse', value: option === 'True' });
    else if (question.type === 'multiple') {
      const current = response?.type === 'multiple' ? response.choices : [];
      const choices = current.includes(option) ? current.filter((c) => c !== option) : [...current, option];
      answer(setId, { type: 'multiple', choices });
    }
  };

  // Keys: 1–9 pick an option (and focus it, so a screen reader says which); Enter checks or
  // continues. Buttons, links and the text box keep their own Enter; held-down keys do nothing.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat || !question) return;
    const target = event.target;
    if (/^[1-9]$/.test(event.key) && !isTextEntry(target)) {
      const option = options[Number(event.key) - 1];
      const choiceType = question.type === 'single' || question.type === 'multiple' || question.type === 'truefalse';
      if (option && !locked && choiceType) {
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

  if (!hydrated || leaving || stale) return <QuizSkeleton />;

  if (!session || !question) {
    return (
      <div className="space-y-6">
        <LiveMessage tone="notice">
          {staleNotice
            ? 'The questions in this set changed since you started, so that quiz was closed. Your past results are kept.'
            : ''}
        </LiveMessage>
        <div className="rounded-2xl border border-line bg-surface p-6 shadow-card">
          <h1 className="text-2xl font-bold tracking-tight">No {setTitle} quiz in progress</h1>
          <p className="mt-2 text-ink-muted">Start one now in Practice mode, or choose the mode and length first.</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <button
              type="button"
              className={buttonClass('primary', 'lg')}
              onClick={() =>
                startQuiz({ setId, questionIds: questions.map((q) => q.id), mode: 'practice', shuffle: true })
              }
            >
              Start practice
            </button>
            <Link href={routes.set(setId)} className={buttonClass('secondary', 'lg')}>
              Choose options
            </Link>
          </div>
        </div>
      </div>
    );
  }

  const total = session.questionIds.length;
  const done = session.questionIds.filter((id) => session.answers[id]?.checked).length;
  const position = session.index + 1;
  const primaryLabel =
    practice && !locked ? 'Check answer' : last ? (practice ? 'See results' : 'Finish test') : 'Next question';
  const choiceQuestion = question.type === 'single' || question.type === 'multiple' || question.type === 'truefalse';

  return (
    // On phones the quiz fills the screen so the main button sits at the bottom, in thumb reach.
    <div className="flex min-h-[calc(100dvh-5.5rem)] flex-col sm:block sm:min-h-0">
      <div className="flex items-center justify-between gap-3">
        <Link
          href={routes.set(setId)}
          className="inline-flex min-h-11 items-center gap-2 font-medium text-accent no-underline"
        >
          <ArrowLeftIcon size={18} />
          <span>
            {setTitle}
            <span className="sr-only"> set (your progress is saved)</span>
          </span>
        </Link>
        <p className="text-sm text-ink-muted">
          {practice ? 'Practice' : 'Test'} mode{session.retryOf ? ' · retrying missed' : ''}
        </p>
      </div>

      <h1 className="sr-only">
        {setTitle} quiz, {practice ? 'practice' : 'test'} mode
      </h1>

      <div className="mt-3">
        <div className="flex items-baseline justify-between text-sm text-ink-muted" aria-hidden="true">
          <p>
            Question <span className="font-semibold text-ink">{position}</span> of {total}
          </p>
          <p>{done} answered</p>
        </div>
        <div
          role="progressbar"
          aria-label="Quiz progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={`Question ${position} of ${total}, ${done} answered`}
          className="mt-2 h-2 overflow-hidden rounded-full bg-line"
        >
          <div
            className="h-full rounded-full bg-accent motion-safe:transition-[width] motion-safe:duration-300"
            style={{ width: `${(done / total) * 100}%` }}
          />
        </div>
      </div>

      <form id={formId} onSubmit={onSubmit} className="mt-6 flex flex-1 flex-col sm:block" noValidate>
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          {QUESTION_TYPE_LABELS[question.type]}
        </p>
        <h2
          ref={headingRef}
          tabIndex={-1}
          id={promptId}
          className="mt-2 font-serif text-2xl leading-snug font-semibold text-balance focus:outline-none sm:text-3xl"
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
          {choiceQuestion ? (
            <ChoiceOptions
              key={question.id}
              name={`${formId}-${question.id}`}
              kind={question.type === 'multiple' ? 'checkbox' : 'radio'}
              options={options}
              selected={selectedOptions(state?.response)}
              onToggle={choose}
              locked={locked}
              correct={grade ? correctAnswerLines(question) : undefined}
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
                answer(setId, { type: 'typed', text });
              }}
              locked={locked}
              state={grade ? (grade.verdict === 'correct' ? 'correct' : 'incorrect') : undefined}
              describedBy={promptId}
            />
          ) : null}
          {question.type === 'ordering' && response?.type === 'ordering' ? (
            <OrderingList
              key={question.id}
              items={response.order}
              onChange={(order) => answer(setId, { type: 'ordering', order })}
              locked={locked}
              correctOrder={grade ? question.answer : undefined}
              announce={setAnnouncement}
              hintId={`${formId}-hint`}
            />
          ) : null}
        </div>

        {grade ? (
          <div className="mt-6 mb-6">
            <FeedbackPanel ref={feedbackRef} question={question} grade={grade} setId={setId} />
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
          <div className="mx-auto flex max-w-3xl items-center gap-4">
            {/* On phones the progress at the top scrolls away; the bar at the bottom repeats it. */}
            <p className="shrink-0 text-sm text-ink-muted tabular-nums sm:hidden" aria-hidden="true">
              {position}/{total}
            </p>
            <p className="hidden text-sm text-ink-muted [@media(hover:hover)]:sm:block" aria-hidden="true">
              {choiceQuestion && !locked ? (
                <>
                  <kbd className="rounded border border-line px-1.5 font-sans">1</kbd>–
                  <kbd className="rounded border border-line px-1.5 font-sans">{Math.min(options.length, 9)}</kbd>{' '}
                  choose ·{' '}
                </>
              ) : null}
              <kbd className="rounded border border-line px-1.5 font-sans">Enter</kbd>{' '}
              {practice && !locked ? 'check' : 'continue'}
            </p>
            <button
              ref={primaryRef}
              type="submit"
              aria-disabled={!answerable}
              // The same button turns from "Check" into "Next": the second click of a double click, or a
              // held-down Enter, must not skip the feedback it just revealed.
              onClick={(event) => {
                if (event.detail > 1) event.preventDefault();
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && event.repeat) event.preventDefault();
              }}
              className={buttonClass('primary', 'lg', 'flex-1 sm:ml-auto sm:min-w-44 sm:flex-none')}
            >
              {primaryLabel}
            </button>
          </div>
        </div>
      </form>

      <LiveMessage>{nudge || announcement}</LiveMessage>
    </div>
  );
}

function QuizSkeleton() {
  return (
    <div aria-busy="true" className="animate-pulse space-y-6 motion-reduce:animate-none">
      <p className="sr-only">Loading your quiz…</p>
      <div className="h-11 w-40 rounded-lg bg-surface-2" />
      <div className="h-2 rounded-full bg-surface-2" />
      <div className="h-20 rounded-xl bg-surface-2" />
      <div className="space-y-3">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-14 rounded-xl bg-surface-2" />
        ))}
      </div>
    </div>
  );
}

'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { QuizView } from '@/components/quiz/quiz-view';
import { buttonClass } from '@/components/ui/button-styles';
import { ClockIcon } from '@/components/ui/icons';
import { saveAnswer, startAttempt, submitAttempt } from '@/lib/api-client';
import type { StudentView } from '@/lib/assign/dto';
import { retryDelay } from '@/lib/assign/outbox';
import type { PublicQuestion } from '@/lib/quiz/public';
import { createAssignmentStore, type AssignmentStore, type AssignmentStoreApi } from '@/stores/assignment-store';
import { createOutboxSender } from '@/stores/outbox-sender';
import { AttemptResultView } from './attempt-result';

type Props = { code: string; initial: StudentView };

/** A student's side of an assignment: a name, the questions (graded on the server), the result. */
export function TakeAssignment({ code, initial }: Props) {
  const [view, setView] = useState(initial);
  const { assignment, attempt } = view;

  if (attempt && !attempt.result) {
    return (
      <AssignmentStoreProvider key={attempt.id} view={view}>
        <AttemptQuiz code={code} onSubmitted={setView} />
      </AssignmentStoreProvider>
    );
  }
  if (attempt?.result) {
    return (
      <div className="space-y-6">
        <AttemptResultView title={assignment.title} attempt={attempt} />
        {attempt.canRetry ? <StartForm code={code} view={view} onStarted={setView} again /> : null}
      </div>
    );
  }
  return <StartForm code={code} view={view} onStarted={setView} />;
}

function minutes(seconds: number): string {
  const m = Math.round(seconds / 60);
  return `${m} minute${m === 1 ? '' : 's'}`;
}

function StartForm({
  code,
  view,
  onStarted,
  again = false,
}: {
  code: string;
  view: StudentView;
  onStarted: (view: StudentView) => void;
  again?: boolean;
}) {
  const { assignment } = view;
  const [name, setName] = useState(view.attempt?.displayName ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Type your name, so your teacher knows whose answers these are.');
      return;
    }
    setBusy(true);
    setError('');
    const started = await startAttempt(code, name);
    setBusy(false);
    if (started.ok) onStarted(started.data);
    else setError(started.error.message);
  };

  const facts = [
    `${assignment.questionCount} question${assignment.questionCount === 1 ? '' : 's'}`,
    assignment.timeLimitSeconds ? `${minutes(assignment.timeLimitSeconds)} to answer` : 'no time limit',
    assignment.closesAt ? `closes ${new Date(assignment.closesAt).toLocaleString()}` : null,
  ].filter(Boolean);

  return (
    <div className="rounded-2xl border border-line bg-surface p-6 shadow-card sm:p-8">
      {again ? (
        <h2 className="text-2xl font-bold tracking-tight">Try again</h2>
      ) : (
        <>
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">Assignment</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance">{assignment.title}</h1>
        </>
      )}
      <p className="mt-2 text-ink-muted">{facts.join(' · ')}</p>
      {assignment.state === 'closed' ? (
        <p className="mt-6 rounded-xl border border-bad/40 bg-bad-soft px-4 py-3 font-medium">
          This assignment is closed. Ask your teacher if you think it should be open.
        </p>
      ) : assignment.state === 'not-open' ? (
        <p className="mt-6 rounded-xl border border-partial/40 bg-partial-soft px-4 py-3 font-medium">
          This assignment opens {assignment.opensAt ? new Date(assignment.opensAt).toLocaleString() : 'later'}. Reload
          this page then.
        </p>
      ) : (
        <form onSubmit={submit} className="mt-6 max-w-md" noValidate>
          <label htmlFor="display-name" className="block font-semibold">
            Your name
          </label>
          <p id="display-name-hint" className="text-sm text-ink-muted">
            As your teacher will see it. No account needed.
          </p>
          <input
            id="display-name"
            name="displayName"
            autoComplete="name"
            maxLength={60}
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby={error ? 'display-name-hint display-name-error' : 'display-name-hint'}
            aria-invalid={error ? true : undefined}
            className="mt-2 block min-h-12 w-full rounded-xl border border-line-strong bg-bg px-4 text-lg"
          />
          <p id="display-name-error" role="alert" className="mt-2 text-sm font-medium text-bad empty:hidden">
            {error}
          </p>
          <button type="submit" disabled={busy} className={buttonClass('primary', 'lg', 'mt-4 w-full sm:w-auto')}>
            {again ? `Start attempt ${(view.attempt?.number ?? 0) + 1}` : 'Start'}
          </button>
        </form>
      )}
    </div>
  );
}

// ── The attempt in progress ────────────────────────────────────────────────────────────────────

const StoreContext = createContext<AssignmentStoreApi | null>(null);

function AssignmentStoreProvider({ view, children }: { view: StudentView; children: React.ReactNode }) {
  const [store] = useState(() => createAssignmentStore(view.attempt!));
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

function useAssignmentStore<T>(selector: (state: AssignmentStore) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAssignmentStore must be used inside <AssignmentStoreProvider>');
  return useStore(store, selector);
}

function useStoreApi(): AssignmentStoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi must be used inside <AssignmentStoreProvider>');
  return store;
}

/** Sends queued answers (stores/outbox-sender.ts) whenever there are some, retrying with back-off when offline. */
function useOutboxSync(code: string) {
  const store = useStoreApi();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sender = useMemo(
    () =>
      createOutboxSender(store, (questionId, pending) =>
        saveAnswer(code, store.getState().attempt.id, {
          questionId,
          revision: pending.revision,
          response: pending.response,
        }),
      ),
    [code, store],
  );
  const flush = sender.flush;

  const outboxSize = useAssignmentStore((s) => Object.keys(s.outbox).length);
  const statusKind = useAssignmentStore((s) => s.status.kind);

  useEffect(() => {
    if (outboxSize === 0 || statusKind === 'refused') return;
    if (timer.current) clearTimeout(timer.current);
    const delay = sender.failures === 0 ? 0 : retryDelay(sender.failures);
    timer.current = setTimeout(() => {
      void flush().then((result) => {
        // Still offline: try again later (the effect re-runs when the status or the outbox changes).
        if (result === 'offline')
          store.getState().setStatus({ ...(store.getState().status as { kind: 'offline'; since: number }) });
      });
    }, delay);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  });

  useEffect(() => {
    const online = () => {
      sender.resetFailures();
      void flush();
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [flush, sender]);

  return flush;
}

function AttemptQuiz({ code, onSubmitted }: { code: string; onSubmitted: (view: StudentView) => void }) {
  const attempt = useAssignmentStore((s) => s.attempt);
  const session = useAssignmentStore((s) => s.session);
  const status = useAssignmentStore((s) => s.status);
  const pending = useAssignmentStore((s) => Object.keys(s.outbox).length);
  const actions = {
    answer: useAssignmentStore((s) => s.answer),
    next: useAssignmentStore((s) => s.next),
    back: useAssignmentStore((s) => s.back),
    goTo: useAssignmentStore((s) => s.goTo),
    toggleFlag: useAssignmentStore((s) => s.toggleFlag),
  };
  const flush = useOutboxSync(code);
  const [submitError, setSubmitError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const questions = useMemo(
    () => new Map<string, PublicQuestion>(attempt.questions.map((q) => [q.id, q])),
    [attempt.questions],
  );

  const submit = useCallback(async () => {
    setSubmitting(true);
    setSubmitError('');
    const flushed = await flush();
    if (flushed === 'offline') {
      setSubmitError(
        'You are offline: your answers are kept on this device. Submit again when the connection is back.',
      );
      setSubmitting(false);
      return;
    }
    const submitted = await submitAttempt(code, attempt.id);
    if (submitted.ok) {
      onSubmitted(submitted.data);
      return;
    }
    setSubmitError(
      submitted.offline
        ? 'Could not reach the server. Your answers are kept; submit again in a moment.'
        : submitted.error.message,
    );
    setSubmitting(false);
  }, [attempt.id, code, flush, onSubmitted]);

  const timeUp = useCountdown(attempt.deadline, attempt.serverNow);
  const submittedForTime = useRef(false);
  useEffect(() => {
    if (timeUp.expired && !submittedForTime.current) {
      submittedForTime.current = true;
      void submit();
    }
  }, [timeUp.expired, submit]);

  const clock = timeUp.label ? (
    <p className={`inline-flex items-center gap-1.5 font-semibold tabular-nums ${timeUp.urgent ? 'text-bad' : ''}`}>
      <ClockIcon size={16} />
      <span aria-hidden="true">{timeUp.label}</span>
      <span className="sr-only">Time left: {timeUp.spoken}</span>
    </p>
  ) : null;
  const statusLine = (
    <div className="space-y-2 text-sm">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SaveState status={status} pending={pending} />
        {clock}
      </div>
      {timeUp.warning ? <p className="font-semibold text-bad">{timeUp.warning}</p> : null}
    </div>
  );
  // On a phone the status line scrolls away: the time (and its warning) stays in the bottom bar, as
  // a copy for the eyes only (screen readers have the status line and the alerts).
  const timer = timeUp.label ? (
    <div aria-hidden="true" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span
        className={`inline-flex items-center gap-1.5 font-semibold tabular-nums ${timeUp.urgent ? 'text-bad' : ''}`}
      >
        <ClockIcon size={16} />
        {timeUp.label}
      </span>
      {timeUp.warning ? <span className="font-semibold text-bad">{timeUp.warningShort}</span> : null}
    </div>
  ) : null;

  return (
    <div className="space-y-4">
      <QuizView
        title={attempt.displayName ? `${attempt.displayName}: your answers` : 'Your answers'}
        backHref={`/a/${code}`}
        backLabel="Assignment"
        progress={session}
        questions={questions}
        actions={{
          answer: actions.answer,
          check: () => undefined,
          next: actions.next,
          back: actions.back,
          goTo: actions.goTo,
          toggleFlag: actions.toggleFlag,
          finish: () => void submit(),
        }}
        status={statusLine}
        timer={timer}
      />
      {/* Said once as each mark passes (5 minutes, 1 minute): the countdown itself is not announced. */}
      <p role="alert" className="sr-only">
        {timeUp.warning}
      </p>
      {submitting ? (
        <p role="status" className="text-ink-muted">
          Submitting…
        </p>
      ) : null}
      <p role="alert" className="rounded-xl border border-bad/40 bg-bad-soft px-4 py-3 font-medium empty:hidden">
        {submitError}
      </p>
    </div>
  );
}

function SaveState({ status, pending }: { status: AssignmentStore['status']; pending: number }) {
  const text =
    status.kind === 'refused'
      ? status.message
      : status.kind === 'offline'
        ? `Not saved yet (${pending}): no connection. Your answers are kept on this device and sent when it is back.`
        : pending > 0 || status.kind === 'saving'
          ? 'Saving…'
          : 'All answers saved';
  const tone = status.kind === 'refused' ? 'text-bad' : status.kind === 'offline' ? 'text-ink' : 'text-ink-muted';
  return (
    <p role="status" className={`font-medium ${tone}`}>
      {text}
    </p>
  );
}

/** Time left, counted on the server's clock: the page's own clock only measures time since loading. */
function useCountdown(deadline: string | null, serverNow: string) {
  const remaining = deadline ? Date.parse(deadline) - Date.parse(serverNow) : null;
  const [left, setLeft] = useState(remaining);
  useEffect(() => {
    if (remaining === null) return;
    const loaded = performance.now();
    const id = setInterval(() => setLeft(Math.max(0, remaining - (performance.now() - loaded))), 500);
    return () => clearInterval(id);
  }, [remaining]);
  if (left === null) return { label: '', spoken: '', urgent: false, expired: false, warning: '', warningShort: '' };
  const total = Math.ceil(left / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  const mark = left === 0 ? null : (WARNINGS.find((minutes) => left <= minutes * 60_000) ?? null);
  return {
    label: left === 0 ? 'Time is up' : `${m}:${String(s).padStart(2, '0')} left`,
    spoken: left === 0 ? 'time is up' : `${m} minutes ${s} seconds`,
    urgent: left < 60_000,
    expired: left === 0,
    warning: mark
      ? `${mark === 1 ? '1 minute' : `${mark} minutes`} left. Your answers are submitted automatically when time is up.`
      : '',
    warningShort: mark ? 'Submitted automatically at 0:00' : '',
  };
}

/** The marks, in minutes left, that are said aloud and shown: the smallest one passed is current. */
const WARNINGS = [1, 5];

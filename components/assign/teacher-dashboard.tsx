'use client';

import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { formatJoinCode } from '@/lib/assign/codes';
import { CORRECTIONS_LABELS } from '@/lib/assign/corrections';
import { printRoutes } from '@/lib/print/routes';
import { changeWindow, removeAttempt, renameAttempt, teacherResults } from '@/lib/api-client';
import { ColleagueLink } from './colleague-link';
import { CopyField } from './copy-field';
import type { TeacherResults, WindowAction, WindowChange } from '@/lib/assign/dto';
import { StudentAnswers } from './student-answers';
import { CloseDialog } from './close-dialog';

type Props = {
  initial: TeacherResults;
  teacherKey: string;
  studentUrl: string;
  /** The private key link; null when the signed-in teacher opened their own assignment without it. */
  teacherUrl: string | null;
  qrSvg: string;
  /** 'viewer': a colleague's read-only results link (results and CSV; no change, no sharing). */
  role: 'teacher' | 'viewer';
  /** Whether a read-only results link is out (the link itself is never kept). */
  resultsShared: boolean;
};

/** How often the results are fetched again while the page is visible. */
const REFRESH_MS = 4000;

const STATE_LABELS = { open: 'Open', closed: 'Closed', 'not-open': 'Not open yet' } as const;
const STATUS_LABELS = {
  'in-progress': 'In progress',
  submitted: 'Submitted',
  'timed-out': 'Time ran out',
  closed: 'Submitted when you closed',
} as const;

const students = (n: number) => (n === 1 ? '1 student' : `${n} students`);
const clockTime = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** What the teacher is told after a change to the assignment's window. */
export function describeChange(action: WindowAction, change: WindowChange): string {
  switch (action.type) {
    case 'reopen':
      return 'Reopened: new students can start.';
    case 'close':
      if (action.running === 'finish') {
        return change.running > 0
          ? `Closed to new students. ${students(change.running)} still answering can finish in their own time.`
          : 'Closed to new students.';
      }
      return change.running > 0
        ? `Closed. The answers of the ${students(change.running)} still answering were submitted as they stood.`
        : 'Closed.';
    case 'extend': {
      const close = change.assignment.closesAt
        ? ` The close time is now ${clockTime(change.assignment.closesAt)}.`
        : '';
      const who =
        change.running > 0
          ? `${students(change.running)} still answering got ${action.minutes} more minutes.`
          : 'No one is answering right now.';
      return `${who}${close} An extension cannot be taken back; you can still close early.`;
    }
  }
}

function duration(seconds: number | null): string {
  if (seconds === null) return '–';
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
}

/**
 * The teacher's live page: share the assignment (code, QR, link), watch the class's results come
 * in (polled, so it works with any number of server instances), act on the assignment, export CSV.
 */
export function TeacherDashboard({ initial, teacherKey, studentUrl, teacherUrl, qrSvg, role, resultsShared }: Props) {
  const readOnly = role === 'viewer';
  const [results, setResults] = useState(initial);
  const [message, setMessage] = useState('');
  const [presenting, setPresenting] = useState(false);
  const [closing, setClosing] = useState(false);
  const { assignment } = results;
  const api = `/api/assignments/${encodeURIComponent(assignment.id)}`;
  const assignmentId = assignment.id;

  const refresh = useCallback(async () => {
    // Offline for a moment: the next poll tries again.
    const latest = await teacherResults(assignmentId, teacherKey);
    if (latest.ok) setResults(latest.data);
  }, [assignmentId, teacherKey]);

  // Polls only while the tab is showing: a hidden tab has no timer at all, and coming back
  // fetches at once, then every REFRESH_MS again.
  useEffect(() => {
    let id: ReturnType<typeof setInterval> | undefined;
    const start = () => {
      if (id === undefined) id = setInterval(() => void refresh(), REFRESH_MS);
    };
    const stop = () => {
      clearInterval(id);
      id = undefined;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') {
        void refresh();
        start();
      } else stop();
    };
    if (document.visibilityState === 'visible') start();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [refresh]);

  const running = results.students.filter((s) => s.status === 'in-progress').length;
  const canExtend =
    (assignment.state === 'open' || assignment.finishing) &&
    (assignment.timeLimitSeconds !== null || assignment.closesAt !== null);

  /** Does what the teacher asked and says exactly what happened, and whether it can be taken back. */
  const act = async (action: WindowAction) => {
    const change = await changeWindow(assignmentId, teacherKey, action);
    setMessage(
      change.ok
        ? describeChange(action, change.data)
        : change.offline
          ? 'Could not reach the server: nothing changed. Try again.'
          : change.error.message,
    );
    await refresh();
  };

  const submitted = results.students.filter((s) => s.status !== 'in-progress');
  const mean = submitted.length
    ? Math.round(submitted.reduce((sum, s) => sum + (s.percent ?? 0), 0) / submitted.length)
    : null;
  const maxBucket = Math.max(1, ...results.histogram.map((b) => b.count));
  const asked = results.questions.filter((q) => q.attempts > 0 || results.students.length === 0);

  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          Assignment · {assignment.finishing ? 'Closed to new students' : STATE_LABELS[assignment.state]}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{assignment.title}</h1>
        <p className="mt-2 text-ink-muted">
          {assignment.questionCount} of {assignment.poolSize} questions per student
          {assignment.timeLimitSeconds ? ` · ${Math.round(assignment.timeLimitSeconds / 60)} min limit` : ''}
          {assignment.closesAt ? ` · closes ${new Date(assignment.closesAt).toLocaleString()}` : ''} · corrections:{' '}
          {CORRECTIONS_LABELS[assignment.corrections].toLowerCase()}
        </p>
        {readOnly ? (
          <p className="mt-4 rounded-xl border border-line bg-surface-2 p-4 text-sm">
            Read-only: a colleague shared these results with you. They update as students answer, and you can download
            them; only the assignment’s teacher can change anything.
          </p>
        ) : (
          <div className="mt-4 flex flex-wrap gap-3">
            {assignment.state === 'closed' && !assignment.finishing ? (
              <button type="button" className={buttonClass('secondary')} onClick={() => void act({ type: 'reopen' })}>
                Reopen
              </button>
            ) : assignment.finishing ? (
              <>
                <button type="button" className={buttonClass('secondary')} onClick={() => setClosing(true)}>
                  Close for everyone now
                </button>
                <button type="button" className={buttonClass('secondary')} onClick={() => void act({ type: 'reopen' })}>
                  Reopen
                </button>
              </>
            ) : (
              <button type="button" className={buttonClass('secondary')} onClick={() => setClosing(true)}>
                Close…
              </button>
            )}
            {canExtend ? (
              <button
                type="button"
                className={buttonClass('secondary')}
                onClick={() => void act({ type: 'extend', minutes: 10 })}
              >
                Give 10 more minutes
              </button>
            ) : null}
          </div>
        )}
        {closing ? (
          <CloseDialog
            running={running}
            allowFinish={!assignment.finishing}
            onCancel={() => setClosing(false)}
            onChoose={(choice) => {
              setClosing(false);
              void act({ type: 'close', running: choice });
            }}
          />
        ) : null}
        <p role="status" className="mt-2 text-sm font-medium">
          {message}
        </p>
      </header>

      {readOnly ? null : (
        <section
          aria-labelledby="share-heading"
          className="rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-6"
        >
          <h2 id="share-heading" className="text-xl font-bold tracking-tight">
            Share with the class
          </h2>
          <div className="mt-4 grid grid-cols-[minmax(0,1fr)] gap-6 md:grid-cols-[auto_minmax(0,1fr)]">
            <div
              className="mx-auto w-48 max-w-full rounded-xl bg-white p-1 [&_svg]:h-auto [&_svg]:w-full"
              role="img"
              aria-label={`QR code of the student link ${studentUrl}`}
              dangerouslySetInnerHTML={{ __html: qrSvg }}
            />
            <div className="min-w-0 space-y-4">
              <div>
                <p className="text-sm font-semibold [overflow-wrap:anywhere] text-ink-muted">
                  Join code (at {new URL(studentUrl).host}/join)
                </p>
                <p
                  className="font-mono text-3xl font-bold tracking-[0.15em] [overflow-wrap:anywhere] sm:text-4xl"
                  aria-label={`Join code ${assignment.code.split('').join(' ')}`}
                >
                  {formatJoinCode(assignment.code)}
                </p>
              </div>
              <CopyField label="Student link" value={studentUrl} />
              <button type="button" className={buttonClass('primary')} onClick={() => setPresenting(true)}>
                Present code and QR
              </button>
            </div>
          </div>
          {teacherUrl ? (
            <div className="mt-6 rounded-xl border border-partial/40 bg-partial-soft p-4">
              <CopyField label="Your private teacher link" value={teacherUrl} />
              <p className="mt-2 text-sm font-medium">
                Keep this link: it is the only way back to these results unless you made it signed in. It is saved in
                this browser too, under Assign a quiz; do not share it with students.
              </p>
            </div>
          ) : (
            <p className="mt-6 rounded-xl border border-line bg-surface-2 p-4 text-sm">
              This assignment is in your account: it is on your Assign a quiz page on any device where you sign in.
            </p>
          )}
          <ColleagueLink assignmentId={assignmentId} teacherKey={teacherKey} shared={resultsShared} />
        </section>
      )}

      <section aria-labelledby="students-heading">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="students-heading" className="text-xl font-bold tracking-tight">
            Students ({results.students.length})
          </h2>
          <p className="text-sm text-ink-muted">
            {submitted.length} submitted{mean === null ? '' : ` · mean score ${mean}%`} · updates every few seconds
          </p>
        </div>
        {results.students.length === 0 ? (
          <p className="mt-3 rounded-xl border border-dashed border-line-strong px-4 py-6 text-center text-ink-muted">
            No one has joined yet. Results appear here as students start.
          </p>
        ) : (
          <div
            // Scrolls sideways on a narrow screen: reachable by keyboard, named for screen readers.
            tabIndex={0}
            role="region"
            aria-label="Students table (scrolls sideways)"
            className="relative mt-3 overflow-x-auto rounded-2xl border border-line bg-surface shadow-card"
          >
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead className="border-b border-line bg-surface-2">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Name
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Status
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Answered
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Score
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Time
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Submitted
                  </th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.students.map((s) => (
                  <StudentRow
                    key={s.attemptId}
                    student={s}
                    assignmentId={assignmentId}
                    teacherKey={teacherKey}
                    readOnly={readOnly}
                    onChange={refresh}
                    onMessage={setMessage}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="histogram-heading">
        <h2 id="histogram-heading" className="text-xl font-bold tracking-tight">
          Score distribution
        </h2>
        <table className="mt-3 w-full max-w-xl text-sm">
          <caption className="sr-only">Number of submitted attempts in each score range</caption>
          <thead>
            <tr className="text-left text-ink-muted">
              <th scope="col" className="w-24 py-1 font-semibold">
                Score
              </th>
              <th scope="col" className="py-1 font-semibold">
                Students
              </th>
            </tr>
          </thead>
          <tbody>
            {results.histogram.map((bucket) => (
              <tr key={bucket.from}>
                <th scope="row" className="py-1 pr-3 text-left font-normal tabular-nums">
                  {bucket.from}–{bucket.to}%
                </th>
                <td className="py-1">
                  <div className="flex items-center gap-2">
                    <div
                      aria-hidden="true"
                      className="h-4 rounded bg-accent"
                      style={{ width: `${(bucket.count / maxBucket) * 80}%`, minWidth: bucket.count ? '0.5rem' : 0 }}
                    />
                    <span className="tabular-nums">{bucket.count}</span>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-xl font-bold tracking-tight">
          Questions
        </h2>
        <p className="mt-1 text-sm text-ink-muted">
          Facility: the share who got it right. Discrimination: how well it separates stronger from weaker attempts (the
          correlation with the rest of the score, as Moodle computes it; below 0.2 deserves a look).
        </p>
        <div
          // Scrolls sideways on a narrow screen: reachable by keyboard, named for screen readers.
          tabIndex={0}
          role="region"
          aria-label="Questions table (scrolls sideways)"
          className="relative mt-3 overflow-x-auto rounded-2xl border border-line bg-surface shadow-card"
        >
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="border-b border-line bg-surface-2">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Question
                </th>
                <th scope="col" className="px-3 py-2">
                  Answered by
                </th>
                <th scope="col" className="px-3 py-2">
                  Facility
                </th>
                <th scope="col" className="px-3 py-2">
                  Discrimination
                </th>
                <th scope="col" className="px-3 py-2">
                  Most common wrong answers
                </th>
              </tr>
            </thead>
            <tbody>
              {asked.map((q) => (
                <tr key={q.id} className="border-b border-line align-top last:border-0">
                  <th scope="row" className="max-w-xs px-3 py-2 text-left font-normal">
                    {q.prompt}
                    <span className="mt-1 block text-ink-muted">Answer: {q.correct.join(' · ')}</span>
                  </th>
                  <td className="px-3 py-2 tabular-nums">{q.attempts}</td>
                  <td className="px-3 py-2 tabular-nums">{q.facility === null ? '–' : `${q.facility}%`}</td>
                  <td className="px-3 py-2 tabular-nums">
                    {q.discrimination === null ? '–' : q.discrimination.toFixed(2)}
                  </td>
                  <td className="px-3 py-2">
                    {q.wrongAnswers.length === 0 ? (
                      <span className="text-ink-muted">–</span>
                    ) : (
                      <ul className="space-y-0.5">
                        {q.wrongAnswers.map((w) => (
                          <li key={w.answer} className="break-words">
                            {w.answer} <span className="text-ink-muted">×{w.count}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading" className="text-xl font-bold tracking-tight">
          Export and print
        </h2>
        <div className="mt-3 flex flex-wrap gap-3">
          <a
            className={buttonClass('secondary')}
            href={`${api}/export?format=wide&key=${encodeURIComponent(teacherKey)}`}
            download
          >
            CSV: a row per student
          </a>
          <a
            className={buttonClass('secondary')}
            href={`${api}/export?format=long&key=${encodeURIComponent(teacherKey)}`}
            download
          >
            CSV: every answer
          </a>
          <a className={buttonClass('secondary')} href={printRoutes.assignment(assignment.id, teacherKey)}>
            Print a worksheet and its key
          </a>
        </div>
      </section>

      {presenting ? (
        <Present
          code={assignment.code}
          host={new URL(studentUrl).host}
          qrSvg={qrSvg}
          onClose={() => setPresenting(false)}
        />
      ) : null}
    </div>
  );
}

type Student = TeacherResults['students'][number];

function StudentRow({
  student,
  assignmentId,
  teacherKey,
  readOnly,
  onChange,
  onMessage,
}: {
  student: Student;
  assignmentId: string;
  teacherKey: string;
  readOnly: boolean;
  onChange: () => Promise<void>;
  onMessage: (message: string) => void;
}) {
  const [mode, setMode] = useState<'view' | 'rename' | 'remove'>('view');
  const [name, setName] = useState(student.name);
  const [error, setError] = useState('');
  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const renamed = await renameAttempt(assignmentId, teacherKey, student.attemptId, name);
    if (!renamed.ok) {
      setError(renamed.error.message);
      return;
    }
    setMode('view');
    onMessage(`Renamed to ${renamed.data.displayName}.`);
    await onChange();
  };
  const remove = async () => {
    const removed = await removeAttempt(assignmentId, teacherKey, student.attemptId);
    onMessage(removed.ok ? `Removed ${student.name}'s entry.` : removed.error.message);
    await onChange();
  };

  return (
    <tr className="border-b border-line last:border-0">
      <th scope="row" className="max-w-[14rem] px-3 py-2 text-left font-semibold break-words">
        {mode === 'rename' ? (
          <form onSubmit={rename} className="flex flex-wrap gap-2">
            <label className="sr-only" htmlFor={`rename-${student.attemptId}`}>
              New name for {student.name}
            </label>
            <input
              id={`rename-${student.attemptId}`}
              value={name}
              maxLength={60}
              onChange={(e) => setName(e.target.value)}
              className="min-h-11 min-w-0 flex-1 rounded-lg border border-line-strong bg-bg px-2 font-normal"
            />
            <button type="submit" className={buttonClass('primary')}>
              Save
            </button>
            <button type="button" className={buttonClass('ghost')} onClick={() => setMode('view')}>
              Cancel
            </button>
            <p role="alert" className="w-full text-sm font-medium text-bad empty:hidden">
              {error}
            </p>
          </form>
        ) : (
          <>
            <StudentAnswers
              assignmentId={assignmentId}
              teacherKey={teacherKey}
              attemptId={student.attemptId}
              name={student.name}
            />
            {student.number > 1 ? (
              <span className="font-normal text-ink-muted"> (attempt {student.number})</span>
            ) : null}
          </>
        )}
      </th>
      <td className="px-3 py-2">{STATUS_LABELS[student.status as keyof typeof STATUS_LABELS]}</td>
      <td className="px-3 py-2 tabular-nums">
        {student.answered} of {student.asked}
      </td>
      <td className="px-3 py-2 tabular-nums">{student.percent === null ? '–' : `${student.percent}%`}</td>
      <td className="px-3 py-2 tabular-nums">{duration(student.seconds)}</td>
      <td className="px-3 py-2 tabular-nums">
        {student.submittedAt
          ? new Date(student.submittedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
          : '–'}
      </td>
      <td className="px-3 py-2 text-right whitespace-nowrap">
        {mode === 'remove' ? (
          <span className="inline-flex items-center gap-2">
            <span className="sr-only">Remove {student.name}?</span>
            <button type="button" className={buttonClass('primary')} onClick={remove}>
              Remove<span className="sr-only"> {student.name}</span>
            </button>
            <button type="button" className={buttonClass('ghost')} onClick={() => setMode('view')}>
              Keep
            </button>
          </span>
        ) : mode === 'view' && !readOnly ? (
          <span className="inline-flex gap-1">
            <button type="button" className={buttonClass('ghost')} onClick={() => setMode('rename')}>
              Rename<span className="sr-only"> {student.name}</span>
            </button>
            <button type="button" className={buttonClass('ghost')} onClick={() => setMode('remove')}>
              Remove<span className="sr-only"> {student.name}…</span>
            </button>
          </span>
        ) : null}
      </td>
    </tr>
  );
}

/** Full screen for the projector: the code and the QR, large. Escape or the button closes it. */
function Present({ code, host, qrSvg, onClose }: { code: string; host: string; qrSvg: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-label="Join code and QR code"
      className="m-0 h-dvh max-h-none w-dvw max-w-none bg-bg p-6 text-ink backdrop:bg-black/60"
    >
      <div className="flex h-full flex-col items-center justify-center gap-6 text-center">
        <p className="text-2xl sm:text-3xl">
          Go to <span className="font-semibold">{host}/join</span> and type
        </p>
        <p className="font-mono text-6xl font-bold tracking-[0.15em] sm:text-8xl">{formatJoinCode(code)}</p>
        <div
          role="img"
          aria-label="QR code of the student link"
          className="w-[min(60vh,80vw)] rounded-2xl bg-white p-2 [&_svg]:h-auto [&_svg]:w-full"
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <button type="button" autoFocus className={buttonClass('secondary', 'lg')} onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

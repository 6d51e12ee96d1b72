'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { QuizView, type QuizViewActions } from '@/components/quiz/quiz-view';
import { buttonClass } from '@/components/ui/button-styles';
import { previewArticle, type ApiProblem } from '@/lib/api-client';
import { publishInput } from '@/lib/drafts/authoring';
import { previewSet } from '@/lib/drafts/preview';
import type { PreviewSet } from '@/lib/drafts/publish';
import { formatPoints, plural } from '@/lib/format';
import { localGrader } from '@/lib/quiz/local-grader';
import { toPublicQuestion } from '@/lib/quiz/public';
import type { AttemptRecord, QuizSession } from '@/lib/quiz/records';
import { finishSession } from '@/lib/quiz/scoring';
import { advance, checkCurrent, goBack, goTo, setResponse, startSession, toggleFlag } from '@/lib/quiz/session';
import { newSeed } from '@/lib/quiz/shuffle';
import { routes } from '@/lib/routes';
import { AuthoringStoreProvider, useAuthoringStore } from '@/stores/authoring-store-provider';

/**
 * /teach/new/preview: the article on the authoring screen as a student would take it, before it is
 * published. The same quiz view, draws and grading as self-study; the quiz lives in this component
 * only, so nothing is saved, sent or counted, and the teacher's work is untouched.
 */
export function StudentPreview() {
  return (
    <AuthoringStoreProvider>
      <PreviewOfWork />
    </AuthoringStoreProvider>
  );
}

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; title: string; set: PreviewSet }
  | { state: 'refused'; message: string; problems: ApiProblem[] };

const NOTHING_ACCEPTED: Loaded = { state: 'refused', message: 'Accept at least one question first.', problems: [] };

function PreviewOfWork() {
  const hydrated = useAuthoringStore((s) => s.hasHydrated);
  const title = useAuthoringStore((s) => s.title);
  const date = useAuthoringStore((s) => s.date);
  const paragraphs = useAuthoringStore((s) => s.paragraphs);
  const items = useAuthoringStore((s) => s.items);
  const grouping = useAuthoringStore((s) => s.grouping);
  const sets = useAuthoringStore((s) => s.sets);
  const setKey = useSearchParams().get('set');
  const [attempt, setAttempt] = useState(0);
  const input = useMemo(
    () => (hydrated ? publishInput({ title, date, source: '', paragraphs, items, grouping, sets }) : null),
    [hydrated, title, date, paragraphs, items, grouping, sets],
  );
  /** The answer, and the request it answers (a newer request shows "Preparing" until its answer). */
  const [answered, setAnswered] = useState<{ input: unknown; attempt: number; loaded: Loaded } | null>(null);

  useEffect(() => {
    if (!input || input.sets.length === 0) return;
    let current = true;
    void previewArticle(input).then((result) => {
      if (!current) return;
      let loaded: Loaded;
      if (!result.ok) {
        loaded = {
          state: 'refused',
          message: result.offline
            ? 'Could not reach the server to prepare the preview. Your work is saved; try again in a moment.'
            : result.error.message,
          problems: result.error.problems ?? [],
        };
      } else {
        const set = previewSet(result.data, grouping, setKey);
        loaded = set ? { state: 'ready', title: result.data.title, set } : NOTHING_ACCEPTED;
      }
      setAnswered({ input, attempt, loaded });
    });
    return () => {
      current = false;
    };
  }, [input, grouping, setKey, attempt]);

  const loaded: Loaded =
    input && input.sets.length === 0
      ? NOTHING_ACCEPTED
      : answered && answered.input === input && answered.attempt === attempt
        ? answered.loaded
        : { state: 'loading' };

  if (loaded.state === 'loading') {
    return (
      <p className="text-ink-muted" role="status">
        Preparing the preview…
      </p>
    );
  }
  if (loaded.state === 'refused') {
    return (
      <div className="rounded-2xl border border-line bg-surface p-6 shadow-card">
        <h1 className="text-2xl font-bold tracking-tight">No preview yet</h1>
        <p className="mt-2" role="alert">
          {loaded.message}
        </p>
        {loaded.problems.length > 1 && (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-ink-muted">
            {loaded.problems.map((problem, i) => (
              <li key={i}>
                {problem.item ? `${problem.item} › ` : ''}
                {problem.field ? `${problem.field}: ` : ''}
                {problem.message}
              </li>
            ))}
          </ul>
        )}
        <div className="mt-6 flex flex-wrap gap-3">
          <a href={routes.newArticle()} className={buttonClass('primary', 'lg')}>
            Back to your drafts
          </a>
          <button type="button" onClick={() => setAttempt((n) => n + 1)} className={buttonClass('secondary', 'lg')}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  // A new quiz when the questions change (another tab edited them).
  const key = loaded.set.questions.map((q) => q.id).join('|');
  return <PreviewQuiz key={key} title={loaded.title} set={loaded.set} />;
}

function PreviewQuiz({ title, set }: { title: string; set: PreviewSet }) {
  const byId = useMemo(() => new Map(set.questions.map((q) => [q.id, q])), [set.questions]);
  const grader = useMemo(() => localGrader(byId), [byId]);
  const start = (): QuizSession =>
    startSession({
      id: `preview-${newSeed()}`,
      setId: 'preview',
      mode: 'practice',
      questionIds: set.questions.map((q) => q.id),
      shuffle: true,
      seed: newSeed(),
      now: Date.now(),
      retryOf: null,
      rules: set.rules,
    });
  const [session, setSession] = useState<QuizSession>(start);
  const [result, setResult] = useState<AttemptRecord | null>(null);
  const shown = useMemo(
    () => new Map(session.questionIds.map((id) => [id, toPublicQuestion(byId.get(id)!, session.seed)])),
    [session.questionIds, session.seed, byId],
  );

  const update = (change: (s: QuizSession, now: number) => QuizSession) => setSession((s) => change(s, Date.now()));
  const actions: QuizViewActions = {
    answer: (response) => update((s, now) => setResponse(s, response, now)),
    check: () => update(checkCurrent),
    next: () => update(advance),
    back: () => update(goBack),
    goTo: (index) => update((s, now) => goTo(s, index, now)),
    toggleFlag: (questionId) => update((s, now) => toggleFlag(s, questionId, now)),
    finish: () => {
      window.scrollTo({ top: 0 });
      setResult(finishSession(session, byId, Date.now()));
    },
  };

  if (result) {
    return (
      <div className="rounded-2xl border border-line bg-surface p-6 shadow-card sm:p-8">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">Student preview</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">
          {formatPoints(result.points)} of {plural(result.total, 'question')} right
        </h1>
        <p className="mt-2 text-lg text-ink-muted">
          That is the quiz a student gets from “{title}”. Nothing was saved; publish to share it or assign it.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <a href={routes.newArticle()} className={buttonClass('primary', 'lg')}>
            Back to your drafts
          </a>
          <button
            type="button"
            className={buttonClass('secondary', 'lg')}
            onClick={() => {
              setSession(start());
              setResult(null);
            }}
          >
            Preview again
          </button>
        </div>
      </div>
    );
  }

  return (
    <QuizView
      title={set.title}
      backHref={routes.newArticle()}
      backLabel="Back to your drafts"
      backNote="(this preview is not saved)"
      progress={session}
      questions={shown}
      grader={grader}
      actions={actions}
      evidenceBack={null}
      status={
        <p className="rounded-lg border border-accent bg-accent-soft px-4 py-3 text-sm">
          <strong>Student preview</strong>: what a student sees and the feedback they get. Nothing here is saved or
          sent.
          {session.questionIds.length < set.questions.length
            ? ` A quiz asks ${session.questionIds.length} of these ${set.questions.length} questions: of two that answer each other, it asks one.`
            : null}
        </p>
      }
    />
  );
}

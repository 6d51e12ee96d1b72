'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import type { CatalogQuestion } from '@/lib/content/types';
import type { DrawRules } from '@/lib/quiz/draw';
import { toPublicQuestion, type PublicQuestion } from '@/lib/quiz/public';
import { routes } from '@/lib/routes';
import { useStudyStore } from '@/stores/study-store-provider';
import { QuizView, type QuizViewActions } from './quiz-view';

type Props = {
  setId: string;
  setTitle: string;
  /** Every question of the set; the saved quiz says which are asked and in what order. */
  questions: CatalogQuestion[];
  /** The set's rules, for a quiz started here: questions kept apart, and which come first. */
  rules: DrawRules;
};

type Grading = typeof import('@/lib/quiz/self-study-grading');

/**
 * The grader, fetched once the learner starts answering (or resumes a quiz with answers), so the
 * page opens without it; every check and the finish wait for it. A failed fetch (offline before the
 * service worker has it) is retried on the next answer or check, and said.
 */
function useGrading(wanted: boolean) {
  const [grading, setGrading] = useState<Grading | null>(null);
  const [failed, setFailed] = useState(false);
  const pending = useRef<Promise<Grading> | null>(null);
  const load = useCallback((): Promise<Grading> => {
    pending.current ??= import('@/lib/quiz/self-study-grading').then(
      (module) => {
        setGrading(module);
        setFailed(false);
        return module;
      },
      (error: unknown) => {
        pending.current = null;
        setFailed(true);
        throw error;
      },
    );
    return pending.current;
  }, []);
  useEffect(() => {
    if (wanted) load().catch(() => {});
  }, [wanted, load]);
  return { grading, failed, load };
}

/** Self-study: the quiz view on the study store, graded in the browser. */
export function StudyQuiz({ setId, setTitle, questions, rules }: Props) {
  const router = useRouter();
  const hydrated = useStudyStore((s) => s.hasHydrated);
  const session = useStudyStore((s) => s.sessions[setId]);
  const store = {
    answer: useStudyStore((s) => s.answer),
    check: useStudyStore((s) => s.check),
    next: useStudyStore((s) => s.next),
    back: useStudyStore((s) => s.back),
    goTo: useStudyStore((s) => s.goTo),
    toggleFlag: useStudyStore((s) => s.toggleFlag),
    finish: useStudyStore((s) => s.finish),
    reconcile: useStudyStore((s) => s.reconcile),
    startQuiz: useStudyStore((s) => s.startQuiz),
  };
  const [leaving, setLeaving] = useState(false);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const answered = session ? Object.keys(session.answers).length > 0 : false;
  const { grading, failed, load } = useGrading(answered);
  const grader = useMemo(() => grading?.localGrader(byId), [grading, byId]);
  const { reconcile } = store;

  // The content may have changed since this quiz was saved (a question removed, options reworded):
  // keep everything that still fits.
  useEffect(() => {
    if (hydrated) reconcile(setId, byId);
  }, [hydrated, reconcile, setId, byId]);

  const seed = session?.seed;
  const idsKey = session?.questionIds.join('|');
  const shown = useMemo(() => {
    const map = new Map<string, PublicQuestion>();
    if (!seed || !idsKey) return map;
    for (const id of idsKey.split('|')) {
      const question = byId.get(id);
      if (question) map.set(id, toPublicQuestion(question, seed));
    }
    return map;
  }, [seed, idsKey, byId]);

  if (!hydrated || leaving) return <QuizSkeleton />;

  if (!session || session.questionIds.some((id) => !byId.has(id))) {
    if (session) return <QuizSkeleton />; // being fitted to the content (the effect above)
    return (
      <div className="rounded-2xl border border-line bg-surface p-6 shadow-card">
        <h1 className="text-2xl font-bold tracking-tight">No {setTitle} quiz in progress</h1>
        <p className="mt-2 text-ink-muted">Start one now in Practice mode, or choose the mode and length first.</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <button
            type="button"
            className={buttonClass('primary', 'lg')}
            onClick={() =>
              store.startQuiz({
                setId,
                questionIds: questions.map((q) => q.id),
                mode: 'practice',
                shuffle: true,
                rules,
              })
            }
          >
            Start practice
          </button>
          <a href={routes.set(setId)} className={buttonClass('secondary', 'lg')}>
            Choose options
          </a>
        </div>
      </div>
    );
  }

  const actions: QuizViewActions = {
    answer: (response) => {
      store.answer(setId, response);
      load().catch(() => {});
    },
    // Checking waits for the grader (already there unless this was the very first answer), so a
    // failed fetch leaves the question unchecked, to check again.
    check: () => {
      if (grading) store.check(setId);
      else
        load().then(
          () => store.check(setId),
          () => {},
        );
    },
    next: () => store.next(setId),
    back: () => store.back(setId),
    goTo: (index) => store.goTo(setId, index),
    toggleFlag: (questionId) => store.toggleFlag(setId, questionId),
    finish: () => {
      load().then(
        ({ finishSession }) => {
          setLeaving(true);
          // The results open at their top (the finish button may be far down a long review list).
          window.scrollTo({ top: 0 });
          const record = store.finish(setId, (session, now) => finishSession(session, byId, now));
          // Replace the quiz in the history, so Back from the results goes to the set, not to an empty quiz.
          router.replace(record ? routes.results(setId, record.id) : routes.set(setId));
        },
        () => {}, // said below; the quiz stays as it is
      );
    },
  };

  return (
    <QuizView
      title={setTitle}
      backHref={routes.set(setId)}
      backLabel={`${setTitle} set`}
      progress={session}
      questions={shown}
      grader={session.mode === 'practice' ? grader : undefined}
      actions={actions}
      evidenceBack={{ fromSet: setId, back: 'quiz' }}
      status={
        failed ? (
          <p role="alert" className="rounded-lg border border-line bg-surface-2 px-4 py-3 text-sm">
            Checking answers needs the connection once. Reconnect, then try again: your answers are kept.
          </p>
        ) : undefined
      }
    />
  );
}

function QuizSkeleton() {
  return (
    <div aria-busy="true" data-placeholder className="animate-pulse space-y-6 motion-reduce:animate-none">
      <p className="sr-only">Loading your quiz…</p>
      <div className="h-11 w-40 max-w-full rounded-lg bg-surface-2" />
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

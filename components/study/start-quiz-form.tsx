'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import type { SetPart } from '@/lib/content/types';
import { drawableCount, type DrawRules } from '@/lib/quiz/draw';
import { plural } from '@/lib/format';
import { MODE_LABELS } from '@/lib/quiz/describe';
import type { QuizMode } from '@/lib/quiz/records';
import { routes } from '@/lib/routes';
import { useStudyStore } from '@/stores/study-store-provider';

type Props = {
  setId: string;
  setTitle: string;
  questionIds: string[];
  /** A combined set: the sets it is made of, so the learner can mix the ones they want. */
  parts?: SetPart[];
  /** Questions kept apart (one quiz asks one of them) and which come first. */
  rules: DrawRules;
};

const MODES: Array<{ value: QuizMode; description: string }> = [
  {
    value: 'practice',
    description: 'See if you were right after each question, with the sentence that proves it.',
  },
  {
    value: 'test',
    description: 'Answer in any order, flag questions, review; see your score and every explanation at the end.',
  },
];

/** The questions the chosen parts of a combined set hold, each once, in the set's order. */
function poolOf(questionIds: string[], parts: SetPart[] | undefined, chosen: ReadonlySet<string>): string[] {
  if (!parts) return questionIds;
  const included = new Set(parts.filter((part) => chosen.has(part.setId)).flatMap((part) => part.questionIds));
  return questionIds.filter((id) => included.has(id));
}

/** The options a learner picks before a quiz, and "Continue" when one is already under way. */
export function StartQuizForm({ setId, setTitle, questionIds, parts, rules }: Props) {
  const router = useRouter();
  const hydrated = useStudyStore((s) => s.hasHydrated);
  const session = useStudyStore((s) => s.sessions[setId]);
  const startQuiz = useStudyStore((s) => s.startQuiz);
  const id = useId();

  const [chosenParts, setChosenParts] = useState<ReadonlySet<string>>(
    () => new Set(parts?.map((part) => part.setId) ?? []),
  );
  const pool = poolOf(questionIds, parts, chosenParts);
  // Questions about the same fact are asked one per quiz: the most one quiz can ask.
  const total = drawableCount(pool, rules);
  const countChoices = [5, 10, 20].filter((n) => n < total);
  const [mode, setMode] = useState<QuizMode>('practice');
  /** null means all of the pool, whatever its size. */
  const [count, setCount] = useState<number | null>(null);
  const [shuffle, setShuffle] = useState(true);
  const [starting, setStarting] = useState(false);
  const effectiveCount = count !== null && count < total ? count : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!hydrated || starting || total === 0) return;
    setStarting(true);
    startQuiz({
      setId,
      questionIds: pool,
      mode,
      count: effectiveCount ?? undefined,
      shuffle,
      setSize: questionIds.length,
      rules,
    });
    router.push(routes.quiz(setId));
  };

  const togglePart = (partId: string) => {
    setChosenParts((current) => {
      const next = new Set(current);
      if (next.has(partId)) next.delete(partId);
      else next.add(partId);
      return next;
    });
  };

  if (!hydrated) {
    // Same size as the form, so nothing below jumps when saved progress has been read.
    return (
      <div
        aria-hidden="true"
        data-placeholder
        className="min-h-[34rem] rounded-2xl border border-line bg-surface sm:min-h-[26rem]"
      />
    );
  }

  return (
    <div className="space-y-6">
      {session ? (
        <section aria-labelledby={`${id}-progress`} className="rounded-2xl border border-accent/40 bg-accent-soft p-5">
          <h2 id={`${id}-progress`} className="text-lg font-bold">
            You have a quiz in progress
          </h2>
          <p className="mt-1 text-ink-muted">
            {session.mode === 'practice' ? 'Practice' : 'Test'} · question {session.index + 1} of{' '}
            {session.questionIds.length}. It is saved in this browser.
          </p>
          <a href={routes.quiz(setId)} className={buttonClass('primary', 'lg', 'mt-4 w-full sm:w-auto')}>
            Continue the {setTitle} quiz
          </a>
        </section>
      ) : null}

      <form onSubmit={onSubmit} className="space-y-6 rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-6">
        <h2 className="text-lg font-bold">{session ? 'Or start a new quiz' : 'Start a quiz'}</h2>

        {/* One set is not a mix: a teacher's article published as one quiz shows no choice here. */}
        {parts && parts.length > 1 ? (
          <fieldset className="min-w-0">
            <legend className="font-semibold">Sets to mix</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {parts.map((part) => (
                <label
                  key={part.setId}
                  className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border border-line px-4 py-2 has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus"
                >
                  <input
                    type="checkbox"
                    checked={chosenParts.has(part.setId)}
                    onChange={() => togglePart(part.setId)}
                    className="size-5 shrink-0 accent-[var(--accent)] focus-visible:outline-none"
                  />
                  <span className="min-w-0 flex-1 font-semibold">{part.title}</span>
                  <span className="text-sm text-ink-muted">{plural(part.questionIds.length, 'question')}</span>
                </label>
              ))}
            </div>
            <p className="mt-2 text-sm text-ink-muted" aria-live="polite">
              {total === 0
                ? 'Choose at least one set.'
                : total < pool.length
                  ? `${plural(pool.length, 'question')} in the mix. A quiz asks ${total}: where two ask the same fact, it asks one of them.`
                  : `${plural(total, 'question')} in the mix, each asked once.`}
            </p>
          </fieldset>
        ) : null}

        <fieldset className="min-w-0">
          <legend className="font-semibold">Mode</legend>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            {MODES.map((option) => (
              <label
                key={option.value}
                className="flex cursor-pointer gap-3 rounded-xl border border-line p-4 has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus"
              >
                <input
                  type="radio"
                  name="mode"
                  value={option.value}
                  checked={mode === option.value}
                  onChange={() => setMode(option.value)}
                  className="mt-1 size-5 shrink-0 accent-[var(--accent)] focus-visible:outline-none"
                />
                <span>
                  <span className="block font-semibold">{MODE_LABELS[option.value]}</span>
                  <span className="mt-0.5 block text-sm text-ink-muted">{option.description}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="min-w-0">
          <legend className="font-semibold">Number of questions</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {[...countChoices, null].map((n) => (
              <label
                key={n ?? 'all'}
                className="flex min-h-11 min-w-16 cursor-pointer items-center justify-center rounded-xl border border-line px-4 font-semibold has-[:checked]:border-accent has-[:checked]:bg-accent has-[:checked]:text-on-accent has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus"
              >
                <input
                  type="radio"
                  name="count"
                  value={n ?? 'all'}
                  checked={effectiveCount === n}
                  onChange={() => setCount(n)}
                  className="sr-only"
                />
                {n === null ? `All ${total}` : n}
              </label>
            ))}
          </div>
        </fieldset>

        <label className="flex min-h-11 cursor-pointer items-center gap-3">
          <input
            type="checkbox"
            checked={shuffle}
            onChange={(event) => setShuffle(event.target.checked)}
            className="size-5 shrink-0 accent-[var(--accent)]"
          />
          <span>
            <span className="font-semibold">Shuffle questions</span>
            <span className="block text-sm text-ink-muted">
              {shuffle ? 'A new order each time.' : 'In the order they were written.'}
            </span>
          </span>
        </label>

        {/* On phones the button stays in reach at the bottom of the screen while the form is in view. */}
        <div className="sticky bottom-0 -mx-5 border-t border-line bg-surface/95 px-5 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0 sm:backdrop-blur-none">
          <button
            type="submit"
            disabled={starting || total === 0}
            className={buttonClass(session ? 'secondary' : 'primary', 'lg', 'w-full sm:w-auto')}
          >
            {session ? 'Start a new quiz' : 'Start quiz'}
          </button>
          {session ? (
            <p className="mt-2 text-sm text-ink-muted">Starting a new quiz replaces the one in progress.</p>
          ) : null}
        </div>
      </form>
    </div>
  );
}

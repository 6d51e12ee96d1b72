'use client';

import { useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { plural } from '@/lib/format';
import { Field } from '@/components/ui/field';
import { CORRECTIONS, CORRECTIONS_LABELS, type CorrectionsPolicy } from '@/lib/assign/corrections';
import type { CreateAssignmentInput } from '@/lib/assign/settings';
import { routes } from '@/lib/routes';
import { rememberAssignment } from '@/stores/teacher-links';
import { createAssignment } from '@/lib/api-client';

export type TeachSet = {
  id: string;
  title: string;
  articleTitle: string;
  questions: { id: string; prompt: string }[];
};

const FIELD_IDS: Record<string, string> = {
  title: 'assign-title',
  setIds: 'assign-sets',
  questionIds: 'assign-sets',
  questionCount: 'assign-count',
  timeLimitMinutes: 'assign-limit',
  opensAt: 'assign-opens',
  closesAt: 'assign-closes',
  attemptsAllowed: 'assign-attempts',
};

const inputClass = 'mt-1 block min-h-11 w-full min-w-0 rounded-xl border border-line-strong bg-bg px-3';

/** The teacher's form: what to ask, how many per student, timing, attempts, and when corrections show. */
export function CreateAssignmentForm({
  sets,
  defaultTitle,
  article,
}: {
  sets: TeachSet[];
  defaultTitle: string;
  /** A teacher's own article: its sets are private, so the request carries the article's key. */
  article?: { id: string; key: string };
}) {
  const [title, setTitle] = useState(defaultTitle);
  const [setIds, setSetIds] = useState<string[]>(sets.map((s) => s.id));
  const [picked, setPicked] = useState<string[]>([]);
  const [count, setCount] = useState('');
  const [shuffleQuestions, setShuffleQuestions] = useState(true);
  const [shuffleOptions, setShuffleOptions] = useState(true);
  const [limit, setLimit] = useState('');
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [attempts, setAttempts] = useState('1');
  const [corrections, setCorrections] = useState<CorrectionsPolicy>('after-submit');
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const pool = new Set<string>([
    ...sets.filter((s) => setIds.includes(s.id)).flatMap((s) => s.questions.map((q) => q.id)),
    ...picked,
  ]);

  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const body: CreateAssignmentInput = {
      title,
      setIds,
      questionIds: picked.filter(
        (id) => !sets.some((s) => setIds.includes(s.id) && s.questions.some((q) => q.id === id)),
      ),
      questionCount: count ? Number(count) : null,
      shuffleQuestions,
      shuffleOptions,
      timeLimitMinutes: limit ? Number(limit) : null,
      opensAt: opensAt ? new Date(opensAt).toISOString() : null,
      closesAt: closesAt ? new Date(closesAt).toISOString() : null,
      attemptsAllowed: Number(attempts) || 1,
      corrections,
      ...(article ? { article } : {}),
    };
    setBusy(true);
    const made = await createAssignment(body);
    if (!made.ok) {
      setError(made.offline ? { message: 'Could not reach the server. Nothing was made; try again.' } : made.error);
      setBusy(false);
      const field = made.error.field?.split('.')[0];
      if (field && FIELD_IDS[field]) document.getElementById(FIELD_IDS[field])?.focus();
      return;
    }
    const { id, code, teacherKey } = made.data;
    rememberAssignment({ id, title, code, key: teacherKey, createdAt: new Date().toISOString() });
    window.location.assign(routes.teacherDashboard(id, teacherKey));
  };

  const errorFor = (field: string) => (error?.field?.split('.')[0] === field ? error.message : '');

  return (
    <form
      onSubmit={submit}
      noValidate
      className="mt-8 space-y-6 rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-8"
    >
      <h2 className="text-2xl font-bold tracking-tight">New assignment</h2>
      <Field id="assign-title" label="Title" error={errorFor('title')}>
        <input
          id="assign-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={120}
          className={inputClass}
        />
      </Field>

      <fieldset id="assign-sets" tabIndex={-1} className="space-y-2">
        <legend className="font-semibold">Questions from</legend>
        <p className="text-sm text-ink-muted">
          {article
            ? 'These sets are yours: students see only the questions they are asked, and answers only as your corrections setting allows (unless you open the article for self-study).'
            : 'These sets are public study material: anyone can study their answers on this site. For a test, draw a few questions per student below.'}
        </p>
        <div className="grid grid-cols-[minmax(0,1fr)] gap-2 sm:grid-cols-2">
          {sets.map((set) => (
            <label key={set.id} className="flex min-h-11 items-center gap-3 rounded-xl border border-line px-3">
              <input
                type="checkbox"
                checked={setIds.includes(set.id)}
                onChange={() => setSetIds((list) => toggle(list, set.id))}
                className="size-5 accent-[var(--color-accent)]"
              />
              <span>
                {set.title} <span className="text-ink-muted">· {plural(set.questions.length, 'question')}</span>
              </span>
            </label>
          ))}
        </div>
        <details className="rounded-xl border border-line px-3 py-1">
          <summary className="flex min-h-11 cursor-pointer items-center font-semibold">Or hand-pick questions</summary>
          {sets.map((set) => (
            <fieldset
              key={set.id}
              className="mt-2 mb-3"
              aria-describedby={setIds.includes(set.id) ? `pick-${set.id}-all` : undefined}
            >
              <legend className="text-sm font-semibold text-ink-muted">{set.title}</legend>
              {setIds.includes(set.id) ? (
                <p id={`pick-${set.id}-all`} className="text-sm text-ink-muted">
                  All of these are in, with the whole set ticked above. Untick the set to pick only some.
                </p>
              ) : null}
              {set.questions.map((q) => {
                const inSet = setIds.includes(set.id);
                return (
                  <label key={q.id} className="flex min-h-11 items-start gap-3 py-1">
                    <input
                      type="checkbox"
                      checked={inSet || picked.includes(q.id)}
                      disabled={inSet}
                      onChange={() => setPicked((list) => toggle(list, q.id))}
                      className="mt-1 size-5 shrink-0 accent-[var(--color-accent)]"
                    />
                    <span className={inSet ? 'text-ink-muted' : ''}>{q.prompt}</span>
                  </label>
                );
              })}
            </fieldset>
          ))}
        </details>
        <p className="text-sm font-medium text-bad empty:hidden" role="alert">
          {errorFor('setIds') || errorFor('questionIds')}
        </p>
        <p className="text-sm">
          <span className="font-semibold">{pool.size}</span> {pool.size === 1 ? 'question' : 'questions'} to draw from.
        </p>
      </fieldset>

      <div className="grid grid-cols-[minmax(0,1fr)] gap-5 sm:grid-cols-2">
        <Field
          id="assign-count"
          label="Questions per student"
          hint={`Blank: all ${pool.size}.`}
          error={errorFor('questionCount')}
        >
          <input
            id="assign-count"
            type="number"
            inputMode="numeric"
            min={1}
            max={pool.size || 1}
            value={count}
            onChange={(e) => setCount(e.target.value)}
            className={inputClass}
          />
        </Field>
        <Field
          id="assign-limit"
          label="Time limit (minutes)"
          hint="Blank: no limit."
          error={errorFor('timeLimitMinutes')}
        >
          <input
            id="assign-limit"
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
            className={inputClass}
          />
        </Field>
        <Field id="assign-opens" label="Opens" hint="Blank: open now." error={errorFor('opensAt')}>
          <input
            id="assign-opens"
            type="datetime-local"
            value={opensAt}
            onChange={(e) => setOpensAt(e.target.value)}
            className={inputClass}
          />
        </Field>
        <Field id="assign-closes" label="Closes" hint="Blank: open until you close it." error={errorFor('closesAt')}>
          <input
            id="assign-closes"
            type="datetime-local"
            value={closesAt}
            onChange={(e) => setClosesAt(e.target.value)}
            className={inputClass}
          />
        </Field>
        <Field id="assign-attempts" label="Attempts allowed" error={errorFor('attemptsAllowed')}>
          <input
            id="assign-attempts"
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            value={attempts}
            onChange={(e) => setAttempts(e.target.value)}
            className={inputClass}
          />
        </Field>
        <div className="space-y-2 pt-1">
          <label className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              checked={shuffleQuestions}
              onChange={(e) => setShuffleQuestions(e.target.checked)}
              className="size-5 accent-[var(--color-accent)]"
            />
            Each student gets their own question order
          </label>
          <label className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              checked={shuffleOptions}
              onChange={(e) => setShuffleOptions(e.target.checked)}
              className="size-5 accent-[var(--color-accent)]"
            />
            Each student gets their own option order
          </label>
        </div>
      </div>

      <fieldset>
        <legend className="font-semibold">Students see the corrections</legend>
        <div className="mt-2 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
          {CORRECTIONS.map((policy) => (
            <label key={policy} className="flex min-h-11 items-center gap-3">
              <input
                type="radio"
                name="corrections"
                value={policy}
                checked={corrections === policy}
                onChange={() => setCorrections(policy)}
                className="size-5 accent-[var(--color-accent)]"
              />
              {CORRECTIONS_LABELS[policy]}
            </label>
          ))}
        </div>
      </fieldset>

      <p role="alert" className="rounded-xl border border-bad/40 bg-bad-soft px-4 py-3 font-medium empty:hidden">
        {error && !error.field ? error.message : ''}
      </p>
      <button type="submit" disabled={busy} className={buttonClass('primary', 'lg', 'w-full sm:w-auto')}>
        Create assignment
      </button>
    </form>
  );
}

'use client';

import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { SET_CATEGORIES, type SetCategory } from '@/lib/content/categories';
import { formatIsoDate, plural } from '@/lib/format';
import {
  type AuthoringItem,
  checkItem,
  counts,
  isFolded,
  type ItemProblem,
  ownQuestion,
  publishInput,
} from '@/lib/drafts/authoring';
import { routes } from '@/lib/routes';
import { useAuthoringStore } from '@/stores/authoring-store-provider';
import { fieldClass } from './authoring-screen';
import { DraftCard, TrueFalseChoice } from './draft-card';
import { ImportPanel } from './import-panel';
import { rememberArticle } from '@/stores/teacher-links';
import { articleSummary, publishArticle, republishArticle } from '@/lib/api-client';

const CATEGORY_LABELS: Record<SetCategory, string> = {
  who: 'Who',
  where: 'Where',
  when: 'When',
  'what-why': 'What and why',
  review: 'Review',
};

type Filter = 'pending' | 'accepted' | 'rejected' | 'all';

export function ReviewScreen() {
  const title = useAuthoringStore((s) => s.title);
  const date = useAuthoringStore((s) => s.date);
  const items = useAuthoringStore((s) => s.items);
  const sets = useAuthoringStore((s) => s.sets);
  const grouping = useAuthoringStore((s) => s.grouping);
  const backToText = useAuthoringStore((s) => s.backToText);
  const [filter, setFilter] = useState<Filter>('pending');
  const [selected, setSelected] = useState<number | null>(null);
  const tally = counts(items);
  // Folded drafts stay under "More drafts" until decided; the filters show the rest.
  const shown = items.filter((item) => !isFolded(item) && (filter === 'all' || item.status === filter));
  const folded = items.filter(isFolded);

  return (
    <div className="mt-6 space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">Review the drafts</p>
          <h2 className="text-2xl font-bold tracking-tight text-balance">{title}</h2>
          <p className="text-ink-muted">{formatIsoDate(date)}</p>
        </div>
        <button type="button" onClick={backToText} className={buttonClass('secondary')}>
          Change the article text
        </button>
      </div>

      <div className="gap-6 lg:grid lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start">
        <ArticlePanel selected={selected} onSelect={setSelected} />
        <div className="mt-6 space-y-4 lg:mt-0">
          {selected !== null && <OwnQuestion number={selected} onDone={() => setSelected(null)} />}
          <ImportPanel />
          <fieldset className="flex flex-wrap gap-2">
            <legend className="sr-only">Show</legend>
            {(
              [
                ['pending', `To review (${tally.pending})`],
                ['accepted', `Accepted (${tally.accepted})`],
                ['rejected', `Rejected (${tally.rejected})`],
                ['all', `All (${items.length - tally.more})`],
              ] as const
            ).map(([value, label]) => (
              <label
                key={value}
                className={`flex min-h-11 cursor-pointer items-center rounded-full border px-4 font-semibold has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus ${
                  filter === value ? 'border-accent bg-accent text-on-accent' : 'border-line-strong bg-surface'
                }`}
              >
                <input
                  type="radio"
                  name="draft-filter"
                  value={value}
                  checked={filter === value}
                  onChange={() => setFilter(value)}
                  className="sr-only"
                />
                {label}
              </label>
            ))}
          </fieldset>
          <h3 id="drafts-heading" tabIndex={-1} className="sr-only">
            Draft questions
          </h3>
          <p className="text-sm text-ink-muted">
            Best drafts first. Each cites its sentence, with the answer marked. With a draft focused, press A to accept,
            E to edit or R to reject.
          </p>
          {shown.length === 0 ? (
            <p className="rounded-2xl border border-dashed border-line-strong p-6 text-center text-ink-muted">
              {filter === 'pending'
                ? folded.length > 0
                  ? 'Every one of the best drafts is reviewed. Open “More drafts” below for others, write your own on any sentence, or publish.'
                  : 'Every draft is reviewed. Write your own on any sentence of the article, or publish below.'
                : 'Nothing here yet.'}
            </p>
          ) : (
            <ol className="space-y-4" aria-labelledby="drafts-heading">
              {shown.map((item) => (
                <li key={item.draft.id}>
                  <DraftCard item={item} sets={grouping === 'sets' ? sets : null} />
                </li>
              ))}
            </ol>
          )}
          {folded.length > 0 && (filter === 'pending' || filter === 'all') && (
            <details className="group rounded-2xl border border-line bg-surface">
              <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-3 rounded-2xl px-4 py-3 font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus">
                <span>
                  More drafts ({folded.length})
                  <span className="block text-sm font-normal text-ink-muted">
                    Ranked after the ones above: more of them need an edit.
                  </span>
                </span>
                <span
                  aria-hidden="true"
                  className="text-ink-muted transition-transform group-open:rotate-180 motion-reduce:transition-none"
                >
                  ▾
                </span>
              </summary>
              <ol className="space-y-4 px-4 pb-4" aria-label="More drafts">
                {folded.map((item) => (
                  <li key={item.draft.id}>
                    <DraftCard item={item} sets={grouping === 'sets' ? sets : null} />
                  </li>
                ))}
              </ol>
            </details>
          )}
          <SetsPanel />
          <PublishPanel />
        </div>
      </div>
    </div>
  );
}

/** The article, sentence by sentence as the reader numbers them; choose one to write a question on it. */
function ArticlePanel({ selected, onSelect }: { selected: number | null; onSelect: (n: number) => void }) {
  const sentences = useAuthoringStore((s) => s.sentences);
  const paragraphs = useAuthoringStore((s) => s.paragraphs);
  const items = useAuthoringStore((s) => s.items);
  const cited = useMemo(
    () => new Set(items.filter((i) => i.status !== 'rejected').map((i) => i.draft.sentence)),
    [items],
  );
  // Sentences follow one another through the paragraphs: paragraph p holds the next ones that fit in it.
  const byParagraph = useMemo(() => {
    const out: Array<Array<{ number: number; text: string }>> = paragraphs.map(() => []);
    let p = 0;
    let used = 0;
    sentences.forEach((text, index) => {
      while (p < paragraphs.length - 1 && paragraphs[p]!.indexOf(text, used) < 0) {
        p += 1;
        used = 0;
      }
      used = Math.max(used, (paragraphs[p]?.indexOf(text, used) ?? 0) + text.length);
      out[p]?.push({ number: index + 1, text });
    });
    return out;
  }, [sentences, paragraphs]);

  return (
    <section
      aria-labelledby="article-panel-heading"
      className="max-h-[60dvh] overflow-y-auto rounded-2xl border border-line bg-surface p-4 shadow-card sm:p-5 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)]"
    >
      <h3 id="article-panel-heading" className="text-lg font-bold">
        The article
      </h3>
      <p className="mt-1 text-sm text-ink-muted">
        Choose a sentence to write your own question on it. Underlined sentences have a draft.
      </p>
      <div className="mt-3 space-y-3">
        {byParagraph.map((paragraph, index) => (
          <p key={index} className="leading-relaxed">
            {paragraph.map((sentence) => (
              <button
                key={sentence.number}
                type="button"
                aria-pressed={selected === sentence.number}
                aria-label={`Sentence ${sentence.number}: ${sentence.text}`}
                onClick={() => onSelect(sentence.number)}
                className={`mr-1 inline rounded px-0.5 text-left hover:bg-accent-soft focus-visible:outline-3 focus-visible:outline-focus ${
                  selected === sentence.number ? 'bg-mark text-mark-ink' : ''
                } ${cited.has(sentence.number) ? 'underline decoration-accent/50 decoration-2 underline-offset-4' : ''}`}
              >
                <sup className="mr-0.5 font-semibold text-ink-muted" aria-hidden="true">
                  {sentence.number}
                </sup>
                {sentence.text}
              </button>
            ))}
          </p>
        ))}
      </div>
    </section>
  );
}

/** A question the teacher writes on one sentence; the sentence is its evidence. */
function OwnQuestion({ number, onDone }: { number: number; onDone: () => void }) {
  const sentence = useAuthoringStore((s) => s.sentences[number - 1] ?? '');
  const items = useAuthoringStore((s) => s.items);
  const sets = useAuthoringStore((s) => s.sets);
  const grouped = useAuthoringStore((s) => s.grouping === 'sets');
  const addOwn = useAuthoringStore((s) => s.addOwn);
  const id = useId();
  const [type, setType] = useState<'typed' | 'single' | 'truefalse'>('typed');
  const [prompt, setPrompt] = useState('');
  const [answer, setAnswer] = useState('');
  const [truth, setTruth] = useState(true);
  const [wrong, setWrong] = useState(['', '', '']);
  const [explanation, setExplanation] = useState('');
  const [setKey, setSetKey] = useState(sets[3]?.key ?? sets[0]!.key);
  const [problems, setProblems] = useState<ItemProblem[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const category = sets.find((s) => s.key === setKey)?.category ?? 'what-why';
    const draft = ownQuestion({
      number,
      sentence,
      existingIds: new Set(items.map((i) => i.draft.id)),
      type,
      prompt,
      answer: type === 'truefalse' ? truth : answer,
      options: type === 'single' ? [answer, ...wrong] : undefined,
      explanation,
      category,
    });
    const found = checkItem(draft);
    setProblems(found);
    if (found.length > 0) {
      document.getElementById(`${id}-${found[0]!.field}`)?.focus();
      return;
    }
    addOwn(draft, setKey);
    onDone();
  };
  const problemFor = (field: ItemProblem['field']) =>
    problems
      .filter((p) => p.field === field)
      .map((p) => p.message)
      .join(' ');

  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      className="space-y-4 rounded-2xl border-2 border-accent bg-surface p-4 shadow-card sm:p-5"
    >
      <h3 id={`${id}-heading`} className="text-lg font-bold">
        Your question on sentence {number}
      </h3>
      <blockquote className="rounded-xl border-l-4 border-accent bg-surface-2 px-4 py-3 leading-relaxed">
        {sentence}
      </blockquote>
      <fieldset className="flex flex-wrap gap-x-5 gap-y-1">
        <legend className="font-semibold">Kind of answer</legend>
        {(
          [
            ['typed', 'Typed answer'],
            ['single', 'Multiple choice'],
            ['truefalse', 'True or false'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name={`${id}-type`}
              checked={type === value}
              onChange={() => setType(value)}
              className="size-5 accent-[var(--color-accent)]"
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor={`${id}-prompt`} className="font-semibold">
          {type === 'truefalse' ? 'Statement' : 'Question'}
        </label>
        <textarea
          id={`${id}-prompt`}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
          rows={2}
          autoFocus
          aria-describedby={`${id}-prompt-error`}
          className={`${fieldClass} py-2`}
        />
        <p id={`${id}-prompt-error`} className="mt-1 text-sm font-medium text-bad empty:hidden" role="alert">
          {problemFor('prompt')}
        </p>
      </div>
      {type === 'truefalse' ? (
        <TrueFalseChoice id={`${id}-truth`} value={truth} onChange={setTruth} />
      ) : (
        <div>
          <label htmlFor={`${id}-answer`} className="font-semibold">
            Answer (words from the sentence)
          </label>
          <input
            id={`${id}-answer`}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            aria-describedby={`${id}-answer-error`}
            className={fieldClass}
          />
          <p id={`${id}-answer-error`} className="mt-1 text-sm font-medium text-bad empty:hidden" role="alert">
            {problemFor('answer')}
          </p>
        </div>
      )}
      {type === 'single' && (
        <fieldset id={`${id}-options`} tabIndex={-1} className="space-y-2">
          <legend className="font-semibold">Three wrong options</legend>
          {wrong.map((value, index) => (
            <input
              key={index}
              aria-label={`Wrong option ${index + 1}`}
              value={value}
              onChange={(e) => setWrong(wrong.map((w, i) => (i === index ? e.target.value : w)))}
              className={fieldClass}
            />
          ))}
          <p className="text-sm font-medium text-bad empty:hidden" role="alert">
            {problemFor('options')}
          </p>
        </fieldset>
      )}
      <div className={`grid grid-cols-[minmax(0,1fr)] gap-4 ${grouped ? 'sm:grid-cols-2' : ''}`}>
        <div>
          <label htmlFor={`${id}-explanation`} className="font-semibold">
            Explanation (optional)
          </label>
          <input
            id={`${id}-explanation`}
            value={explanation}
            onChange={(e) => setExplanation(e.target.value)}
            className={fieldClass}
          />
        </div>
        {grouped && (
          <div>
            <label htmlFor={`${id}-set`} className="font-semibold">
              Set
            </label>
            <select id={`${id}-set`} value={setKey} onChange={(e) => setSetKey(e.target.value)} className={fieldClass}>
              {sets.map((set) => (
                <option key={set.key} value={set.key}>
                  {set.title || 'Untitled set'}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass('primary')}>
          Add question
        </button>
        <button type="button" onClick={onDone} className={buttonClass('secondary')}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * How students get the accepted questions: one quiz (the default), or grouped into sets, one per kind
 * to start with, renamed or added to by the teacher. Either way a teacher can try it as a student first.
 */
function SetsPanel() {
  const sets = useAuthoringStore((s) => s.sets);
  const items = useAuthoringStore((s) => s.items);
  const grouping = useAuthoringStore((s) => s.grouping);
  const setGrouping = useAuthoringStore((s) => s.setGrouping);
  const renameSet = useAuthoringStore((s) => s.renameSet);
  const addSet = useAuthoringStore((s) => s.addSet);
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<SetCategory>('what-why');
  const id = useId();
  const accepted = items.filter((i: AuthoringItem) => i.status === 'accepted');
  const countIn = (key: string) => accepted.filter((i) => i.setKey === key).length;

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="space-y-4 rounded-2xl border border-line bg-surface p-4 shadow-card sm:p-5"
    >
      <h3 id={`${id}-heading`} className="text-lg font-bold">
        What students get
      </h3>
      <fieldset className="space-y-2">
        <legend className="sr-only">Publish the questions as</legend>
        {(
          [
            ['one', 'One quiz', `Every accepted question in one quiz (${plural(accepted.length, 'question')}).`],
            [
              'sets',
              'Sets',
              'Group the questions, for example by who, where and when. Students take one set or mix them.',
            ],
          ] as const
        ).map(([value, label, hint]) => (
          <label
            key={value}
            className={`flex cursor-pointer gap-3 rounded-xl border p-3 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus ${
              grouping === value ? 'border-accent bg-accent-soft' : 'border-line-strong'
            }`}
          >
            <input
              type="radio"
              name={`${id}-grouping`}
              value={value}
              checked={grouping === value}
              onChange={() => setGrouping(value)}
              aria-describedby={`${id}-${value}-hint`}
              className="mt-0.5 size-5 shrink-0 accent-[var(--color-accent)]"
            />
            <span className="min-w-0">
              <span className="block font-semibold">{label}</span>
              <span id={`${id}-${value}-hint`} className="block text-sm text-ink-muted">
                {hint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {grouping === 'sets' && (
        <>
          <p className="text-sm text-ink-muted">
            Accepted questions go to the set of their kind; move one with its Set menu. Empty sets are not published.
          </p>
          <ul className="space-y-2">
            {sets.map((set) => (
              <li key={set.key} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <label className="sr-only" htmlFor={`${id}-${set.key}`}>
                  Title of the {CATEGORY_LABELS[set.category]} set
                </label>
                <input
                  id={`${id}-${set.key}`}
                  value={set.title}
                  onChange={(e) => renameSet(set.key, e.target.value)}
                  maxLength={80}
                  className="min-h-11 min-w-0 flex-1 basis-40 rounded-xl border border-line-strong bg-bg px-3"
                />
                <span className="w-24 text-sm text-ink-muted">{plural(countIn(set.key), 'question')}</span>
                <span className="w-20">
                  {countIn(set.key) > 0 ? (
                    <a
                      href={routes.previewArticle(set.key)}
                      className="inline-flex min-h-11 items-center text-sm font-semibold text-accent"
                      aria-label={`Preview the ${set.title || 'untitled'} set as a student`}
                    >
                      Preview
                    </a>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!title.trim()) return;
              addSet(title.trim(), category);
              setTitle('');
            }}
            className="flex flex-wrap items-end gap-3"
          >
            <div className="min-w-0 flex-1">
              <label htmlFor={`${id}-new`} className="text-sm font-semibold">
                New set
              </label>
              <input
                id={`${id}-new`}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                maxLength={80}
                placeholder="Its title"
                className={fieldClass}
              />
            </div>
            <div>
              <label htmlFor={`${id}-category`} className="text-sm font-semibold">
                Kind
              </label>
              <select
                id={`${id}-category`}
                value={category}
                onChange={(e) => setCategory(e.target.value as SetCategory)}
                className={fieldClass}
              >
                {SET_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {CATEGORY_LABELS[c]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass('secondary')}>
              Add set
            </button>
          </form>
        </>
      )}
      {accepted.length > 0 ? (
        <a href={routes.previewArticle()} className={buttonClass('secondary')}>
          Preview as a student
        </a>
      ) : (
        <p className="text-sm text-ink-muted">Accept a question to preview the quiz as a student.</p>
      )}
    </section>
  );
}

type PublishProblem = { item?: string; field?: string; message: string };

/** Publishing: the server runs the content check and stores the article, private to this teacher. */
function PublishPanel() {
  const state = useAuthoringStore((s) => s);
  const markPublished = useAuthoringStore((s) => s.markPublished);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<PublishProblem[]>([]);
  const [message, setMessage] = useState('');
  const accepted = state.items.filter((i) => i.status === 'accepted').length;
  const pending = state.items.filter((i) => i.status === 'pending' && !isFolded(i)).length;
  const published = state.published;
  const [inUse, setInUse] = useState<{ shared: boolean; assignments: number } | null>(null);

  const OFFLINE = 'Could not reach the server. Your work is saved here; try again in a moment.';

  /** Publishing changes to an article students may be using says so first, and asks. */
  const check = async () => {
    if (!published) return publish();
    setBusy(true);
    setProblems([]);
    setMessage('');
    const current = await articleSummary(published.id, published.key);
    if (!current.ok) {
      setMessage(current.offline ? OFFLINE : current.error.message);
      setBusy(false);
      return;
    }
    if (current.data.shared || current.data.assignments > 0) {
      setInUse({ shared: current.data.shared, assignments: current.data.assignments });
      setBusy(false);
      return;
    }
    await publish();
  };

  const publish = async () => {
    setInUse(null);
    setBusy(true);
    setProblems([]);
    setMessage('');
    const body = publishInput(state);
    const result = published ? await republishArticle(published.id, published.key, body) : await publishArticle(body);
    setBusy(false);
    if (!result.ok) {
      setProblems(result.error.problems ?? []);
      setMessage(result.offline ? OFFLINE : result.error.message);
      return;
    }
    const id = published?.id ?? result.data.id;
    const key = published?.key ?? (result.data as { key: string }).key;
    markPublished(id, key);
    rememberArticle({ id, key, title: state.title, publishedAt: new Date().toISOString() });
    window.location.assign(routes.authoredArticle(id, key));
  };

  return (
    <section
      aria-labelledby="publish-heading"
      className="space-y-3 rounded-2xl border border-line bg-surface p-4 shadow-card sm:p-5"
    >
      <h3 id="publish-heading" className="text-lg font-bold">
        {published ? 'Publish your changes' : 'Publish'}
      </h3>
      <p className="text-ink-muted">
        {plural(accepted, 'accepted question')}
        {pending > 0 ? `, ${pending} still to review (left out)` : ''}. Published questions are checked like the app’s
        own, stay private to you, and can be assigned to a class or opened for self-study.
      </p>
      {inUse && (
        <ConfirmPublish
          shared={inUse.shared}
          assignments={inUse.assignments}
          onConfirm={() => void publish()}
          onCancel={() => setInUse(null)}
        />
      )}
      <button
        type="button"
        onClick={() => void check()}
        disabled={busy || accepted === 0}
        className={buttonClass('primary', 'lg')}
      >
        {busy ? 'Publishing…' : published ? 'Publish changes' : 'Publish'}
      </button>
      <div role="alert" className="empty:hidden">
        {message && (
          <div className="rounded-xl border border-bad bg-bad-soft p-4">
            <p className="font-semibold">Not published: {message}</p>
            {problems.length > 1 && (
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {problems.map((p, i) => (
                  <li key={i}>
                    {p.item ? `${p.item} › ` : ''}
                    {p.field ? `${p.field}: ` : ''}
                    {p.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

/** Before changing an article students may be using: what changes for whom, and what does not. */
function ConfirmPublish({
  shared,
  assignments,
  onConfirm,
  onCancel,
}: {
  shared: boolean;
  assignments: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  const uses = [
    shared ? 'open for self-study by its link' : '',
    assignments > 0 ? `used by ${plural(assignments, 'assignment')}` : '',
  ].filter(Boolean);
  return (
    <dialog
      ref={ref}
      onClose={onCancel}
      aria-labelledby="confirm-publish-title"
      aria-describedby="confirm-publish-what"
      className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-2xl border border-line bg-surface p-6 text-ink shadow-card backdrop:bg-black/50"
    >
      <h2 id="confirm-publish-title" className="text-xl font-bold tracking-tight">
        Change the published article?
      </h2>
      <div id="confirm-publish-what" className="mt-2 space-y-2">
        <p>This article is {uses.join(' and ')}.</p>
        {shared ? <p>Students studying it by its link will see the new text and questions.</p> : null}
        {assignments > 0 ? (
          <p>
            {assignments === 1 ? 'The assignment keeps' : 'The assignments keep'} the questions{' '}
            {assignments === 1 ? 'it was' : 'they were'} made with: nothing changes for a class already working on{' '}
            {assignments === 1 ? 'it' : 'them'}.
          </p>
        ) : null}
      </div>
      <div className="mt-5 flex flex-wrap gap-3">
        <button type="button" autoFocus className={buttonClass('primary')} onClick={onConfirm}>
          Publish changes
        </button>
        <button type="button" className={buttonClass('secondary')} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

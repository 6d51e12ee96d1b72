'use client';

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import {
  canSwitchType,
  checkItem,
  REJECT_REASONS,
  swapChoices,
  type AuthoringDraft,
  type AuthoringItem,
  type ItemProblem,
  type RejectReason,
  type SetEntry,
} from '@/lib/drafts/authoring';
import { useAuthoringStore } from '@/stores/authoring-store-provider';
import { fieldClass } from './authoring-screen';
import { evidenceQuotes } from '@/lib/content/evidence';
import { CONFIDENCE_LABELS } from '@/lib/interop/grounding-state';

export const KIND_LABELS: Record<AuthoringDraft['kind'], string> = {
  who: 'Who',
  where: 'Where',
  when: 'When',
  'how-many': 'How many',
  why: 'Why',
  how: 'How',
  what: 'What happened',
  'true-false': 'True or false',
  ordering: 'Order',
  own: 'Your question',
  imported: 'Imported',
};

const TYPE_LABELS: Record<AuthoringDraft['type'], string> = {
  single: 'Multiple choice',
  multiple: 'Select all',
  typed: 'Typed answer',
  truefalse: 'True or false',
  ordering: 'Put in order',
};

/** The evidence sentence with the words the answer rests on marked. */
export function Evidence({ draft }: { draft: AuthoringDraft }) {
  const quotes = evidenceQuotes(draft);
  return (
    <figure className="rounded-xl border-l-4 border-accent bg-surface-2 px-4 py-3">
      <figcaption className="text-sm font-semibold text-ink-muted">
        {quotes.length > 1 ? 'From the article' : `Sentence ${draft.sentence}`}
      </figcaption>
      <MarkedQuotes draft={draft} />
    </figure>
  );
}

function MarkedQuotes({ draft }: { draft: AuthoringDraft }) {
  const quotes = evidenceQuotes(draft);
  const mark = (quote: string): ReactNode => {
    const at = draft.highlight && draft.highlight !== quote ? quote.indexOf(draft.highlight) : -1;
    if (at < 0) return quote;
    return (
      <>
        {quote.slice(0, at)}
        <mark className="rounded bg-mark px-0.5 text-mark-ink">{draft.highlight}</mark>
        {quote.slice(at + draft.highlight.length)}
      </>
    );
  };
  return (
    <>
      {quotes.map((quote) => (
        <blockquote key={quote} className="mt-1 leading-relaxed">
          {mark(quote)}
        </blockquote>
      ))}
    </>
  );
}

/**
 * An imported question's evidence: the sentence it was matched to and how sure the match is; the
 * teacher confirms it, picks another sentence, or keeps the question without evidence.
 */
function Grounding({ draft, disabled }: { draft: AuthoringDraft; disabled: boolean }) {
  const sentences = useAuthoringStore((s) => s.sentences);
  const ground = useAuthoringStore((s) => s.ground);
  const pickId = useId();
  const grounding = draft.grounding!;
  const candidates = grounding.candidates.filter((n) => n !== draft.sentence && n <= sentences.length);
  const others = sentences.map((_, i) => i + 1).filter((n) => n !== draft.sentence && !candidates.includes(n));
  const label = (n: number) => {
    const text = sentences[n - 1]!;
    return `Sentence ${n}: ${text.length > 70 ? `${text.slice(0, 69)}…` : text}`;
  };
  const status =
    grounding.state === 'none'
      ? 'Kept without evidence'
      : grounding.state === 'confirmed'
        ? `Sentence ${draft.sentence}, confirmed`
        : draft.sentence === 0
          ? 'No sentence matched'
          : `Sentence ${draft.sentence} · ${CONFIDENCE_LABELS[grounding.confidence]} (${Math.round(grounding.score * 100)} %)`;
  return (
    <figure
      className={`rounded-xl border-l-4 bg-surface-2 px-4 py-3 ${
        grounding.state === 'confirmed' || grounding.confidence !== 'low' ? 'border-accent' : 'border-partial'
      }`}
      data-grounding={grounding.state}
    >
      <figcaption className="text-sm font-semibold text-ink-muted">{status}</figcaption>
      {grounding.state === 'none' ? (
        <p className="mt-1 text-sm">
          Students will see that this question is not checked against the article, where other questions show their
          sentence.
        </p>
      ) : draft.sentence > 0 ? (
        <MarkedQuotes draft={draft} />
      ) : (
        <p className="mt-1 text-sm">
          No sentence of the article shares its words. Pick one, or keep it without evidence.
        </p>
      )}
      {disabled ? null : (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {grounding.state === 'suggested' && draft.sentence > 0 ? (
            <button type="button" onClick={() => ground(draft.id, 'confirm')} className={buttonClass('secondary')}>
              This sentence supports it
            </button>
          ) : null}
          <label htmlFor={pickId} className="sr-only">
            {draft.sentence > 0 ? 'Pick another sentence' : 'Pick a sentence'}
          </label>
          <select
            id={pickId}
            value=""
            onChange={(e) => e.target.value && ground(draft.id, Number(e.target.value))}
            className="min-h-11 w-full min-w-0 rounded-xl border border-line-strong bg-surface px-3 sm:w-64"
          >
            <option value="">{draft.sentence > 0 ? 'Pick another sentence…' : 'Pick a sentence…'}</option>
            {(
              [
                ['Closest matches', candidates],
                ['Every sentence', others],
              ] as const
            )
              .filter(([, numbers]) => numbers.length > 0)
              .map(([group, numbers]) => (
                <optgroup key={group} label={group}>
                  {numbers.map((n) => (
                    <option key={n} value={n}>
                      {label(n)}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
          {grounding.state === 'none' ? null : (
            <button type="button" onClick={() => ground(draft.id, 'none')} className={buttonClass('ghost')}>
              Keep without evidence
            </button>
          )}
        </div>
      )}
    </figure>
  );
}

/**
 * After a card is accepted or rejected it may leave the list: focus moves on to the next card (or the
 * previous, at the end), so a keyboard user goes on reviewing where they were.
 */
function keepFocusAfter(card: HTMLElement | null) {
  const item = card?.closest('li');
  const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector<HTMLElement>(
    'article[data-draft]',
  );
  const id = neighbour?.dataset.draft;
  requestAnimationFrame(() => {
    const target = id ? document.querySelector<HTMLElement>(`article[data-draft="${CSS.escape(id)}"]`) : null;
    (target ?? document.getElementById('drafts-heading'))?.focus();
  });
}

/**
 * One draft: read it, then accept, edit or reject it in one action each (also by keyboard: A, E,
 * R when the card has focus), swap a distractor, or switch between choice and typed answer.
 */
export function DraftCard({
  item,
  sets,
}: {
  item: AuthoringItem;
  /** The sets to choose from; null when the article is published as one quiz. */
  sets: readonly SetEntry[] | null;
}) {
  const { draft, status } = item;
  const accept = useAuthoringStore((s) => s.accept);
  const reject = useAuthoringStore((s) => s.reject);
  const reopen = useAuthoringStore((s) => s.reopen);
  const toggleType = useAuthoringStore((s) => s.switchType);
  const swap = useAuthoringStore((s) => s.swapDistractor);
  const moveToSet = useAuthoringStore((s) => s.moveToSet);
  const [editing, setEditing] = useState(false);
  const rejectRef = useRef<HTMLSelectElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  const acceptAndMove = () => {
    keepFocusAfter(cardRef.current);
    accept(draft.id);
  };
  const rejectAndMove = (reason: RejectReason) => {
    keepFocusAfter(cardRef.current);
    reject(draft.id, reason);
  };
  const headingId = useId();
  const choices = swapChoices(draft);
  // An imported question was written elsewhere: what the app needs of it is said before it can be accepted.
  const blockers = draft.kind === 'imported' && status === 'pending' ? checkItem(draft) : [];

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'a') {
      event.preventDefault();
      if (blockers.length === 0) acceptAndMove();
      // Blocked: go to what needs deciding (the reason is read with the disabled Accept button).
      else cardRef.current?.querySelector<HTMLElement>('[data-grounding] button, [data-grounding] select')?.focus();
    } else if (key === 'e') {
      event.preventDefault();
      setEditing(true);
    } else if (key === 'r') {
      event.preventDefault();
      rejectRef.current?.focus();
    }
  };

  if (editing) {
    return <DraftEditor item={item} onDone={() => setEditing(false)} />;
  }

  const tone =
    status === 'accepted'
      ? 'border-good bg-good-soft/40'
      : status === 'rejected'
        ? 'border-line opacity-75'
        : 'border-line bg-surface';

  return (
    <article
      ref={cardRef}
      aria-labelledby={headingId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-draft={draft.id}
      data-status={status}
      className={`space-y-3 rounded-2xl border p-4 shadow-card focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus sm:p-5 ${tone}`}
    >
      <header className="flex flex-wrap items-center gap-2 text-sm">
        <span className="rounded-full bg-accent-soft px-2.5 py-0.5 font-semibold text-accent">
          {KIND_LABELS[draft.kind]}
        </span>
        {TYPE_LABELS[draft.type] !== KIND_LABELS[draft.kind] && (
          <span className="text-ink-muted">{TYPE_LABELS[draft.type]}</span>
        )}
        {item.edited && <span className="text-ink-muted">· edited</span>}
        <span className="ml-auto font-semibold">
          {status === 'accepted' && <span className="text-good">Accepted</span>}
          {status === 'rejected' && (
            <span className="text-bad">Rejected: {REJECT_REASONS[item.reason ?? 'other'].toLowerCase()}</span>
          )}
        </span>
      </header>
      <h3 id={headingId} className="text-lg leading-snug font-semibold text-pretty">
        {draft.prompt}
      </h3>
      <AnswerView draft={draft} choices={choices} onSwap={(index, value) => swap(draft.id, index, value)} />
      {draft.grounding ? <Grounding draft={draft} disabled={status === 'rejected'} /> : <Evidence draft={draft} />}
      {draft.notes.length > 0 && (
        <ul className="space-y-1 text-sm text-partial">
          {draft.notes.map((note) => (
            <li key={note}>⚠ {note}</li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2 pt-1">
        {blockers.length > 0 ? (
          <p id={`${headingId}-blockers`} className="basis-full text-sm text-partial">
            Before accepting: {blockers.map((b) => b.message).join(' ')}
          </p>
        ) : null}
        {status === 'pending' ? (
          <>
            <button
              type="button"
              onClick={() => accept(draft.id)}
              disabled={blockers.length > 0}
              aria-describedby={blockers.length > 0 ? `${headingId}-blockers` : undefined}
              className={buttonClass('primary')}
            >
              Accept
            </button>
            <button type="button" onClick={() => setEditing(true)} className={buttonClass('secondary')}>
              Edit
            </button>
            <label className="sr-only" htmlFor={`${headingId}-reject`}>
              Reject because
            </label>
            <select
              id={`${headingId}-reject`}
              ref={rejectRef}
              value=""
              onChange={(e) => e.target.value && rejectAndMove(e.target.value as RejectReason)}
              className="min-h-11 max-w-full min-w-0 rounded-xl border border-line-strong bg-surface px-3 font-semibold text-bad"
            >
              <option value="">Reject because…</option>
              {Object.entries(REJECT_REASONS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </>
        ) : (
          <>
            <button type="button" onClick={() => reopen(draft.id)} className={buttonClass('secondary')}>
              {status === 'accepted' ? 'Undo accept' : 'Undo reject'}
            </button>
            {status === 'accepted' && (
              <button type="button" onClick={() => setEditing(true)} className={buttonClass('secondary')}>
                Edit
              </button>
            )}
          </>
        )}
        {(draft.type === 'single' || draft.type === 'typed') && status !== 'rejected' && (
          <>
            <button
              type="button"
              onClick={() => toggleType(draft.id)}
              disabled={!canSwitchType(draft)}
              aria-describedby={canSwitchType(draft) ? undefined : `${draft.id}-why-typed`}
              className={buttonClass('ghost')}
            >
              {draft.type === 'single' ? 'Make it a typed answer' : 'Make it multiple choice'}
            </button>
            {/* Said on the page, not in a tooltip: a touch screen has no hover. */}
            {canSwitchType(draft) ? null : (
              <p id={`${draft.id}-why-typed`} className="basis-full text-sm text-ink-muted">
                Multiple choice needs three wrong options of the same kind, and the article names too few.
              </p>
            )}
          </>
        )}
        {status === 'accepted' && sets && (
          <label className="ml-auto flex max-w-full min-w-0 items-center gap-2 text-sm font-semibold">
            Set
            <select
              value={item.setKey}
              onChange={(e) => moveToSet(draft.id, e.target.value)}
              className="min-h-11 max-w-full min-w-0 rounded-xl border border-line-strong bg-surface px-3 font-normal"
            >
              {sets.map((set) => (
                <option key={set.key} value={set.key}>
                  {set.title || 'Untitled set'}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </article>
  );
}

function AnswerView({
  draft,
  choices,
  onSwap,
}: {
  draft: AuthoringDraft;
  choices: string[];
  onSwap: (index: number, value: string) => void;
}) {
  if (draft.type === 'single' && draft.options) {
    return (
      <ul className="grid grid-cols-1 gap-2" aria-label="Options">
        {draft.options.map((option, index) => {
          const right = option === draft.answer;
          return (
            <li
              key={option}
              className={`flex min-h-11 flex-wrap items-center gap-2 rounded-xl border px-3 py-1.5 ${right ? 'border-good bg-good-soft' : 'border-line'}`}
            >
              <span className="min-w-0 flex-1 break-words">
                {right && <span className="sr-only">Right answer: </span>}
                {option}
                {right && (
                  <span aria-hidden="true" className="ml-2 text-sm font-semibold text-good">
                    ✓ answer
                  </span>
                )}
              </span>
              {!right && choices.length > 0 && (
                <select
                  aria-label={`Swap “${option}” for`}
                  value=""
                  onChange={(e) => e.target.value && onSwap(index, e.target.value)}
                  className="min-h-9 max-w-[min(9rem,100%)] rounded-lg border border-line-strong bg-surface px-2 text-sm"
                >
                  <option value="">Swap…</option>
                  {choices.map((choice) => (
                    <option key={choice} value={choice}>
                      {choice}
                    </option>
                  ))}
                </select>
              )}
            </li>
          );
        })}
      </ul>
    );
  }
  if (draft.type === 'multiple' && draft.options) {
    const right = [draft.answer].flat().map(String);
    return (
      <ul className="grid grid-cols-1 gap-2" aria-label="Options (every right one marked)">
        {draft.options.map((option) => (
          <li
            key={option}
            className={`flex min-h-11 items-center rounded-xl border px-3 py-1.5 ${right.includes(option) ? 'border-good bg-good-soft' : 'border-line'}`}
          >
            <span className="min-w-0 flex-1 break-words">
              {right.includes(option) && <span className="sr-only">Right answer: </span>}
              {option}
              {right.includes(option) && (
                <span aria-hidden="true" className="ml-2 text-sm font-semibold text-good">
                  ✓ right
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    );
  }
  if (draft.type === 'typed') {
    return (
      <p>
        <span className="font-semibold">Answer:</span> {String(draft.answer)}
        {draft.accept && draft.accept.length > 0 && (
          <span className="text-ink-muted"> · also accepted: {draft.accept.join(', ')}</span>
        )}
      </p>
    );
  }
  if (draft.type === 'truefalse') {
    return (
      <p>
        <span className="font-semibold">Answer:</span> {draft.answer ? 'True' : 'False'}
      </p>
    );
  }
  if (draft.type === 'ordering') {
    return (
      <ol className="list-decimal space-y-1 pl-6">
        {[draft.answer].flat().map((item) => (
          <li key={String(item)}>{String(item)}</li>
        ))}
      </ol>
    );
  }
  return null;
}

/** "The statement is: True / False", for a true/false question being edited or written. */
export function TrueFalseChoice({
  id,
  value,
  onChange,
}: {
  id: string;
  value: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <fieldset id={id} tabIndex={-1} className="flex gap-4">
      <legend className="font-semibold">The statement is</legend>
      {[true, false].map((option) => (
        <label key={String(option)} className="flex min-h-11 items-center gap-2">
          <input
            type="radio"
            name={`${id}-tf`}
            checked={value === option}
            onChange={() => onChange(option)}
            className="size-5 accent-[var(--color-accent)]"
          />
          {option ? 'True' : 'False'}
        </label>
      ))}
    </fieldset>
  );
}

/** Inline editing: the prompt, the answer and options, accepted alternatives, the explanation. */
function DraftEditor({ item, onDone }: { item: AuthoringItem; onDone: () => void }) {
  const saveEdit = useAuthoringStore((s) => s.saveEdit);
  const [draft, setDraft] = useState<AuthoringDraft>(item.draft);
  const [problems, setProblems] = useState<ItemProblem[]>([]);
  const id = useId();
  const problemFor = (field: ItemProblem['field']) =>
    problems
      .filter((p) => p.field === field)
      .map((p) => p.message)
      .join(' ');

  const save = () => {
    const cleaned: AuthoringDraft = {
      ...draft,
      prompt: draft.prompt.trim(),
      explanation: draft.explanation.trim(),
      ...(draft.type === 'typed' ? { accept: (draft.accept ?? []).map((a) => a.trim()).filter(Boolean) } : {}),
    };
    const found = checkItem(cleaned);
    setProblems(found);
    if (found.length > 0) {
      document.getElementById(`${id}-${found[0]!.field}`)?.focus();
      return;
    }
    saveEdit(item.draft.id, cleaned);
    onDone();
  };

  return (
    <form
      aria-label={`Edit: ${item.draft.prompt}`}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
      className="space-y-4 rounded-2xl border-2 border-accent bg-surface p-4 shadow-card sm:p-5"
    >
      <div>
        <label htmlFor={`${id}-prompt`} className="font-semibold">
          Question
        </label>
        <textarea
          id={`${id}-prompt`}
          value={draft.prompt}
          onChange={(e) => setDraft({ ...draft, prompt: e.target.value })}
          rows={3}
          autoFocus
          aria-describedby={`${id}-prompt-error`}
          className={`${fieldClass} py-2`}
        />
        <p id={`${id}-prompt-error`} className="mt-1 text-sm font-medium text-bad empty:hidden" role="alert">
          {problemFor('prompt')}
        </p>
      </div>
      {draft.type === 'single' && draft.options && (
        <fieldset id={`${id}-options`} tabIndex={-1} className="space-y-2">
          <legend className="font-semibold">Options (mark the right one)</legend>
          {draft.options.map((option, index) => (
            <div key={index} className="flex items-center gap-2">
              <input
                type="radio"
                name={`${id}-right`}
                aria-label={`Option ${index + 1} is the right answer`}
                checked={option === draft.answer}
                onChange={() => setDraft({ ...draft, answer: option })}
                className="size-5 shrink-0 accent-[var(--color-accent)]"
              />
              <input
                aria-label={`Option ${index + 1}`}
                value={option}
                onChange={(e) => {
                  const options = draft.options!.map((o, i) => (i === index ? e.target.value : o));
                  setDraft({ ...draft, options, answer: option === draft.answer ? e.target.value : draft.answer });
                }}
                className={fieldClass}
              />
            </div>
          ))}
          {draft.options.length < 4 ? (
            <button
              type="button"
              onClick={() => setDraft({ ...draft, options: [...draft.options!, ''] })}
              className={buttonClass('ghost')}
            >
              Add an option
            </button>
          ) : null}
          <p id={`${id}-answer`} tabIndex={-1} className="text-sm font-medium text-bad empty:hidden" role="alert">
            {problemFor('options')} {problemFor('answer')}
          </p>
        </fieldset>
      )}
      {draft.type === 'multiple' && draft.options && (
        <fieldset id={`${id}-options`} tabIndex={-1} className="space-y-2">
          <legend className="font-semibold">Options (tick every right one)</legend>
          {draft.options.map((option, index) => {
            const right = [draft.answer].flat().map(String);
            return (
              <div key={index} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  aria-label={`Option ${index + 1} is right`}
                  checked={right.includes(option)}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      answer: e.target.checked ? [...right, option] : right.filter((a) => a !== option),
                    })
                  }
                  className="size-5 shrink-0 accent-[var(--color-accent)]"
                />
                <input
                  aria-label={`Option ${index + 1}`}
                  value={option}
                  onChange={(e) => {
                    const options = draft.options!.map((o, i) => (i === index ? e.target.value : o));
                    setDraft({
                      ...draft,
                      options,
                      answer: right.map((a) => (a === option ? e.target.value : a)),
                    });
                  }}
                  className={fieldClass}
                />
              </div>
            );
          })}
          <button
            type="button"
            onClick={() => setDraft({ ...draft, options: [...draft.options!, ''] })}
            className={buttonClass('ghost')}
          >
            Add an option
          </button>
          <p id={`${id}-answer`} tabIndex={-1} className="text-sm font-medium text-bad empty:hidden" role="alert">
            {problemFor('options')} {problemFor('answer')}
          </p>
        </fieldset>
      )}
      {draft.type === 'typed' && (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-answer`} className="font-semibold">
              Answer
            </label>
            <input
              id={`${id}-answer`}
              value={String(draft.answer)}
              onChange={(e) => setDraft({ ...draft, answer: e.target.value })}
              aria-describedby={`${id}-answer-error`}
              className={fieldClass}
            />
            <p id={`${id}-answer-error`} className="mt-1 text-sm font-medium text-bad empty:hidden" role="alert">
              {problemFor('answer')}
            </p>
          </div>
          <div>
            <label htmlFor={`${id}-accept`} className="font-semibold">
              Also accept (one per line)
            </label>
            <textarea
              id={`${id}-accept`}
              value={(draft.accept ?? []).join('\n')}
              onChange={(e) => setDraft({ ...draft, accept: e.target.value.split('\n') })}
              rows={3}
              className={`${fieldClass} py-2`}
            />
          </div>
        </div>
      )}
      {draft.type === 'truefalse' && (
        <TrueFalseChoice
          id={`${id}-answer`}
          value={draft.answer === true}
          onChange={(answer) => setDraft({ ...draft, answer })}
        />
      )}
      <div>
        <label htmlFor={`${id}-explanation`} className="font-semibold">
          Explanation
        </label>
        <textarea
          id={`${id}-explanation`}
          value={draft.explanation}
          onChange={(e) => setDraft({ ...draft, explanation: e.target.value })}
          rows={2}
          aria-describedby={`${id}-explanation-error`}
          className={`${fieldClass} py-2`}
        />
        <p id={`${id}-explanation-error`} className="mt-1 text-sm font-medium text-bad empty:hidden" role="alert">
          {problemFor('explanation')}
        </p>
      </div>
      {draft.sentence > 0 ? (
        <Evidence draft={draft} />
      ) : (
        <p className="rounded-xl border-l-4 border-partial bg-surface-2 px-4 py-3 text-sm">
          {draft.grounding?.state === 'none'
            ? 'Kept without evidence: students will see that it is not checked against the article.'
            : 'No sentence of the article is chosen for it yet.'}
        </p>
      )}
      <p id={`${id}-evidence`} tabIndex={-1} className="text-sm font-medium text-bad empty:hidden" role="alert">
        {problemFor('evidence') ? `${problemFor('evidence')} Cancel, then choose on the card.` : ''}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass('primary')}>
          Save and accept
        </button>
        <button type="button" onClick={onDone} className={buttonClass('secondary')}>
          Cancel
        </button>
      </div>
    </form>
  );
}

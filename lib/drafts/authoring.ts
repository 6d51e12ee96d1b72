import type { SetCategory } from '@/lib/content/schema';
import { draftToQuestion } from './question';
import type { PublishInput } from './publish';
import { answerCheck } from './quality';
import { ONE_QUIZ_KEY } from './ids';
import { KIND_CATEGORY, type Draft } from './types';
import { MAX_EXPLANATION_SENTENCES, MIN_DISTRACTORS } from '@/lib/content/rules';
import type { Grounding } from '@/lib/interop/grounding-state';

/**
 * The authoring screen's work, as pure data and functions (no React): the drafts a teacher accepts,
 * edits or rejects, the questions they write, the sets they group them into, and what is
 * published. The zustand store (stores/authoring-store.ts) keeps it in the browser as it changes.
 */

export const REJECT_REASONS = {
  wrong: 'The answer is wrong or not supported',
  unclear: 'The prompt is unclear or ungrammatical',
  trivial: 'Too trivial or too obvious',
  distractors: 'Poor distractors',
  duplicate: 'Repeats another question',
  other: 'Not useful for this class',
} as const;
export type RejectReason = keyof typeof REJECT_REASONS;

export const DEFAULT_SETS: ReadonlyArray<{ key: string; title: string; category: SetCategory }> = [
  { key: 'who', title: 'Who', category: 'who' },
  { key: 'where', title: 'Where', category: 'where' },
  { key: 'when', title: 'When', category: 'when' },
  { key: 'what-why', title: 'What and why', category: 'what-why' },
  { key: 'review', title: 'Review', category: 'review' },
];

/**
 * How the accepted questions are published: as one quiz (the default: a short article's five or six
 * questions are one quiz, not five sets of one), or grouped into the sets below, which students can
 * take apart or mix. Each question keeps its set either way, so switching back and forth loses nothing.
 */
export type Grouping = 'one' | 'sets';
export const ONE_QUIZ = { key: ONE_QUIZ_KEY, title: 'All questions', category: 'review' } as const;

export type AuthoringDraft = Omit<Draft, 'kind' | 'evidence'> & {
  kind: Draft['kind'] | 'own' | 'imported';
  /** Absent only on an imported question the teacher keeps without evidence (`grounding.state` "none"). */
  evidence?: Draft['evidence'];
  /** An imported question's match to the article (lib/interop/grounding.ts); drafts and own questions have none. */
  grounding?: Grounding;
};
export type AuthoringItem = {
  draft: AuthoringDraft;
  status: 'pending' | 'accepted' | 'rejected';
  reason?: RejectReason;
  edited: boolean;
  setKey: string;
  /** Ranked after the best drafts: folded under "More drafts" until the teacher accepts or rejects it. */
  more?: boolean;
};
export type SetEntry = { key: string; title: string; category: SetCategory };
export type Authoring = {
  phase: 'paste' | 'review';
  title: string;
  date: string;
  source: string;
  text: string;
  sentences: string[];
  paragraphs: string[];
  items: AuthoringItem[];
  grouping: Grouping;
  sets: SetEntry[];
  /** The article's id and key once published (published again from the same screen). */
  published: { id: string; key: string; at: string } | null;
};

/**
 * Every article this browser is working on: the one on screen (its fields at the top level, so the
 * screen reads them directly) and the others, each kept apart until reopened.
 */
export type AuthoringWorks = Authoring & { workId: string; others: Record<string, Authoring> };

export type WorkSummary = { id: string; title: string; published: boolean; current: boolean };

/** Nothing typed, drafted or published yet: starting another article need not keep it. */
export function isEmptyWork(work: Authoring): boolean {
  return work.title.trim() === '' && work.text.trim() === '' && work.items.length === 0 && work.published === null;
}

/** The articles being worked on, the one on screen first, for the switcher. */
export function workSummaries(state: AuthoringWorks): WorkSummary[] {
  const summary = (id: string, work: Authoring, current: boolean): WorkSummary => ({
    id,
    title: work.title.trim() || 'Untitled article',
    published: work.published !== null,
    current,
  });
  return [
    summary(state.workId, state, true),
    ...Object.entries(state.others).map(([id, work]) => summary(id, work, false)),
  ];
}

/** The fields of one work (without the others), as it is kept apart. */
export function workOf(state: Authoring): Authoring {
  return {
    phase: state.phase,
    title: state.title,
    date: state.date,
    source: state.source,
    text: state.text,
    sentences: state.sentences,
    paragraphs: state.paragraphs,
    items: state.items,
    grouping: state.grouping,
    sets: state.sets,
    published: state.published,
  };
}

export function newWorkId(): string {
  return `work-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function emptyAuthoring(today: string): Authoring {
  return {
    phase: 'paste',
    title: '',
    date: today,
    source: '',
    text: '',
    sentences: [],
    paragraphs: [],
    items: [],
    grouping: 'one',
    sets: DEFAULT_SETS.map((set) => ({ ...set })),
    published: null,
  };
}

/** The engine's best drafts, then the rest it ranked after them (folded under "More drafts"). */
export function itemsFromDrafts(drafts: Draft[], more: Draft[] = []): AuthoringItem[] {
  return [
    ...drafts.map((draft): AuthoringItem => ({
      draft,
      status: 'pending',
      edited: false,
      setKey: KIND_CATEGORY[draft.kind],
    })),
    ...more.map((draft): AuthoringItem => ({
      draft,
      status: 'pending',
      edited: false,
      setKey: KIND_CATEGORY[draft.kind],
      more: true,
    })),
  ];
}

/** A draft still folded under "More drafts": ranked after the best ones and not yet decided. */
export function isFolded(item: AuthoringItem): boolean {
  return item.more === true && item.status === 'pending';
}

/** Choice ↔ typed answer: a choice needs three distractors, from the draft's same-kind alternatives. */
export function canSwitchType(draft: AuthoringDraft): boolean {
  if (draft.type === 'single') return true;
  if (draft.type === 'typed') return distractorPool(draft).length >= 3;
  return false;
}

function distractorPool(draft: AuthoringDraft): string[] {
  const answer = String(draft.answer).toLowerCase();
  return [...new Set([...(draft.options ?? []), ...draft.alternatives])].filter(
    (option) => option.toLowerCase() !== answer,
  );
}

export function switchType(draft: AuthoringDraft): AuthoringDraft {
  if (draft.type === 'single') {
    const { options: _options, ...rest } = draft;
    return { ...rest, type: 'typed', accept: [] };
  }
  if (draft.type === 'typed' && canSwitchType(draft)) {
    const { accept: _accept, ...rest } = draft;
    const options = [String(draft.answer), ...distractorPool(draft).slice(0, 3)];
    // The answer's place among the options, fixed by its id (options are shuffled again for each student).
    const at = [...draft.id].reduce((sum, char) => sum + char.charCodeAt(0), 0) % options.length;
    [options[0], options[at]] = [options[at]!, options[0]!];
    return { ...rest, type: 'single', options };
  }
  return draft;
}

/** Replaces one wrong option with another same-kind name from the article. */
export function swapDistractor(draft: AuthoringDraft, index: number, replacement: string): AuthoringDraft {
  if (draft.type !== 'single' || !draft.options || draft.options[index] === draft.answer) return draft;
  if (draft.options.includes(replacement)) return draft;
  const options = draft.options.map((option, i) => (i === index ? replacement : option));
  return { ...draft, options };
}

/** What a distractor may be swapped for: the article's same-kind names not already offered. */
export function swapChoices(draft: AuthoringDraft): string[] {
  return draft.alternatives.filter(
    (alternative) => !(draft.options ?? []).includes(alternative) && alternative !== draft.answer,
  );
}

export type ItemProblem = { field: 'prompt' | 'answer' | 'options' | 'explanation' | 'evidence'; message: string };

/** Checks an edited or written question before it can be accepted (the content check runs again on publish). */
export function checkItem(draft: AuthoringDraft): ItemProblem[] {
  const problems: ItemProblem[] = [];
  if (draft.prompt.trim() === '') problems.push({ field: 'prompt', message: 'Write the question.' });
  if (draft.explanation.trim() === '') problems.push({ field: 'explanation', message: 'Write a short explanation.' });
  if (draft.type === 'single') {
    const options = (draft.options ?? []).map((o) => o.trim());
    if (options.some((o) => o === '')) problems.push({ field: 'options', message: 'Fill in every option.' });
    if (new Set(options.map((o) => o.toLowerCase())).size !== options.length) {
      problems.push({ field: 'options', message: 'Options must all differ.' });
    }
    if (options.length < MIN_DISTRACTORS + 1)
      problems.push({
        field: 'options',
        message: `Give ${MIN_DISTRACTORS} wrong options besides the answer (Edit, then “Add an option”).`,
      });
    if (!options.includes(String(draft.answer).trim()))
      problems.push({ field: 'answer', message: 'Mark which option is right.' });
  }
  if ((draft.type === 'typed' || draft.type === 'single') && String(draft.answer).trim() === '') {
    problems.push({ field: 'answer', message: 'Give the answer.' });
  } else if (draft.type === 'typed' && !/[\p{L}\p{N}]/u.test(String(draft.answer))) {
    problems.push({ field: 'answer', message: 'The answer needs a letter or a digit to compare a typed answer with.' });
  }
  if (draft.type === 'multiple') {
    // Written elsewhere (an import): the content check's rules, said before publishing.
    const options = (draft.options ?? []).map((o) => o.trim());
    const right = [draft.answer].flat().map((a) => String(a).trim());
    if (options.some((o) => o === '') || new Set(options.map((o) => o.toLowerCase())).size !== options.length)
      problems.push({ field: 'options', message: 'Its options must all be filled in and all differ.' });
    if (right.length === 0 || right.some((a) => !options.includes(a)))
      problems.push({ field: 'answer', message: 'Every right answer must be one of its options.' });
    if (options.length - right.length < MIN_DISTRACTORS)
      problems.push({
        field: 'options',
        message: `“Select all” needs at least ${MIN_DISTRACTORS} wrong options; this one has ${Math.max(0, options.length - right.length)} (Edit, then “Add an option”).`,
      });
  }
  const explanationSentences = draft.explanation.trim().split(/(?<=[.!?][”’"')\]]?)\s+(?=[“"'(\[]?[\p{Lu}\d])/u).length;
  // Only for what came from elsewhere: the engine's explanations are checked on publish by the real splitter.
  if (draft.kind === 'imported' && explanationSentences > MAX_EXPLANATION_SENTENCES)
    problems.push({
      field: 'explanation',
      message: `Keep the explanation to ${MAX_EXPLANATION_SENTENCES} sentences (it has ${explanationSentences}).`,
    });
  if (draft.grounding?.state === 'suggested' && draft.grounding.confidence === 'low') {
    problems.push({
      field: 'evidence',
      message:
        draft.sentence > 0
          ? 'Say which sentence supports it: confirm this one, pick another, or keep it without evidence.'
          : 'Pick the sentence that supports it, or keep it without evidence.',
    });
  }
  // An imported question's sentence is the teacher's choice: it may support the answer without naming it.
  if (problems.length === 0 && draft.type !== 'ordering' && draft.evidence !== undefined && !draft.grounding) {
    const check = answerCheck({
      ...draft,
      evidence: draft.evidence,
      highlight: draft.type === 'truefalse' ? draft.highlight : String(draft.answer),
    });
    if (!check.evidenceHasAnswer) {
      problems.push({ field: 'answer', message: `The cited sentence ${draft.sentence} does not contain this answer.` });
    }
    if (check.promptHasAnswer) problems.push({ field: 'prompt', message: 'The question gives its answer away.' });
  }
  return problems;
}

/** A teacher's own question on one sentence: typed, choice or true/false. */
export function ownQuestion(input: {
  number: number;
  sentence: string;
  existingIds: ReadonlySet<string>;
  type: 'typed' | 'single' | 'truefalse';
  prompt: string;
  answer: string | boolean;
  options?: string[];
  explanation: string;
  category: SetCategory;
}): AuthoringDraft {
  let id = `own-s${input.number}`;
  for (let n = 2; input.existingIds.has(id); n += 1) id = `own-s${input.number}-${n}`;
  const base = {
    id,
    prompt: input.prompt.trim(),
    explanation: input.explanation.trim() || `Sentence ${input.number} of the article says so.`,
    evidence: input.sentence,
    rank: 0,
    kind: 'own' as const,
    category: input.category,
    sentence: input.number,
    highlight: input.type === 'truefalse' ? input.sentence : String(input.answer).trim(),
    alternatives: [],
    notes: [],
  };
  if (input.type === 'truefalse') return { ...base, type: 'truefalse', answer: Boolean(input.answer) };
  if (input.type === 'single') {
    return {
      ...base,
      type: 'single',
      answer: String(input.answer).trim(),
      options: (input.options ?? []).map((o) => o.trim()),
    };
  }
  return { ...base, type: 'typed', answer: String(input.answer).trim(), accept: [] };
}

/** The accepted questions, in their order on the screen. */
export function acceptedItems(state: Pick<Authoring, 'items'>): AuthoringItem[] {
  return state.items.filter((item) => item.status === 'accepted');
}

/**
 * The accepted questions as POST /api/authored takes them: one quiz, or set by set (empty sets left
 * out).
 */
export type PublishedPart = Pick<Authoring, 'title' | 'date' | 'source' | 'paragraphs' | 'items' | 'grouping' | 'sets'>;

export function publishInput(state: PublishedPart): PublishInput {
  const accepted = acceptedItems(state);
  const sets =
    state.grouping === 'one'
      ? [
          {
            ...ONE_QUIZ,
            description: `Every question about “${state.title.trim()}”, in one quiz.`,
            questions: accepted.map((item) => draftToQuestion(item.draft)),
          },
        ]
      : groupedSets(state);
  return {
    title: state.title.trim(),
    date: state.date,
    ...(state.source.trim() ? { source: state.source.trim() } : {}),
    paragraphs: state.paragraphs,
    sets: sets.filter((set) => set.questions.length > 0),
  };
}

function groupedSets(state: PublishedPart): PublishInput['sets'] {
  return state.sets.map((set) => ({
    key: set.key,
    title: set.title.trim() || 'Questions',
    category: set.category,
    description: `Questions about “${state.title.trim()}”.`,
    questions: acceptedItems(state)
      .filter((item) => item.setKey === set.key)
      .map((item) => draftToQuestion(item.draft)),
  }));
}

/** Accepted and pending counts, for the toolbar and the publish button. */
/** Accepted, rejected and pending counts; "pending" leaves out the folded drafts, counted as "more". */
export function counts(items: readonly AuthoringItem[]): Record<AuthoringItem['status'] | 'more', number> {
  const out = { pending: 0, accepted: 0, rejected: 0, more: 0 };
  for (const item of items) {
    if (isFolded(item)) out.more += 1;
    else out[item.status] += 1;
  }
  return out;
}

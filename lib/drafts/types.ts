import type { QuestionDto } from '@/lib/content/dto';
import type { SetCategory } from '@/lib/content/categories';

/**
 * What the drafting engine takes and gives: the JSON of POST /api/drafts and of the authoring
 * screen. No zod here: the authoring screen (a client component) imports these; the input's
 * schema is in input-schema.ts.
 */

export const MAX_ARTICLE_CHARS = 30_000;

/** An article to draft from, as POST /api/drafts takes it (input-schema.ts checks it). */
export type DraftInput = { title: string; date: string; text: string };

export const DRAFT_KINDS = [
  'who',
  'where',
  'when',
  'how-many',
  'why',
  'how',
  'what',
  'true-false',
  'ordering',
] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** The set each kind of draft goes to unless the teacher moves it. */
export const KIND_CATEGORY: Record<DraftKind, SetCategory> = {
  who: 'who',
  where: 'where',
  when: 'when',
  'how-many': 'what-why',
  why: 'what-why',
  how: 'what-why',
  what: 'what-why',
  'true-false': 'review',
  ordering: 'when',
};

/** Failure patterns of rule-based drafting; a candidate caught by one is not offered. */
export const FILTER_REASONS = {
  'needs-context': 'the sentence leans on an earlier one ("It", "This", "However")',
  'answer-in-prompt': 'the prompt still contains its answer',
  'broken-grammar': 'cutting the answer out leaves a broken word or phrase',
  'side-phrase': 'the answer sits in brackets or in quoted speech, not in what the article reports',
  'tagger-junk': 'the tagged answer is not a whole name, place, date or number',
  trivial: 'the statement is too short, a question, or a count that could be true by accident',
  trivia: 'a detail a reader is not expected to keep: a list item, an exact figure, match minutiae, a name in passing',
  guessable: 'the answer is known without reading: the headline subject, or given away by a conversion',
  'no-rewording': 'a true statement would copy the article word for word',
  'too-long': 'the sentence is too long to ask about in one question',
  'no-distractors': 'nothing of the same kind in the article, and no safe made-up alternative',
} as const;
export type FilterReason = keyof typeof FILTER_REASONS;

export type Draft = Omit<QuestionDto, 'evidence'> & {
  /** The engine's drafts always quote their sentence. */
  evidence: string | string[];
  /** 1 = the best draft. */
  rank: number;
  kind: DraftKind;
  category: SetCategory;
  /** The reader's sentence number of the evidence. */
  sentence: number;
  /** The words of the evidence the answer rests on (highlighted on screen). */
  highlight: string;
  /** Same-kind names, places, dates or numbers from the article, to swap a distractor for. */
  alternatives: string[];
  /** Things a teacher should look at before accepting (not failures: those are filtered). */
  notes: string[];
  /** What the ranking model weighed (only when the evaluation asks for it). */
  features?: Record<string, number>;
};

export type FilteredCandidate = {
  kind: DraftKind;
  sentence: number;
  reason: FilterReason;
  answer: string;
  prompt: string;
};

/** Kinds that ask about understanding (a reason, a means, a result, what someone said) rather than a name or number. */
export const COMPREHENSION_KINDS: ReadonlySet<DraftKind> = new Set(['why', 'how', 'what']);

export type DraftResult = {
  /** Sentences as the reader numbers them (sentence n is sentences[n - 1]). */
  sentences: string[];
  paragraphs: string[];
  /** The best drafts, best first: what the authoring screen shows. */
  drafts: Draft[];
  /** Further drafts, ranked after them (folded under "More drafts"). */
  more: Draft[];
  /** What the filters caught, for tests and the evaluation report. */
  filtered: FilteredCandidate[];
};

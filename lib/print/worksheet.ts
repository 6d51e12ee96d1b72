import type { Article, CatalogQuestion } from '@/lib/content/types';
import { locateQuote, sentenceNumbersForSpan } from '@/lib/content/text';
import { applyRules, NO_RULES, type DrawRules } from '@/lib/quiz/draw';
import { displayedOptions } from '@/lib/quiz/session';
import { scrambledOrder, seededShuffle } from '@/lib/quiz/shuffle';

/**
 * A printed worksheet and its answer key, for a class without devices (issue 18). Pure: the pages
 * in app/ render what this returns. Version A asks the questions in the set's own order, version B
 * in another, and each version shuffles its options its own way, so neighbours' sheets differ
 * while asking the same questions. Both honour the set's draw rules (lib/quiz/draw-rules.ts): a
 * sheet never prints two questions of which one gives the other away.
 */

export const PAPER_SIZES = { a4: 'A4', letter: 'Letter' } as const;
export type PaperSize = keyof typeof PAPER_SIZES;
export const WORKSHEET_VERSIONS = ['A', 'B'] as const;
export type WorksheetVersion = (typeof WORKSHEET_VERSIONS)[number];

/** What the reader is asked to write or mark, and where. */
export type WorksheetAnswer =
  | { kind: 'circle-one'; options: LetteredOption[] }
  | { kind: 'circle-all'; options: LetteredOption[] }
  | { kind: 'true-false' }
  | { kind: 'write'; lines: number }
  | { kind: 'order'; items: LetteredOption[] };

export type LetteredOption = { letter: string; text: string };

export type WorksheetItem = {
  number: number;
  questionId: string;
  prompt: string;
  answer: WorksheetAnswer;
  /** A sentence of the article supports it (an imported question kept without evidence has none to write down). */
  cited: boolean;
};

export type KeyEntry = {
  number: number;
  /** The answer as a teacher marks it: "B. Vladivostok", "A, C", "True", "C, A, B, D". */
  answer: string;
  /** Other answers accepted for a written question (the first few: a long list is noise on paper). */
  alsoAccepted: string[];
  /** How many more the app accepts besides those. */
  moreAccepted: number;
  /** Sentence numbers of the article that support it (empty when the question has none). */
  sentences: number[];
};

export type Worksheet = {
  version: WorksheetVersion;
  items: WorksheetItem[];
  key: KeyEntry[];
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SHOWN_ACCEPTED = 4;
const lettered = (texts: readonly string[]): LetteredOption[] =>
  texts.map((text, index) => ({ letter: LETTERS[index] ?? String(index + 1), text }));

/** The questions a worksheet prints, in the order of version A: as many as one attempt could ask. */
export function worksheetQuestions(questions: readonly CatalogQuestion[], rules: DrawRules = NO_RULES) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return applyRules(
    questions.map((q) => q.id),
    questions.length,
    rules,
  ).map((id) => byId.get(id)!);
}

/**
 * One version of the worksheet. `seed` names the set (or assignment), so a version is the same
 * every time it is printed.
 */
export function worksheetOf(
  questions: readonly CatalogQuestion[],
  version: WorksheetVersion,
  seed: string,
  rules: DrawRules = NO_RULES,
): Worksheet {
  const chosen = worksheetQuestions(questions, rules);
  const ordered = version === 'A' ? chosen : reordered(chosen, `${seed}:${version}`, rules);
  const items: WorksheetItem[] = [];
  const key: KeyEntry[] = [];
  ordered.forEach((question, index) => {
    const number = index + 1;
    const optionSeed = `${seed}:${version}`;
    const sentences = [...new Set(question.citations.flatMap((c) => c.sentences))].sort((a, b) => a - b);
    const entry = { number, sentences, alsoAccepted: [] as string[], moreAccepted: 0 };
    const item = { number, questionId: question.id, prompt: question.prompt, cited: sentences.length > 0 };
    switch (question.type) {
      case 'single': {
        const options = lettered(displayedOptions(question, optionSeed));
        const right = options.find((o) => o.text === question.answer)!;
        items.push({
          ...item,
          answer: { kind: 'circle-one', options },
        });
        key.push({ ...entry, answer: `${right.letter}. ${right.text}` });
        break;
      }
      case 'multiple': {
        const options = lettered(displayedOptions(question, optionSeed));
        const right = options.filter((o) => question.answer.includes(o.text));
        items.push({
          ...item,
          answer: { kind: 'circle-all', options },
        });
        key.push({ ...entry, answer: right.map((o) => `${o.letter}. ${o.text}`).join('; ') });
        break;
      }
      case 'truefalse':
        items.push({
          ...item,
          answer: { kind: 'true-false' },
        });
        key.push({ ...entry, answer: question.answer ? 'True' : 'False' });
        break;
      case 'typed':
        items.push({
          ...item,
          answer: { kind: 'write', lines: question.answer.length > 40 ? 2 : 1 },
        });
        key.push({
          ...entry,
          answer: question.answer,
          alsoAccepted: (question.accept ?? []).slice(0, SHOWN_ACCEPTED),
          moreAccepted: Math.max(0, (question.accept ?? []).length - SHOWN_ACCEPTED),
        });
        break;
      case 'ordering': {
        const items_ = lettered(scrambledOrder(question.answer, `${optionSeed}:${question.id}`));
        items.push({
          ...item,
          answer: { kind: 'order', items: items_ },
        });
        // As the student marks it: the number written beside each letter ("A 2 · B 3 · C 1").
        key.push({
          ...entry,
          answer: items_.map((item) => `${item.letter} ${question.answer.indexOf(item.text) + 1}`).join(' · '),
        });
        break;
      }
    }
  });
  return { version, items, key };
}

/**
 * Another order of the same questions, never the same as version A's when there are two or more,
 * still honouring every "asked before" rule.
 */
function reordered(chosen: readonly CatalogQuestion[], seed: string, rules: DrawRules): CatalogQuestion[] {
  const byId = new Map(chosen.map((q) => [q.id, q]));
  const ids = chosen.map((q) => q.id);
  let order = seededShuffle(ids, seed);
  if (order.every((id, i) => id === ids[i]) && order.length > 1) order = [...order.slice(1), order[0]!];
  return applyRules(order, order.length, { apart: [], before: rules.before }).map((id) => byId.get(id)!);
}

/**
 * An assignment's questions against the article as it reads now (a teacher may have changed its text
 * since the questions were copied): each quote found again, with its sentences; a quote no longer
 * there has none (its key shows "—").
 */
export function recited<Q extends CatalogQuestion>(
  questions: readonly Q[],
  article: Pick<Article, 'text' | 'sentences'>,
): Q[] {
  return questions.map((question) => ({
    ...question,
    citations: question.citations.flatMap((citation) => {
      const span = locateQuote(article.text, citation.quote);
      return span
        ? [{ quote: citation.quote, sentences: sentenceNumbersForSpan(article.sentences, span), ...span }]
        : [];
    }),
  }));
}

/** The article as printed: each paragraph's sentences with their numbers (the reader's numbering). */
export function numberedParagraphs(article: Pick<Article, 'paragraphs' | 'sentences'>) {
  return article.paragraphs.map((_, index) =>
    article.sentences.filter((s) => s.paragraph === index).map((s) => ({ number: s.number, text: s.text })),
  );
}

/** Reads the page's query: paper size and which versions to print (unknown values fall back to the defaults). */
export function printOptions(query: { paper?: string | string[]; versions?: string | string[] }): {
  paper: PaperSize;
  versions: WorksheetVersion[];
} {
  const paper = query.paper === 'letter' ? 'letter' : 'a4';
  const versions: WorksheetVersion[] = query.versions === 'ab' ? ['A', 'B'] : query.versions === 'b' ? ['B'] : ['A'];
  return { paper, versions };
}

import type {
  MultipleQuestion,
  OrderingQuestion,
  Question,
  SingleQuestion,
  TrueFalseQuestion,
  TypedQuestion,
} from '@/lib/content/schema';
import { canonicalAnswer, canonicalLiteral, withoutTitle } from './equivalence';
import { editDistance } from './normalise';
import type { QuizResponse } from './response';

/**
 * Grading: one pure function for every question type. The self-study pages call it in the
 * browser; assignment grading will call the same function on the server.
 *
 * Scores run from 0 to 1. Partial credit (docs/decisions/003-scoring-and-partial-credit.md):
 * - multiple select: (correct options chosen − wrong options chosen) ÷ correct options, never below 0;
 * - ordering: the share of item pairs placed in the right relative order (Kendall's tau distance);
 * - every other type is right (1) or wrong (0).
 * A question counts as correct only with a score of 1.
 */

export type Verdict = 'correct' | 'partial' | 'incorrect';

export type Grade = {
  score: number;
  verdict: Verdict;
  /** Set when a typed answer was accepted with one typo: the spelling it was matched to. */
  spelling?: string;
};

const TYPO_MIN_LETTERS = 6;

const CORRECT: Grade = { score: 1, verdict: 'correct' };
const INCORRECT: Grade = { score: 0, verdict: 'incorrect' };

function fromScore(score: number): Grade {
  if (score >= 1) return CORRECT;
  if (score <= 0) return INCORRECT;
  return { score, verdict: 'partial' };
}

/** The verdict a saved score stands for (only a score of 1 is correct). */
export function verdictFromScore(score: number): Verdict {
  return fromScore(score).verdict;
}

export function gradeSingle(question: SingleQuestion, choice: string): Grade {
  return choice === question.answer ? CORRECT : INCORRECT;
}

export function gradeMultiple(question: MultipleQuestion, choices: readonly string[]): Grade {
  const expected = new Set(question.answer);
  const chosen = new Set(choices.filter((choice) => question.options.includes(choice)));
  let hits = 0;
  let misses = 0;
  for (const choice of chosen) {
    if (expected.has(choice)) hits += 1;
    else misses += 1;
  }
  if (hits === expected.size && misses === 0) return CORRECT;
  return fromScore(Math.max(0, (hits - misses) / expected.size));
}

export function gradeTrueFalse(question: TrueFalseQuestion, value: boolean): Grade {
  return value === question.answer ? CORRECT : INCORRECT;
}

/** Every spelling a typed question accepts: the answer first, then its listed alternatives. */
export function acceptedAnswers(question: TypedQuestion): string[] {
  return [question.answer, ...(question.accept ?? [])];
}

/** Words whose change turns a statement around; a typo allowance never adds, drops or alters one. */
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nor',
  'neither',
  'nothing',
  'nobody',
  'cannot',
  'cant',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'hasnt',
  'havent',
  'hadnt',
  'wont',
  'wouldnt',
  'shouldnt',
  'couldnt',
]);

const isNumberToken = (token: string) => /\d/.test(token);

/**
 * Whether `given` is `expected` with one typo, under rules that keep a typo from changing the
 * meaning (docs/decisions/004-typed-answer-tolerance.md): the same words in the same order but
 * one; that word has 6 or more letters, keeps its first letter and is one edit away; numbers and
 * negations are never the word that differs.
 */
export function isOneTypoAway(given: string, expected: string): boolean {
  const a = given.split(' ');
  const b = expected.split(' ');
  if (a.length !== b.length) return false;
  let differing = -1;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    if (differing !== -1) return false;
    differing = i;
  }
  if (differing === -1) return false;
  const typed = a[differing]!;
  const word = b[differing]!;
  if (word.length < TYPO_MIN_LETTERS || typed[0] !== word[0]) return false;
  if (isNumberToken(typed) || isNumberToken(word) || NEGATIONS.has(typed) || NEGATIONS.has(word)) return false;
  return editDistance(typed, word, 1) <= 1;
}

function sameForm(given: string, expected: string): boolean {
  return given === expected || given.replace(/ /g, '') === expected.replace(/ /g, '');
}

/**
 * The canonical form; when it starts with a title, the form without it ("Obama" for "President
 * Obama"); and the form with abbreviations as written ("UN A" is still "un a").
 */
function forms(text: string): string[] {
  const canonical = canonicalAnswer(text);
  const bare = withoutTitle(canonical);
  const literal = canonicalLiteral(text);
  return [...new Set([canonical, ...(bare ? [bare] : []), ...(literal ? [literal] : [])])];
}

function sameAnswer(given: string[], expected: string[]): boolean {
  return given.some((a) => expected.some((b) => sameForm(a, b)));
}

/**
 * Typed answers are compared in canonical form (lib/quiz/equivalence.ts): case, accents,
 * punctuation, number words, date orders, magnitudes, common abbreviations and a title before a
 * name do not matter; then one typo in a long word is forgiven (isOneTypoAway).
 */
export function gradeTyped(question: TypedQuestion, text: string): Grade {
  const given = forms(text);
  if (given[0] === '') return INCORRECT;
  const accepted = acceptedAnswers(question);
  for (const candidate of accepted) {
    if (sameAnswer(given, forms(candidate))) return CORRECT;
  }
  // A known wrong answer is wrong, however close it is to a right one ("Kim Jong Il").
  if ((question.reject ?? []).some((wrong) => sameAnswer(given, [canonicalAnswer(wrong)]))) return INCORRECT;
  for (const candidate of accepted) {
    if (isOneTypoAway(given[0]!, canonicalAnswer(candidate))) {
      return { score: 1, verdict: 'correct', spelling: candidate };
    }
  }
  return INCORRECT;
}

/** Share of item pairs whose relative order matches the answer (1 = exactly right). */
export function orderingPairScore(expected: readonly string[], given: readonly string[]): number {
  const position = new Map(given.map((item, index) => [item, index]));
  if (expected.length < 2) return 1;
  let agreeing = 0;
  let pairs = 0;
  for (let i = 0; i < expected.length; i += 1) {
    for (let j = i + 1; j < expected.length; j += 1) {
      pairs += 1;
      const a = position.get(expected[i]!);
      const b = position.get(expected[j]!);
      if (a !== undefined && b !== undefined && a < b) agreeing += 1;
    }
  }
  return agreeing / pairs;
}

export function gradeOrdering(question: OrderingQuestion, order: readonly string[]): Grade {
  const sameItems = order.length === question.answer.length && question.answer.every((item) => order.includes(item));
  if (!sameItems) return INCORRECT;
  return fromScore(orderingPairScore(question.answer, order));
}

/** Grades any response against its question. A response of the wrong type scores 0. */
export function gradeResponse(question: Question, response: QuizResponse): Grade {
  switch (question.type) {
    case 'single':
      return response.type === 'single' ? gradeSingle(question, response.choice) : INCORRECT;
    case 'multiple':
      return response.type === 'multiple' ? gradeMultiple(question, response.choices) : INCORRECT;
    case 'truefalse':
      return response.type === 'truefalse' ? gradeTrueFalse(question, response.value) : INCORRECT;
    case 'typed':
      return response.type === 'typed' ? gradeTyped(question, response.text) : INCORRECT;
    case 'ordering':
      return response.type === 'ordering' ? gradeOrdering(question, response.order) : INCORRECT;
  }
}

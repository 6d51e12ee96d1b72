import type { SetCategory } from '@/lib/content/schema';
import type { AuthoringDraft } from '@/lib/drafts/authoring';
import type { Confidence, Grounding } from './grounding-state';
import { normaliseAnswer } from '@/lib/quiz/normalise';
import { importedId, type ImportReport, type PortableQuestion } from './portable';

/**
 * Imported questions meet the article (issue 18): each is matched to the sentence that best supports
 * its answer, with how sure the match is, and becomes a draft on the authoring screen. The teacher
 * confirms the sentence, picks another, or keeps the question without evidence (then it is flagged
 * wherever a student would see "Show in article"). Pure: no React, no parser (those load on demand).
 */

/** Words too common to tell one sentence from another. */
const STOP = new Set(
  `a an and are as at be been but by did do does for from had has have he her his how i in is it its of on or
  our she so that the their them they this to was were what when where which who whom whose why will with
  would you according article say says said does did not`.split(/\s+/),
);

function words(text: string): string[] {
  const normal = normaliseAnswer(text);
  if (normal === '') return [];
  return normal
    .split(' ')
    .filter((w) => !STOP.has(w) && (w.length > 1 || /\d/.test(w)))
    .map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
}

/** What the answer is, as text to find in a sentence (a true/false claim is its statement). */
function answerTexts(question: PortableQuestion): string[] {
  switch (question.type) {
    case 'single':
      return [question.answer];
    case 'multiple':
      return question.answer;
    case 'typed':
      return [question.answer, ...question.accept];
    case 'truefalse':
      return [];
    case 'ordering':
      return question.answer;
  }
}

function cover(needle: readonly string[], hay: ReadonlySet<string>): number {
  if (needle.length === 0) return 0;
  return needle.filter((w) => hay.has(w)).length / needle.length;
}

/** Scores each sentence (1-based numbers) as support for the question; best first. */
export function rankSentences(question: PortableQuestion, sentences: readonly string[]) {
  const promptWords = words(question.prompt);
  const answers = answerTexts(question).map(words);
  const scored = sentences.map((sentence, index) => {
    const hay = new Set(words(sentence));
    const prompt = cover(promptWords, hay);
    let score: number;
    if (question.type === 'truefalse') score = prompt;
    else if (question.type === 'ordering' || question.type === 'multiple') {
      const each = answers.map((a) => cover(a, hay));
      score = 0.6 * (each.reduce((s, c) => s + c, 0) / Math.max(each.length, 1)) + 0.4 * prompt;
    } else {
      score = 0.6 * Math.max(0, ...answers.map((a) => cover(a, hay))) + 0.4 * prompt;
    }
    return { sentence: index + 1, score: Math.round(score * 100) / 100 };
  });
  return scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.sentence - b.sentence);
}

/** The best sentence for a question, and how sure the match is; null when no sentence shares a word with it. */
export function ground(
  question: PortableQuestion,
  sentences: readonly string[],
): { sentence: number; grounding: Grounding } | null {
  // A question that carries its own quote of this article (our own export, a CSV evidence column) is grounded
  // by it: surely when the quote is found in one sentence only and is a phrase (four words or most of the
  // sentence), else as a candidate to check ("Kim" is in many sentences).
  for (const { quote } of question.evidence) {
    const normal = normaliseAnswer(quote);
    const found = normal ? sentences.flatMap((s, i) => (normaliseAnswer(s).includes(normal) ? [i + 1] : [])) : [];
    if (found.length === 0) continue;
    const sure =
      found.length === 1 &&
      (normal.split(' ').length >= 4 || normal.length >= 0.6 * normaliseAnswer(sentences[found[0]! - 1]!).length);
    return {
      sentence: found[0]!,
      grounding: {
        state: 'suggested',
        confidence: sure ? 'high' : 'medium',
        score: sure ? 1 : 0.5,
        candidates: found.slice(0, 5),
      },
    };
  }
  const ranked = rankSentences(question, sentences);
  const best = ranked[0];
  if (!best) return null;
  const margin = best.score - (ranked[1]?.score ?? 0);
  const confidence: Confidence = best.score >= 0.7 && margin >= 0.1 ? 'high' : best.score >= 0.45 ? 'medium' : 'low';
  return {
    sentence: best.sentence,
    grounding: {
      state: 'suggested',
      confidence,
      score: best.score,
      candidates: ranked.slice(0, 5).map((r) => r.sentence),
    },
  };
}

/** What students read after an imported question that came without an explanation. */
export const IMPORTED_EXPLANATION = 'From your teacher’s question bank.';

/** Which set an imported question goes to, from what it asks (the teacher can move it). */
export function importedCategory(question: PortableQuestion): SetCategory {
  if (question.type === 'truefalse') return 'review';
  if (question.type === 'ordering') return 'when';
  const start = question.prompt.trim().toLowerCase();
  if (/^(who|whom|whose)\b/.test(start)) return 'who';
  if (/^where\b|^in (which|what) (city|country|place|region)\b/.test(start)) return 'where';
  if (/^(when|in what year|in which year|on what date|on which day)\b/.test(start)) return 'when';
  return 'what-why';
}

/** Where the answer's words sit in the sentence, to mark them ("" when they are not there as such). */
function highlightIn(sentence: string, question: PortableQuestion): string {
  if (question.type === 'truefalse') return sentence;
  for (const answer of answerTexts(question)) {
    const at = sentence.toLowerCase().indexOf(answer.toLowerCase());
    if (answer.trim() && at >= 0) return sentence.slice(at, at + answer.length);
  }
  return '';
}

/** An imported question as a draft to review, grounded in the article's sentences. */
export function importedDraft(
  question: PortableQuestion,
  sentences: readonly string[],
  usedIds: Set<string>,
  notes: string[] = [],
): AuthoringDraft {
  const found = ground(question, sentences);
  // The reader numbered repeats within the file ("leader-2"); a clash with the screen numbers from the base again.
  const id = importedId(null, usedIds.has(question.id) ? question.id.replace(/-\d+$/, '') : question.id, usedIds);
  const base = {
    id,
    prompt: question.prompt,
    explanation: question.explanation.trim() || IMPORTED_EXPLANATION,
    rank: 0,
    kind: 'imported' as const,
    category: importedCategory(question),
    alternatives: [],
    notes: [
      ...notes,
      ...(question.explanation.trim()
        ? []
        : [`It came without an explanation: students will read “${IMPORTED_EXPLANATION}” unless you edit it.`]),
      ...(question.type === 'typed' && question.reject.length > 0
        ? [
            `Its answers marked wrong (${question.reject.join(', ')}) are not kept: a wrong answer is wrong here anyway.`,
          ]
        : []),
    ],
    ...(found
      ? {
          sentence: found.sentence,
          evidence: sentences[found.sentence - 1]!,
          highlight: highlightIn(sentences[found.sentence - 1]!, question),
          grounding: found.grounding,
        }
      : {
          sentence: 0,
          highlight: '',
          grounding: { state: 'suggested', confidence: 'low', score: 0, candidates: [] } satisfies Grounding,
        }),
  };
  switch (question.type) {
    case 'single':
      return { ...base, type: 'single', options: question.options, answer: question.answer };
    case 'multiple':
      return { ...base, type: 'multiple', options: question.options, answer: question.answer };
    case 'truefalse':
      return { ...base, type: 'truefalse', answer: question.answer };
    case 'typed':
      return { ...base, type: 'typed', answer: question.answer, accept: question.accept };
    case 'ordering':
      return { ...base, type: 'ordering', answer: question.answer };
  }
}

/** Every question an import kept, as drafts (ids never clash with those already on the screen). */
export function importedDrafts(
  report: ImportReport,
  sentences: readonly string[],
  existingIds: Iterable<string>,
): AuthoringDraft[] {
  const used = new Set(existingIds);
  return report.questions.map((question) =>
    importedDraft(
      question,
      sentences,
      used,
      report.notes.filter((n) => n.line === question.line).map((n) => n.note),
    ),
  );
}

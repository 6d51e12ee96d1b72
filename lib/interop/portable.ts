import { evidenceQuotes } from '@/lib/content/evidence';
import type { Question } from '@/lib/content/schema';
import type { CatalogQuestion } from '@/lib/content/types';
import { toSlug } from '@/lib/drafts/ids';

/**
 * A question as other quiz tools can hold it (GIFT, Moodle XML): what it asks, its answer, its
 * explanation and the article's words that support it. The app's own extras (card text, fact ids,
 * cues) have no place in those formats and are left out. Pure: no React, no server.
 */
export type PortableQuestion =
  | (Base & { type: 'single'; options: string[]; answer: string })
  | (Base & { type: 'multiple'; options: string[]; answer: string[] })
  | (Base & { type: 'truefalse'; answer: boolean })
  | (Base & { type: 'typed'; answer: string; accept: string[]; reject: string[] })
  | (Base & { type: 'ordering'; answer: string[] });

type Base = {
  id: string;
  prompt: string;
  explanation: string;
  /** The article's words that support the answer, each with its sentence number when known. */
  evidence: Array<{ quote: string; sentence: number | null }>;
};

/** A question of the catalog, with its evidence's sentence numbers. */
export function portableOf(question: CatalogQuestion | Question): PortableQuestion {
  const quotes = evidenceQuotes(question);
  const citations = 'citations' in question ? question.citations : [];
  const evidence = quotes.map((quote) => ({
    quote,
    sentence: citations.find((c) => c.quote === quote)?.sentences[0] ?? null,
  }));
  const base = { id: question.id, prompt: question.prompt, explanation: question.explanation, evidence };
  switch (question.type) {
    case 'single':
      return { ...base, type: 'single', options: [...question.options], answer: question.answer };
    case 'multiple':
      return { ...base, type: 'multiple', options: [...question.options], answer: [...question.answer] };
    case 'truefalse':
      return { ...base, type: 'truefalse', answer: question.answer };
    case 'typed':
      return {
        ...base,
        type: 'typed',
        answer: question.answer,
        accept: [...(question.accept ?? [])],
        reject: [...(question.reject ?? [])],
      };
    case 'ordering':
      return { ...base, type: 'ordering', answer: [...question.answer] };
  }
}

// ── The explanation and the evidence in one feedback text ─────────────────────────────────────────

const EVIDENCE_LINE = /^From the article(?:, sentence (\d+))?: “(.*)”$/;

/**
 * The general feedback other tools show after a question: the explanation, then each piece of
 * evidence on a line of its own ("From the article, sentence 5: “…”"), which `splitFeedback` reads back.
 */
export function feedbackText(question: Pick<PortableQuestion, 'explanation' | 'evidence'>): string {
  return [
    question.explanation,
    ...question.evidence.map(
      (e) => `From the article${e.sentence === null ? '' : `, sentence ${e.sentence}`}: “${e.quote}”`,
    ),
  ].join('\n');
}

export function splitFeedback(text: string): Pick<PortableQuestion, 'explanation' | 'evidence'> {
  const explanation: string[] = [];
  const evidence: PortableQuestion['evidence'] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = EVIDENCE_LINE.exec(line.trim());
    if (match) evidence.push({ quote: match[2]!, sentence: match[1] ? Number(match[1]) : null });
    else explanation.push(line);
  }
  return { explanation: explanation.join('\n').trim(), evidence };
}

/** An id for an imported question: from its name (title) when it has one, else from its prompt; never one already used. */
export function importedId(title: string | null, prompt: string, used: Set<string>): string {
  const base = toSlug((title ?? '').trim() || prompt, 60, 'question');
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** What an import kept, and what it could not take, by line (1-based, in the file as given). */
export type ImportReport = {
  questions: Array<PortableQuestion & { line: number }>;
  /** Questions of a kind the app has no type for (matching, numeric, essay…): listed, never dropped silently. */
  notImported: Array<{ line: number; title: string; reason: string }>;
  /** Text that is not a question the format allows: the line, and what was expected there. */
  errors: Array<{ line: number; message: string }>;
  /** What an imported question lost on the way (partial credit, which the app does not give). */
  notes: Array<{ line: number; title: string; note: string }>;
};

/**
 * Which options of a choice question are right, from the credit each earns (in %): full credit is
 * right; when no option earns full credit, every option that earns some is one of several right
 * ones (a "select all that apply"). Partial credit beside a full-credit option has no equivalent
 * here: it is counted wrong, and said.
 */
export function rightByCredit(credits: number[]): { right: boolean[]; several: boolean; partial: number[] } {
  const full = credits.map((c) => c >= 100);
  if (full.some(Boolean)) {
    const partial = credits.flatMap((c, i) => (c > 0 && c < 100 ? [i] : []));
    return { right: full, several: full.filter(Boolean).length > 1, partial };
  }
  const right = credits.map((c) => c > 0);
  return { right, several: true, partial: [] };
}

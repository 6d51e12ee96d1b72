import { normaliseQuoteChar } from '@/lib/quiz/normalise';

/**
 * Article text: paragraphs, and where an evidence quote sits in them. Sentences are numbered by
 * lib/content/sentences.ts (server and build only: it loads a language model).
 */

export type Sentence = {
  /** 1-based, across the whole article; the reader links to it as #s{number}. */
  number: number;
  /** 0-based paragraph index. */
  paragraph: number;
  text: string;
  /** Character offsets into the article text (paragraphs joined by a blank line). */
  start: number;
  end: number;
};

export const PARAGRAPH_SEPARATOR = '\n\n';

export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/**
 * Typographic and straight quotes, dashes and runs of whitespace compare equal: the article writes
 * "Japan’s" with a typographic apostrophe, and authors type a straight one.
 */
function normaliseWithOffsets(text: string): { normalised: string; offsets: number[] } {
  let normalised = '';
  const offsets: number[] = [];
  let previousWasSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = normaliseQuoteChar(text[i]!);
    if (char === ' ') {
      if (previousWasSpace) continue;
      previousWasSpace = true;
    } else {
      previousWasSpace = false;
    }
    normalised += char;
    offsets.push(i);
  }
  return { normalised, offsets };
}

export type TextSpan = { start: number; end: number };

/** Finds a verbatim quote in the text (case-sensitive, quote- and whitespace-tolerant). */
export function locateQuote(text: string, quote: string): TextSpan | null {
  const needle = normaliseWithOffsets(quote.trim()).normalised;
  if (needle === '') return null;
  const { normalised, offsets } = normaliseWithOffsets(text);
  const at = normalised.indexOf(needle);
  if (at < 0) return null;
  return { start: offsets[at]!, end: offsets[at + needle.length - 1]! + 1 };
}

export function sentenceNumbersForSpan(sentences: readonly Sentence[], span: TextSpan): number[] {
  return sentences.filter((s) => s.start < span.end && span.start < s.end).map((s) => s.number);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Reading time at 200 words a minute, at least one minute. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 200));
}

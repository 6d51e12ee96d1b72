import type { Sentence } from './text';
import type { Citation } from './types';

/** A cited part of one sentence, as character offsets into that sentence's own text. */
export type SentenceSpan = { sentence: number; from: number; to: number };

export type Segment = { text: string; marked: boolean };

/**
 * Where a question's citations fall, sentence by sentence, in citation order: the first span is
 * the sentence the reader scrolls to. Computed where the article is (the server), so the page's
 * highlight island needs only these numbers, not the article's offsets.
 */
export function sentenceSpans(
  sentences: readonly Pick<Sentence, 'number' | 'start' | 'text'>[],
  citations: readonly Citation[],
): SentenceSpan[] {
  const byNumber = new Map(sentences.map((sentence) => [sentence.number, sentence]));
  const spans: SentenceSpan[] = [];
  for (const citation of citations) {
    for (const number of citation.sentences) {
      const sentence = byNumber.get(number);
      if (!sentence) continue;
      const from = Math.max(citation.start - sentence.start, 0);
      const to = Math.min(citation.end - sentence.start, sentence.text.length);
      if (from < to) spans.push({ sentence: number, from, to });
    }
  }
  return spans;
}

/** A sentence's text split into plain and cited parts; overlapping spans are merged. */
export function sentenceSegments(text: string, spans: readonly Pick<SentenceSpan, 'from' | 'to'>[]): Segment[] {
  const sorted = spans
    .map((span) => ({ from: Math.max(span.from, 0), to: Math.min(span.to, text.length) }))
    .filter((span) => span.from < span.to)
    .sort((a, b) => a.from - b.from);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of sorted) {
    const from = Math.max(span.from, cursor);
    if (from >= span.to) continue;
    if (from > cursor) segments.push({ text: text.slice(cursor, from), marked: false });
    segments.push({ text: text.slice(from, span.to), marked: true });
    cursor = span.to;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}

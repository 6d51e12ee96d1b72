import { sentenceSegments, type SentenceSpan } from '@/lib/content/highlight';

/**
 * The server HTML the article's highlight island (evidence-highlight.tsx) works on: the sentences
 * (#s{n}, article-body.tsx) and two empty elements the server leaves for what only the query decides.
 */
export const NOTE_SLOT = 'evidence-note';
export const BOTTOM_BACK_SLOT = 'evidence-back';

const TEXT_NODE = 3;

/**
 * Highlights cited parts of the server-rendered sentences: marks each sentence `data-highlighted` and
 * wraps each cited part in <mark>. Returns the function that puts the sentences back as they were.
 * A sentence's text is its last child, one text node as React rendered it; that node is set aside and
 * restored, never edited, so the node React knows is the one put back.
 */
export function markEvidence(doc: Document, spans: readonly SentenceSpan[]): () => void {
  const bySentence = new Map<number, SentenceSpan[]>();
  for (const span of spans) bySentence.set(span.sentence, [...(bySentence.get(span.sentence) ?? []), span]);

  const restores: Array<() => void> = [];
  for (const [number, own] of bySentence) {
    const sentence = doc.getElementById(`s${number}`);
    const text = sentence?.lastChild;
    if (!sentence || !text || text.nodeType !== TEXT_NODE) continue;
    const parts = sentenceSegments(text.textContent ?? '', own).map((segment) => {
      if (!segment.marked) return doc.createTextNode(segment.text);
      const mark = doc.createElement('mark');
      mark.className = 'rounded-sm bg-mark px-0.5 text-mark-ink';
      mark.textContent = segment.text;
      return mark;
    });
    text.replaceWith(...parts);
    sentence.setAttribute('data-highlighted', 'true');
    restores.push(() => {
      sentence.insertBefore(text, parts[0] ?? null);
      for (const part of parts) part.remove();
      sentence.removeAttribute('data-highlighted');
    });
  }
  return () => {
    for (const restore of restores) restore();
  };
}

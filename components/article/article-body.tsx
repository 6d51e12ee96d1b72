import type { Article, Citation } from '@/lib/content/types';

type ArticleText = Pick<Article, 'paragraphs' | 'sentences'>;

type Segment = { text: string; marked: boolean };

/** Splits a sentence into plain and highlighted parts, from the citations' character spans. */
function segmentsOf(text: string, start: number, citations: readonly Citation[]): Segment[] {
  const end = start + text.length;
  const spans = citations
    .map((c) => ({ from: Math.max(c.start, start) - start, to: Math.min(c.end, end) - start }))
    .filter((s) => s.from < s.to)
    .sort((a, b) => a.from - b.from);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of spans) {
    const from = Math.max(span.from, cursor);
    if (from >= span.to) continue;
    if (from > cursor) segments.push({ text: text.slice(cursor, from), marked: false });
    segments.push({ text: text.slice(from, span.to), marked: true });
    cursor = span.to;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}

/**
 * The article, sentence by sentence. Each sentence has an id (#s1, #s2, …) and a number that
 * links to it; the evidence of a question is highlighted where it sits.
 */
export function ArticleBody({ article, citations }: { article: ArticleText; citations: readonly Citation[] }) {
  const highlighted = new Set(citations.flatMap((c) => c.sentences));
  return (
    <div className="space-y-5 font-serif text-lg leading-relaxed sm:text-xl sm:leading-relaxed">
      {article.paragraphs.map((_, paragraphIndex) => (
        <p key={paragraphIndex}>
          {article.sentences
            .filter((sentence) => sentence.paragraph === paragraphIndex)
            .map((sentence, i) => {
              const isHighlighted = highlighted.has(sentence.number);
              return (
                <span key={sentence.number}>
                  {i > 0 ? ' ' : null}
                  <span
                    id={`s${sentence.number}`}
                    tabIndex={-1}
                    data-highlighted={isHighlighted || undefined}
                    className="sentence focus:outline-none"
                  >
                    {/* A visual reference ("sentence 10" in the feedback) and a link to copy for mouse users;
                        hidden from screen readers and the tab order, which would otherwise meet 17 extra links. */}
                    <a
                      href={`#s${sentence.number}`}
                      aria-hidden="true"
                      tabIndex={-1}
                      className={`mr-1 align-super font-sans text-xs font-semibold no-underline hover:text-accent ${
                        isHighlighted ? 'text-accent' : 'text-ink-muted'
                      }`}
                    >
                      {sentence.number}
                    </a>
                    {isHighlighted
                      ? segmentsOf(sentence.text, sentence.start, citations).map((segment, k) =>
                          segment.marked ? (
                            <mark key={k} className="rounded-sm bg-mark px-0.5 text-mark-ink">
                              {segment.text}
                            </mark>
                          ) : (
                            <span key={k}>{segment.text}</span>
                          ),
                        )
                      : sentence.text}
                  </span>
                </span>
              );
            })}
        </p>
      ))}
    </div>
  );
}

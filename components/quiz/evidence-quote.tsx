import { QuoteIcon } from '@/components/ui/icons';
import { NoEvidence } from '@/components/ui/no-evidence';
import type { Citation } from '@/lib/content/types';
import { routes, type EvidenceBack } from '@/lib/routes';

/** Where "Back to …" on the article page leads: the quiz, the results or the cards of a set. */
export type EvidenceBackLink = { fromSet: string; back: EvidenceBack; attemptId?: string };

type Props = {
  articleId: string;
  questionId: string;
  citations: Citation[];
  /** Null: no "Show in article" link (a preview of an article not yet published). */
  backLink: EvidenceBackLink | null;
};

/** The sentence(s) of the article behind an answer, and a link that opens them highlighted. */
export function EvidenceQuote({ articleId, questionId, citations, backLink }: Props) {
  if (citations.length === 0) return <NoEvidence />;
  const first = citations[0]?.sentences[0];
  const sentenceNumbers = [...new Set(citations.flatMap((c) => c.sentences))].sort((a, b) => a - b);
  return (
    <figure className="mt-4 rounded-xl border-l-4 border-accent bg-surface-2 px-4 py-3">
      <figcaption className="text-sm font-semibold text-ink-muted">
        <QuoteIcon size={16} className="mr-1.5 inline-block align-[-3px]" />
        From the article
        {sentenceNumbers.length > 0 ? (
          <span className="font-normal">
            {' '}
            (sentence{sentenceNumbers.length > 1 ? 's' : ''} {sentenceNumbers.join(', ')})
          </span>
        ) : null}
      </figcaption>
      <blockquote className="mt-2 space-y-1 font-serif text-base leading-relaxed text-ink">
        {citations.map((citation) => (
          <p key={citation.start}>“{citation.quote}”</p>
        ))}
      </blockquote>
      {backLink ? (
        <a
          href={routes.article(articleId, { questionId, sentence: first, ...backLink })}
          data-no-print
          className="mt-2 inline-flex min-h-11 items-center font-semibold text-accent underline-offset-4 hover:underline"
        >
          Show in article
        </a>
      ) : null}
    </figure>
  );
}

import { Suspense } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import type { Sentence } from '@/lib/content/text';
import { formatIsoDate, plural } from '@/lib/format';
import { routes } from '@/lib/routes';
import { ArticleBody } from './article-body';
import { ALL_SETS, BackLink } from './back-link';
import { EvidenceHighlight, type ArticleEvidence } from './evidence-highlight';
import { BOTTOM_BACK_SLOT, NOTE_SLOT } from './highlight-dom';

export type ArticleViewProps = {
  article: {
    id: string;
    title: string;
    date: string;
    readingMinutes: number;
    paragraphs: string[];
    sentences: Sentence[];
  };
  /** Each question of the article, for highlighting its evidence: its prompt and cited spans. */
  evidence: ArticleEvidence;
  sets: Array<{ id: string; title: string; questionCount: number }>;
  quizEntryId?: string;
};

/**
 * The article, sentence by sentence, all server HTML. Which question's evidence to highlight and
 * where "Back" leads depend on the query, which a prerendered page cannot read: the one client
 * island (EvidenceHighlight) does that in the browser, on the markup drawn here.
 */
export function ArticleView({ article, evidence, sets, quizEntryId }: ArticleViewProps) {
  return (
    <>
      <Suspense fallback={<BackLink back={ALL_SETS} />}>
        <EvidenceHighlight
          articleId={article.id}
          evidence={evidence}
          sets={sets.map((set) => ({ id: set.id, title: set.title }))}
        />
      </Suspense>

      <article className="mt-4">
        {/* Not a scroll anchor: the evidence note arrives below it, and the anchor must be the text. */}
        <header className="[overflow-anchor:none]">
          <p className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
            <time dateTime={article.date}>{formatIsoDate(article.date)}</time>
            <span aria-hidden="true">·</span>
            <span>{article.readingMinutes} min read</span>
            <span aria-hidden="true">·</span>
            <span>{plural(article.sentences.length, 'sentence')}</span>
          </p>
          <h1 className="mt-2 font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
            {article.title}
          </h1>
          {quizEntryId ? (
            <div className="mt-5" data-no-print>
              <a href={routes.set(quizEntryId)} className={buttonClass('primary', 'lg')}>
                Quiz me on this
              </a>
            </div>
          ) : null}
        </header>

        <div id={NOTE_SLOT} />

        <div className="mt-8">
          <ArticleBody article={article} />
        </div>
      </article>
      <div id={BOTTOM_BACK_SLOT} />

      <section aria-labelledby="sets-heading" className="mt-12 border-t border-line pt-8" data-no-print>
        <h2 id="sets-heading" className="text-xl font-bold tracking-tight">
          Test yourself on this article
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {sets.map((set) => (
            <li key={set.id}>
              <a
                href={routes.set(set.id)}
                className="flex min-h-14 flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-xl border border-line bg-surface px-4 py-3 font-semibold text-ink no-underline shadow-card hover:border-line-strong hover:text-accent"
              >
                {set.title}
                <span className="text-sm font-normal text-ink-muted">{plural(set.questionCount, 'question')}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

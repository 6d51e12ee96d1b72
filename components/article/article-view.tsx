import { buttonClass } from '@/components/ui/button-styles';
import { ArrowLeftIcon } from '@/components/ui/icons';
import type { Citation } from '@/lib/content/types';
import { formatIsoDate, plural } from '@/lib/format';
import { routes } from '@/lib/routes';
import type { ArticleSearch } from '@/lib/search-params';
import type { Sentence } from '@/lib/content/text';
import { ArticleBody } from './article-body';
import { ScrollToSentence } from './scroll-to-sentence';

export type ArticleViewProps = {
  article: {
    id: string;
    title: string;
    date: string;
    readingMinutes: number;
    paragraphs: string[];
    sentences: Sentence[];
  };
  /** Each question of the article, for highlighting its evidence: its prompt and citations. */
  evidence: Record<string, { prompt: string; citations: Citation[] }>;
  sets: Array<{ id: string; title: string; questionCount: number }>;
  quizEntryId?: string;
  search: ArticleSearch;
};

/** The article, sentence by sentence, with one question's evidence highlighted when asked for. */
export function ArticleView({ article, evidence, sets, quizEntryId, search }: ArticleViewProps) {
  const highlight = search.q ? evidence[search.q] : undefined;
  const fromSet = search.set ? sets.find((set) => set.id === search.set) : undefined;
  const firstSentence = highlight?.citations[0]?.sentences[0];

  const back =
    fromSet && search.back === 'quiz'
      ? { href: routes.quiz(fromSet.id), label: `Back to the ${fromSet.title} quiz` }
      : fromSet && search.back === 'results'
        ? { href: routes.results(fromSet.id, search.attempt), label: `Back to your ${fromSet.title} results` }
        : fromSet && search.back === 'cards'
          ? { href: routes.cards(fromSet.id), label: `Back to the ${fromSet.title} cards` }
          : { href: routes.home(), label: 'All sets' };

  return (
    <>
      <a
        href={back.href}
        className="inline-flex min-h-11 items-center gap-2 font-medium text-accent no-underline"
        data-no-print
      >
        <ArrowLeftIcon size={18} className="shrink-0" /> {back.label}
      </a>

      <article className="mt-4">
        <header>
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

        {highlight && search.q ? (
          <aside
            aria-label="Highlighted evidence"
            className="mt-6 rounded-xl border border-line bg-surface p-4 shadow-card"
            data-no-print
          >
            <p className="text-sm text-ink-muted">
              <mark className="rounded-sm bg-mark px-1 text-mark-ink">Highlighted</mark> evidence for:
            </p>
            <p className="mt-1 font-semibold">{highlight.prompt}</p>
            <a
              href={routes.article(article.id, { fromSet: fromSet?.id, back: search.back, attemptId: search.attempt })}
              className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-accent"
            >
              Clear highlight
            </a>
          </aside>
        ) : null}

        <div className="mt-8">
          <ArticleBody article={article} citations={highlight?.citations ?? []} />
        </div>
      </article>
      {firstSentence ? <ScrollToSentence sentence={firstSentence} /> : null}
      {fromSet ? (
        <p className="mt-8" data-no-print>
          <a
            href={back.href}
            className="inline-flex min-h-11 items-center gap-2 font-semibold text-accent no-underline"
          >
            <ArrowLeftIcon size={18} className="shrink-0" /> {back.label}
          </a>
        </p>
      ) : null}

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

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ArticleBody } from '@/components/article/article-body';
import { ScrollToSentence } from '@/components/article/scroll-to-sentence';
import { buttonClass } from '@/components/ui/button-styles';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { getArticle, getCatalog, getSet, setsForArticle } from '@/lib/content/catalog.server';
import { formatIsoDate, plural } from '@/lib/format';
import { routes } from '@/lib/routes';
import { attemptIdParam, slugParam } from '@/lib/search-params';

const searchSchema = z.object({
  q: slugParam,
  set: slugParam,
  back: z.enum(['quiz', 'results']).optional().catch(undefined),
  attempt: attemptIdParam,
});

export async function generateMetadata({ params }: PageProps<'/articles/[articleId]'>): Promise<Metadata> {
  const article = getArticle((await params).articleId);
  return { title: article ? article.title : 'Article not found' };
}

export default async function ArticlePage({ params, searchParams }: PageProps<'/articles/[articleId]'>) {
  const article = getArticle((await params).articleId);
  if (!article) notFound();
  const search = searchSchema.parse(await searchParams);

  const question = search.q ? getCatalog().questions.get(search.q) : undefined;
  const evidenceFor = question && question.articleId === article.id ? question : undefined;
  const fromSet = search.set ? getSet(search.set) : undefined;
  const sets = setsForArticle(article.id);
  const quizEntry = sets.find((set) => set.parts) ?? sets[0];
  const firstSentence = evidenceFor?.citations[0]?.sentences[0];

  const back =
    fromSet && search.back === 'quiz'
      ? { href: routes.quiz(fromSet.id), label: `Back to the ${fromSet.title} quiz` }
      : fromSet && search.back === 'results'
        ? { href: routes.results(fromSet.id, search.attempt), label: `Back to your ${fromSet.title} results` }
        : { href: routes.home(), label: 'All sets' };

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <a
        href={back.href}
        className="inline-flex min-h-11 items-center gap-2 font-medium text-accent no-underline"
        data-no-print
      >
        <ArrowLeftIcon size={18} /> {back.label}
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
          {quizEntry ? (
            <div className="mt-5" data-no-print>
              <a href={routes.set(quizEntry.id)} className={buttonClass('primary', 'lg')}>
                Quiz me on this
              </a>
            </div>
          ) : null}
        </header>

        {evidenceFor ? (
          <aside
            aria-label="Highlighted evidence"
            className="mt-6 rounded-xl border border-line bg-surface p-4 shadow-card"
            data-no-print
          >
            <p className="text-sm text-ink-muted">
              <mark className="rounded-sm bg-mark px-1 text-mark-ink">Highlighted</mark> evidence for:
            </p>
            <p className="mt-1 font-semibold">{evidenceFor.prompt}</p>
            <a
              href={routes.article(article.id, { fromSet: fromSet?.id, back: search.back, attemptId: search.attempt })}
              className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-accent"
            >
              Clear highlight
            </a>
          </aside>
        ) : null}

        <div className="mt-8">
          <ArticleBody article={article} citations={evidenceFor?.citations ?? []} />
        </div>
      </article>
      {firstSentence ? <ScrollToSentence sentence={firstSentence} /> : null}
      {fromSet ? (
        <p className="mt-8" data-no-print>
          <a
            href={back.href}
            className="inline-flex min-h-11 items-center gap-2 font-semibold text-accent no-underline"
          >
            <ArrowLeftIcon size={18} /> {back.label}
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
                <span className="text-sm font-normal text-ink-muted">{plural(set.questions.length, 'question')}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

import { CardsNotice } from '@/components/cards/cards-notice';
import { DueBadge, DueSummary } from '@/components/cards/due-count';
import { SetCard } from '@/components/study/set-card';
import { SharedLibrary } from '@/components/study/shared-library';
import { StudyNotice } from '@/components/study/study-notice';
import { buttonClass } from '@/components/ui/button-styles';
import { BookIcon } from '@/components/ui/icons';
import { listArticles, setsForArticle } from '@/lib/content/catalog.server';
import { formatIsoDate, plural } from '@/lib/format';
import { routes } from '@/lib/routes';
import { CardsStoreProvider } from '@/stores/cards-store-provider';
import { StudyStoreProvider } from '@/stores/study-store-provider';

export default function HomePage() {
  const articles = listArticles();
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
      <StudyStoreProvider>
        <CardsStoreProvider>
          <StudyNotice />
          <CardsNotice />
          {articles.map((article) => {
            const sets = setsForArticle(article.id);
            const authored = sets.filter((set) => !set.parts);
            const everything = sets.find((set) => set.whole);
            return (
              <section key={article.id} aria-labelledby={`article-${article.id}`} className="space-y-10">
                <article className="rounded-3xl border border-line bg-surface p-6 shadow-card sm:p-10">
                  <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-ink-muted">
                    <span className="font-semibold tracking-wide text-accent uppercase">The article</span>
                    <time dateTime={article.date}>{formatIsoDate(article.date)}</time>
                    <span>
                      {article.readingMinutes} min read · {plural(article.wordCount, 'word')}
                    </span>
                  </p>
                  <h1
                    id={`article-${article.id}`}
                    className="mt-3 font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl"
                  >
                    {article.title}
                  </h1>
                  <p className="mt-4 max-w-prose text-lg leading-relaxed text-ink-muted">
                    {article.sentences[0]?.text}
                  </p>
                  <div className="mt-6 flex flex-col gap-3 sm:flex-row">
                    <a href={routes.article(article.id)} className={buttonClass('secondary', 'lg')}>
                      <BookIcon /> Read the article
                    </a>
                    {everything ? (
                      <a href={routes.set(everything.id)} className={buttonClass('primary', 'lg')}>
                        Quiz me on the whole article
                      </a>
                    ) : null}
                  </div>
                </article>

                {everything ? (
                  <section
                    aria-labelledby={`cards-${article.id}`}
                    className="flex flex-wrap items-center justify-between gap-x-6 gap-y-4 rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-6"
                  >
                    <div className="min-w-0">
                      <h2 id={`cards-${article.id}`} className="text-xl font-bold tracking-tight">
                        Flashcards
                      </h2>
                      <p className="mt-1 text-ink-muted">
                        Every question is also a card, scheduled to come back just before you would forget it.
                      </p>
                    </div>
                    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                      <DueSummary cardIds={everything.questions.map((q) => q.id)} />
                      <a
                        href={routes.progress()}
                        className="inline-flex min-h-11 items-center font-semibold text-accent"
                      >
                        Your progress
                      </a>
                    </div>
                  </section>
                ) : null}

                <div>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h2 className="text-2xl font-bold tracking-tight">Question sets</h2>
                    <p className="text-sm text-ink-muted">
                      {plural(authored.length, 'set')} · {plural(everything?.questions.length ?? 0, 'question')} in all
                    </p>
                  </div>
                  <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                    {sets.map((set) => (
                      <SetCard
                        key={set.id}
                        set={set}
                        footer={
                          <DueBadge setId={set.id} setTitle={set.title} cardIds={set.questions.map((q) => q.id)} />
                        }
                      />
                    ))}
                  </ul>
                </div>
              </section>
            );
          })}
          <SharedLibrary />
        </CardsStoreProvider>
      </StudyStoreProvider>
    </div>
  );
}

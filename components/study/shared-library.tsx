'use client';

import { DueBadge } from '@/components/cards/due-count';
import { buttonClass } from '@/components/ui/button-styles';
import { formatIsoDate, plural } from '@/lib/format';
import { routes } from '@/lib/routes';
import { forgetSharedArticle } from '@/stores/library';
import { useLibrary } from '@/stores/use-library';

/**
 * Home: the teachers' articles this browser has opened by a share link, so a student who left the
 * link finds them again (with their cards' due counts). Nothing is shown until one has been opened.
 */
export function SharedLibrary() {
  const library = useLibrary();
  if (!library || library.length === 0) return null;
  return (
    <section aria-labelledby="shared-library-heading" className="mt-10">
      <h2 id="shared-library-heading" className="text-2xl font-bold tracking-tight">
        From your teachers
      </h2>
      <p className="mt-1 text-ink-muted">Articles you opened from a teacher’s link, kept in this browser.</p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {library.map((article) => {
          const main = article.sets.find((set) => set.combined) ?? article.sets[0];
          return (
            <li
              key={article.articleId}
              className="flex min-w-0 flex-col gap-3 rounded-2xl border border-line bg-surface p-5 shadow-card"
            >
              <div className="min-w-0">
                <p className="text-sm text-ink-muted">
                  <time dateTime={article.date}>{formatIsoDate(article.date)}</time> ·{' '}
                  {plural(article.cards.length, 'question')}
                </p>
                <h3 className="mt-1 text-lg leading-snug font-bold break-words">
                  <a href={routes.article(article.articleId)} className="text-ink no-underline hover:text-accent">
                    {article.title}
                  </a>
                </h3>
              </div>
              <div className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-2">
                {main ? (
                  <a href={routes.set(main.id)} className={buttonClass('primary', 'md')}>
                    Quiz<span className="sr-only"> on {article.title}</span>
                  </a>
                ) : null}
                {main ? <DueBadge setId={main.id} setTitle={article.title} cardIds={main.cardIds} /> : null}
                <button
                  type="button"
                  onClick={() => forgetSharedArticle(article.articleId)}
                  className={buttonClass('ghost', 'md', 'ml-auto')}
                >
                  Remove<span className="sr-only"> {article.title} from this list</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import type { Metadata } from 'next';
import { CardsNotice } from '@/components/cards/cards-notice';
import { ProgressView, type ProgressSet } from '@/components/progress/progress-view';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { listArticles, setsForArticle } from '@/lib/content/catalog.server';
import { routes } from '@/lib/routes';
import { toDeckCard, type DeckCard } from '@/lib/srs/deck';
import { CardsStoreProvider } from '@/stores/cards-store-provider';

export const metadata: Metadata = { title: 'Your progress' };

/** Progress, settings, backup and Anki export. Prerendered; everything personal is read in the browser. */
export default function ProgressPage() {
  const sets: ProgressSet[] = [];
  const cards: Record<string, DeckCard> = {};
  const allCardIds: string[] = [];
  for (const article of listArticles()) {
    for (const set of setsForArticle(article.id)) {
      sets.push({
        id: set.id,
        title: set.title,
        articleTitle: article.title,
        cardIds: set.questions.map((q) => q.id),
        combined: Boolean(set.whole),
      });
      for (const question of set.questions) {
        if (!cards[question.id]) {
          cards[question.id] = toDeckCard(question);
          allCardIds.push(question.id);
        }
      }
    }
  }
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <a href={routes.home()} className="inline-flex min-h-11 items-center gap-2 font-medium text-accent no-underline">
        <ArrowLeftIcon size={18} /> All sets
      </a>
      <h1 className="mt-4 text-3xl font-bold tracking-tight sm:text-4xl">Your progress</h1>
      <p className="mt-2 text-lg text-ink-muted">Everything here is kept in this browser, on this device.</p>
      <div className="mt-8">
        <CardsStoreProvider>
          <CardsNotice />
          <ProgressView sets={sets} cards={cards} allCardIds={allCardIds} />
        </CardsStoreProvider>
      </div>
    </div>
  );
}

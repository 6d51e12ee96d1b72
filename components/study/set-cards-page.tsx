import { CardsNotice } from '@/components/cards/cards-notice';
import { DeckStudy } from '@/components/cards/deck-study';
import type { QuestionSet } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { toDeckCard } from '@/lib/srs/deck';
import { CardsStoreProvider } from '@/stores/cards-store-provider';

/**
 * A set's flashcards page, whatever the set came from: the app's content (app/(study)/sets/…, prerendered)
 * or a teacher's shared article (app/shared/sets/…, from the database). One module per page, so a
 * page's bundle carries only its own client components.
 */

/** The set of every question (All questions, or an article's only set) is the article's "All cards" deck. */
export function setCardsTitle(set: QuestionSet): string {
  return set.whole ? 'All cards' : `${set.title} cards`;
}

export function SetCardsPage({ set }: { set: QuestionSet }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-4 sm:px-6 sm:py-8">
      <CardsStoreProvider>
        <CardsNotice />
        <DeckStudy
          title={setCardsTitle(set)}
          cards={set.questions.map(toDeckCard)}
          backHref={routes.set(set.id)}
          backLabel={set.whole ? set.title : `${set.title} set`}
          evidenceSet={set.id}
          practice={{ href: routes.set(set.id), label: 'Practise with a quiz' }}
        />
      </CardsStoreProvider>
    </div>
  );
}

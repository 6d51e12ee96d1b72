import type { Metadata } from 'next';
import { CardsNotice } from '@/components/cards/cards-notice';
import { AllCardsDeck } from '@/components/cards/all-cards-deck';
import { listSets } from '@/lib/content/catalog.server';
import { toDeckCard } from '@/lib/srs/deck';
import { CardsStoreProvider } from '@/stores/cards-store-provider';

export const metadata: Metadata = { title: 'Due cards' };

/** "Study due cards": every card of every article, due ones first, then new ones up to the day's limit. */
export default function AllCardsPage() {
  const cards = listSets()
    .filter((set) => set.whole)
    .flatMap((set) => set.questions.map(toDeckCard));
  return (
    <div className="mx-auto max-w-2xl px-4 py-4 sm:px-6 sm:py-8">
      <CardsStoreProvider>
        <CardsNotice />
        <AllCardsDeck cards={cards} />
      </CardsStoreProvider>
    </div>
  );
}

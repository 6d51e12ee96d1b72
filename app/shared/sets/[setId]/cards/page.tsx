import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CardsNotice } from '@/components/cards/cards-notice';
import { DeckStudy } from '@/components/cards/deck-study';
import { routes } from '@/lib/routes';
import { sharedSet } from '@/lib/server/shared';
import { toDeckCard } from '@/lib/srs/deck';
import { CardsStoreProvider } from '@/stores/cards-store-provider';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

export default async function SharedCardsPage({ params }: PageProps<'/shared/sets/[setId]/cards'>) {
  const found = await sharedSet((await params).setId);
  if (!found) notFound();
  const { set } = found;
  const title = set.parts ? 'All cards' : `${set.title} cards`;
  return (
    <div className="mx-auto max-w-2xl px-4 py-4 sm:px-6 sm:py-8">
      <CardsStoreProvider>
        <CardsNotice />
        <DeckStudy
          title={title}
          cards={set.questions.map(toDeckCard)}
          backHref={routes.set(set.id)}
          backLabel={set.parts ? 'All questions' : `${set.title} set`}
          evidenceSet={set.id}
        />
      </CardsStoreProvider>
    </div>
  );
}

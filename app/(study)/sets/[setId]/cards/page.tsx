import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CardsNotice } from '@/components/cards/cards-notice';
import { DeckStudy } from '@/components/cards/deck-study';
import { getSet, listSets } from '@/lib/content/catalog.server';
import { routes } from '@/lib/routes';
import { toDeckCard } from '@/lib/srs/deck';
import { CardsStoreProvider } from '@/stores/cards-store-provider';

// Only the content's own ids, as on the set page (app/(study)/sets/[setId]/page.tsx).
export const dynamicParams = false;

export function generateStaticParams() {
  return listSets().map((set) => ({ setId: set.id }));
}

export async function generateMetadata({ params }: PageProps<'/sets/[setId]/cards'>): Promise<Metadata> {
  const set = getSet((await params).setId);
  return { title: set ? `${set.parts ? 'All cards' : `${set.title} cards`}` : 'Set not found' };
}

/** A set studied as flashcards (the All questions set is the article's "All cards" deck). */
export default async function CardsPage({ params }: PageProps<'/sets/[setId]/cards'>) {
  const set = getSet((await params).setId);
  if (!set) notFound();
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

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SetCardsPage, setCardsTitle } from '@/components/study/set-cards-page';
import { getSet, listSets } from '@/lib/content/catalog.server';

// Only the content's own ids, as on the set page (app/(study)/sets/[setId]/page.tsx).
export const dynamicParams = false;

export function generateStaticParams() {
  return listSets().map((set) => ({ setId: set.id }));
}

export async function generateMetadata({ params }: PageProps<'/sets/[setId]/cards'>): Promise<Metadata> {
  const set = getSet((await params).setId);
  return { title: set ? setCardsTitle(set) : 'Set not found' };
}

/** A set studied as flashcards. */
export default async function CardsPage({ params }: PageProps<'/sets/[setId]/cards'>) {
  const set = getSet((await params).setId);
  if (!set) notFound();
  return <SetCardsPage set={set} />;
}

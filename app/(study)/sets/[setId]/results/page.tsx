import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SetResultsPage } from '@/components/study/set-results-page';
import { getSet, listSets } from '@/lib/content/catalog.server';

// Only the content's own ids, as on the set page (app/(study)/sets/[setId]/page.tsx).
export const dynamicParams = false;

export function generateStaticParams() {
  return listSets().map((set) => ({ setId: set.id }));
}

export async function generateMetadata({ params }: PageProps<'/sets/[setId]/results'>): Promise<Metadata> {
  const set = getSet((await params).setId);
  return { title: set ? `${set.title} results` : 'Set not found' };
}

/** Prerendered; the attempt to show comes from ?attempt=, read in the browser. */
export default async function ResultsPage({ params }: PageProps<'/sets/[setId]/results'>) {
  const set = getSet((await params).setId);
  if (!set) notFound();
  return <SetResultsPage set={set} />;
}

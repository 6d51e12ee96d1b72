import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SetResultsPage } from '@/components/study/set-results-page';
import { sharedSet } from '@/lib/server/shared';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

/** A teacher's shared set (proxy.ts sends /sets/{id}/results here): the same page as the app's own sets. */
export default async function SharedSetResultsPage({ params }: PageProps<'/shared/sets/[setId]/results'>) {
  const found = await sharedSet((await params).setId);
  if (!found) notFound();
  return <SetResultsPage set={found.set} />;
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RememberShared } from '@/components/study/remember-shared';
import { libraryEntryOf } from '@/lib/srs/library';
import { SetCardsPage } from '@/components/study/set-cards-page';
import { sharedSet } from '@/lib/server/shared';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

/** A teacher's shared set (proxy.ts sends /sets/{id}/cards here): the same page as the app's own sets. */
export default async function SharedSetCardsPage({ params }: PageProps<'/shared/sets/[setId]/cards'>) {
  const found = await sharedSet((await params).setId);
  if (!found) notFound();
  return (
    <>
      {found.shared ? <RememberShared entry={libraryEntryOf(found.article, found.sets)} /> : null}
      <SetCardsPage set={found.set} />
    </>
  );
}

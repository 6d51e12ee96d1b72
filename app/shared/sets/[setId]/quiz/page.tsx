import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RememberShared } from '@/components/study/remember-shared';
import { libraryEntryOf } from '@/lib/srs/library';
import { SetQuizPage } from '@/components/study/set-quiz-page';
import { sharedSet } from '@/lib/server/shared';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

/** A teacher's shared set (proxy.ts sends /sets/{id}/quiz here): the same page as the app's own sets. */
export default async function SharedSetQuizPage({ params }: PageProps<'/shared/sets/[setId]/quiz'>) {
  const found = await sharedSet((await params).setId);
  if (!found) notFound();
  return (
    <>
      {found.shared ? <RememberShared entry={libraryEntryOf(found.article, found.sets)} /> : null}
      <SetQuizPage set={found.set} />
    </>
  );
}

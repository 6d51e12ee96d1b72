import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RememberShared } from '@/components/study/remember-shared';
import { libraryEntryOf } from '@/lib/srs/library';
import { OfflineCopy } from '@/components/study/offline-copy';
import { SetOverview } from '@/components/study/set-overview';
import { routes } from '@/lib/routes';
import { sharedSet } from '@/lib/server/shared';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

/** A shared set of a teacher's own article (proxy.ts sends /sets/{id} here): the same overview as the app's sets. */
export default async function SharedSetPage({ params }: PageProps<'/shared/sets/[setId]'>) {
  const found = await sharedSet((await params).setId);
  if (!found) notFound();
  const { set, article } = found;
  return (
    <>
      {found.shared ? <RememberShared entry={libraryEntryOf(found.article, found.sets)} /> : null}
      <SetOverview set={set} article={article} back={{ href: routes.article(article.id), label: article.title }} />
      <OfflineCopy
        urls={[routes.quiz(set.id), routes.cards(set.id), routes.results(set.id), routes.article(article.id)]}
      />
    </>
  );
}

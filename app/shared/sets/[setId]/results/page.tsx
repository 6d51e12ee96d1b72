import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { ResultsSkeleton, ResultsView } from '@/components/quiz/results-view';
import { StudyNotice } from '@/components/study/study-notice';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { routes } from '@/lib/routes';
import { sharedSet } from '@/lib/server/shared';
import { StudyStoreProvider } from '@/stores/study-store-provider';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

export default async function SharedResultsPage({ params }: PageProps<'/shared/sets/[setId]/results'>) {
  const found = await sharedSet((await params).setId);
  if (!found) notFound();
  const { set } = found;
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <a
        href={routes.set(set.id)}
        className="inline-flex min-h-11 items-center gap-2 font-medium text-accent no-underline"
        data-no-print
      >
        <ArrowLeftIcon size={18} /> {set.title} set
      </a>
      <div className="mt-4">
        <StudyStoreProvider>
          <StudyNotice />
          <Suspense fallback={<ResultsSkeleton />}>
            <ResultsView setId={set.id} setTitle={set.title} questions={set.questions} />
          </Suspense>
        </StudyStoreProvider>
      </div>
    </div>
  );
}

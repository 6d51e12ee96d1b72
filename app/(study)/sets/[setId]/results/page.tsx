import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { ResultsView, ResultsSkeleton } from '@/components/quiz/results-view';
import { StudyNotice } from '@/components/study/study-notice';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { getSet, listSets } from '@/lib/content/catalog.server';
import { routes } from '@/lib/routes';
import { StudyStoreProvider } from '@/stores/study-store-provider';

// Only the content's own ids, as on the set page (app/(study)/sets/[setId]/page.tsx).
export const dynamicParams = false;

export function generateStaticParams() {
  return listSets().map((set) => ({ setId: set.id }));
}

export async function generateMetadata({ params }: PageProps<'/sets/[setId]/results'>): Promise<Metadata> {
  const set = getSet((await params).setId);
  return { title: set ? `${set.title} results` : 'Set not found' };
}

/** Results live in the browser; the page is prerendered and reads ?attempt= there (so it works offline). */
export default async function ResultsPage({ params }: PageProps<'/sets/[setId]/results'>) {
  const set = getSet((await params).setId);
  if (!set) notFound();
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

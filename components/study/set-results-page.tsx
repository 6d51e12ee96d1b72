import { Suspense } from 'react';
import { ResultsSkeleton, ResultsView } from '@/components/quiz/results-view';
import { StudyNotice } from '@/components/study/study-notice';
import { ArrowLeftIcon } from '@/components/ui/icons';
import type { QuestionSet } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { StudyStoreProvider } from '@/stores/study-store-provider';

/**
 * A set's results page, whatever the set came from: the app's content (app/(study)/sets/…, prerendered)
 * or a teacher's shared article (app/shared/sets/…, from the database). One module per page, so a
 * page's bundle carries only its own client components.
 */
export function SetResultsPage({ set }: { set: QuestionSet }) {
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
            <ResultsView setId={set.id} setTitle={set.title} questions={set.questions} rules={set.rules} />
          </Suspense>
        </StudyStoreProvider>
      </div>
    </div>
  );
}

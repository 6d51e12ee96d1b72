import { Suspense } from 'react';
import { CardsNotice } from '@/components/cards/cards-notice';
import { DeckStudy } from '@/components/cards/deck-study';
import { ResultsSkeleton, ResultsView } from '@/components/quiz/results-view';
import { StudyQuiz } from '@/components/quiz/study-quiz';
import { StudyNotice } from '@/components/study/study-notice';
import { ArrowLeftIcon } from '@/components/ui/icons';
import type { QuestionSet } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { toDeckCard } from '@/lib/srs/deck';
import { CardsStoreProvider } from '@/stores/cards-store-provider';
import { StudyStoreProvider } from '@/stores/study-store-provider';

/**
 * A set's quiz, flashcards and results pages, whatever the set came from: the app's content
 * (app/(study)/sets/…, prerendered) or a teacher's shared article (app/shared/sets/…, from the database).
 */

export function SetQuizPage({ set }: { set: QuestionSet }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-4 sm:px-6 sm:py-8">
      <StudyStoreProvider>
        <StudyNotice />
        <StudyQuiz setId={set.id} setTitle={set.title} questions={set.questions} />
      </StudyStoreProvider>
    </div>
  );
}

/** The All questions set is the article's "All cards" deck. */
export function setCardsTitle(set: QuestionSet): string {
  return set.parts ? 'All cards' : `${set.title} cards`;
}

export function SetCardsPage({ set }: { set: QuestionSet }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-4 sm:px-6 sm:py-8">
      <CardsStoreProvider>
        <CardsNotice />
        <DeckStudy
          title={setCardsTitle(set)}
          cards={set.questions.map(toDeckCard)}
          backHref={routes.set(set.id)}
          backLabel={set.parts ? 'All questions' : `${set.title} set`}
          evidenceSet={set.id}
        />
      </CardsStoreProvider>
    </div>
  );
}

/** Results live in the browser; the page reads ?attempt= there (so it works offline). */
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
            <ResultsView setId={set.id} setTitle={set.title} questions={set.questions} />
          </Suspense>
        </StudyStoreProvider>
      </div>
    </div>
  );
}

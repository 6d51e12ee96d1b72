import { StudyQuiz } from '@/components/quiz/study-quiz';
import { StudyNotice } from '@/components/study/study-notice';
import type { QuestionSet } from '@/lib/content/types';
import { StudyStoreProvider } from '@/stores/study-store-provider';

/**
 * A set's quiz page, whatever the set came from: the app's content (app/(study)/sets/…, prerendered)
 * or a teacher's shared article (app/shared/sets/…, from the database). One module per page, so a
 * page's bundle carries only its own client components.
 */
export function SetQuizPage({ set }: { set: QuestionSet }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-4 sm:px-6 sm:py-8">
      <StudyStoreProvider>
        <StudyNotice />
        <StudyQuiz setId={set.id} setTitle={set.title} questions={set.questions} rules={set.rules} />
      </StudyStoreProvider>
    </div>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StudyQuiz } from '@/components/quiz/study-quiz';
import { StudyNotice } from '@/components/study/study-notice';
import { sharedSet } from '@/lib/server/shared';
import { StudyStoreProvider } from '@/stores/study-store-provider';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

export default async function SharedQuizPage({ params }: PageProps<'/shared/sets/[setId]/quiz'>) {
  const found = await sharedSet((await params).setId);
  if (!found) notFound();
  const { set } = found;
  return (
    <div className="mx-auto max-w-3xl px-4 py-4 sm:px-6 sm:py-8">
      <StudyStoreProvider>
        <StudyNotice />
        <StudyQuiz setId={set.id} setTitle={set.title} questions={set.questions} />
      </StudyStoreProvider>
    </div>
  );
}

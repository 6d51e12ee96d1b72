import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StudyQuiz } from '@/components/quiz/study-quiz';
import { StudyNotice } from '@/components/study/study-notice';
import { getSet, listSets } from '@/lib/content/catalog.server';
import { StudyStoreProvider } from '@/stores/study-store-provider';

// Only the content's own ids, as on the set page (app/(study)/sets/[setId]/page.tsx).
export const dynamicParams = false;

export function generateStaticParams() {
  return listSets().map((set) => ({ setId: set.id }));
}

export async function generateMetadata({ params }: PageProps<'/sets/[setId]/quiz'>): Promise<Metadata> {
  const set = getSet((await params).setId);
  return { title: set ? `${set.title} quiz` : 'Set not found' };
}

export default async function QuizPage({ params }: PageProps<'/sets/[setId]/quiz'>) {
  const set = getSet((await params).setId);
  if (!set) notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 py-4 sm:px-6 sm:py-8">
      <StudyStoreProvider>
        <StudyNotice />
        <StudyQuiz setId={set.id} setTitle={set.title} questions={set.questions} />
      </StudyStoreProvider>
    </div>
  );
}

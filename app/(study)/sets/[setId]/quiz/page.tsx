import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SetQuizPage } from '@/components/study/set-quiz-page';
import { getSet, listSets } from '@/lib/content/catalog.server';

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
  return <SetQuizPage set={set} />;
}

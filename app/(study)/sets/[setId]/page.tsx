import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SetOverview } from '@/components/study/set-overview';
import { getArticle, getSet, listSets } from '@/lib/content/catalog.server';

/**
 * Only the content's own ids: any other is a 404 at once, never rendered and cached on demand (a
 * stream of made-up ids would otherwise fill the disk). A teacher's shared sets and articles are
 * served by app/shared (proxy.ts).
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return listSets().map((set) => ({ setId: set.id }));
}

export async function generateMetadata({ params }: PageProps<'/sets/[setId]'>): Promise<Metadata> {
  const set = getSet((await params).setId);
  return { title: set ? `${set.title} — question set` : 'Set not found' };
}

export default async function SetPage({ params }: PageProps<'/sets/[setId]'>) {
  const set = getSet((await params).setId);
  if (!set) notFound();
  const article = getArticle(set.articleId);
  if (!article) notFound();

  return <SetOverview set={set} article={article} exportable />;
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WorksheetDocument } from '@/components/print/worksheet-document';
import { getArticle, getSet, listSets } from '@/lib/content/catalog.server';
import { printOptions } from '@/lib/print/worksheet';
import { routes } from '@/lib/routes';
import { printRoutes } from '@/lib/print/routes';

/** Only the content's own sets (a teacher's own sets print from their article's page). */
export const dynamicParams = false;

export function generateStaticParams() {
  return listSets().map((set) => ({ setId: set.id }));
}

export async function generateMetadata({ params }: PageProps<'/sets/[setId]/print'>): Promise<Metadata> {
  const set = getSet((await params).setId);
  // An answer key a search engine need not send students to.
  return { title: set ? `${set.title} — worksheet` : 'Set not found', robots: { index: false } };
}

/** A shipped set as a printed worksheet with its answer key (A4 or Letter, versions A and B). */
export default async function SetPrintPage({ params, searchParams }: PageProps<'/sets/[setId]/print'>) {
  const set = getSet((await params).setId);
  const article = set && getArticle(set.articleId);
  if (!set || !article) notFound();
  const options = printOptions(await searchParams);
  return (
    <WorksheetDocument
      title={set.title}
      article={article}
      questions={set.questions}
      rules={set.rules}
      seed={set.id}
      paper={options.paper}
      versions={options.versions}
      back={{ href: routes.set(set.id), label: set.title }}
      hrefFor={(o) => printRoutes.set(set.id, o)}
    />
  );
}

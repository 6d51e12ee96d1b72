import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { WorksheetDocument } from '@/components/print/worksheet-document';
import { printOptions } from '@/lib/print/worksheet';
import { routes } from '@/lib/routes';
import { printRoutes } from '@/lib/print/routes';
import { viewerId } from '@/lib/server/auth';
import { authored } from '@/lib/server/http';
import { AssignmentError } from '@/lib/server/assignments';

export const metadata: Metadata = { title: 'Worksheet', robots: { index: false } };

/** A set of a teacher's own article as a printed worksheet with its key (the article's key or its owner). */
export default async function AuthoredPrintPage({ params, searchParams }: PageProps<'/teach/articles/[id]/print'>) {
  const id = (await params).id;
  const query = await searchParams;
  const given = query.key;
  if (Array.isArray(given) || typeof query.set !== 'string' || !/^[a-z0-9-]{1,120}$/.test(id)) notFound();
  const key = given ?? '';
  let view;
  try {
    view = await (await authored()).get(id, key || null, await viewerId({ headers: await headers() }));
  } catch (error) {
    if (error instanceof AssignmentError) notFound();
    throw error;
  }
  const article = view.catalog.articles[0]!;
  const set = view.catalog.sets.find((s) => s.id === query.set);
  if (!set) notFound();
  const options = printOptions(query);
  const back = key ? routes.authoredArticle(id, key) : `/teach/articles/${encodeURIComponent(id)}`;
  return (
    <WorksheetDocument
      title={set.title}
      article={article}
      questions={set.questions}
      rules={set.rules}
      seed={set.id}
      paper={options.paper}
      versions={options.versions}
      back={{ href: back, label: view.title }}
      hrefFor={(o) => printRoutes.authored(id, key, set.id, o)}
    />
  );
}

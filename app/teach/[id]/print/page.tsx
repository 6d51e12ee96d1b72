import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { WorksheetDocument } from '@/components/print/worksheet-document';
import { getArticle } from '@/lib/content/catalog.server';
import { printOptions, recited } from '@/lib/print/worksheet';
import { drawRules } from '@/lib/quiz/draw-rules';
import { routes } from '@/lib/routes';
import { printRoutes } from '@/lib/print/routes';
import { viewerId } from '@/lib/server/auth';
import { authored, idParam, service } from '@/lib/server/http';

export const metadata: Metadata = { title: 'Assignment worksheet', robots: { index: false } };

/**
 * An assignment's questions as a printed worksheet with its answer key, for the teacher (key link
 * or owner's session; a colleague's read-only link too): the same 404 as the dashboard otherwise.
 */
export default async function AssignmentPrintPage({ params, searchParams }: PageProps<'/teach/[id]/print'>) {
  const id = idParam.safeParse((await params).id);
  const query = await searchParams;
  const given = query.key;
  if (!id.success || Array.isArray(given)) notFound();
  const key = given ?? '';
  const access = await (await service()).access(id.data, key || null, await viewerId({ headers: await headers() }));
  if (!access) notFound();
  const { assignment } = access;
  const articleId = assignment.questions[0]?.articleId;
  const article = articleId
    ? (getArticle(articleId) ?? (await (await authored()).articleForAssignment(articleId)))
    : null;
  if (!article) notFound();
  const options = printOptions(query);
  // Its own article only (an assignment is made from one article's sets), with sentence numbers as the article reads now.
  const questions = recited(
    assignment.questions.filter((q) => q.articleId === article.id),
    article,
  );
  return (
    <WorksheetDocument
      title={assignment.title}
      article={article}
      questions={questions}
      rules={drawRules(questions)}
      note={
        assignment.questionCount < questions.length
          ? `Each student answering online gets ${assignment.questionCount} of these; the sheet has them all.`
          : undefined
      }
      seed={assignment.id}
      paper={options.paper}
      versions={options.versions}
      back={{
        href: key ? routes.teacherDashboard(assignment.id, key) : `/teach/${encodeURIComponent(assignment.id)}`,
        label: 'Back to the results',
      }}
      hrefFor={(o) => printRoutes.assignment(assignment.id, key, o)}
    />
  );
}

import type { Metadata } from 'next';
import { CreateAssignmentForm, type TeachSet } from '@/components/assign/create-assignment-form';
import { MyAssignments } from '@/components/assign/my-assignments';
import { listArticles, setsForArticle } from '@/lib/content/catalog.server';

export const metadata: Metadata = { title: 'Assign a quiz' };

/** A teacher makes an assignment from the article's sets. Prerendered; the assignment is made by the API. */
export default function TeachPage() {
  const sets: TeachSet[] = listArticles().flatMap((article) =>
    setsForArticle(article.id)
      .filter((set) => !set.parts)
      .map((set) => ({
        id: set.id,
        title: set.title,
        articleTitle: article.title,
        questions: set.questions.map((q) => ({ id: q.id, prompt: q.prompt })),
      })),
  );
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Assign a quiz</h1>
      <p className="mt-2 text-lg text-ink-muted">
        Students join with a link, a code or a QR code, without accounts. Answers are graded on the server, and you
        watch the results arrive.
      </p>
      <MyAssignments />
      <CreateAssignmentForm sets={sets} defaultTitle={sets[0]?.articleTitle ?? 'Quiz'} />
    </div>
  );
}

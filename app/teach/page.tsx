import type { Metadata } from 'next';
import { CreateAssignmentForm, type TeachSet } from '@/components/assign/create-assignment-form';
import { TeacherAccount } from '@/components/assign/teacher-account';
import { TeacherLinksPanel } from '@/components/assign/teacher-links-panel';
import { buttonClass } from '@/components/ui/button-styles';
import { listArticles, setsForArticle } from '@/lib/content/catalog.server';
import { routes } from '@/lib/routes';

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
      <TeacherAccount />
      <a
        href={routes.newArticle()}
        className="mt-6 flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-accent bg-accent-soft p-5 no-underline"
      >
        <span>
          <span className="block text-lg font-bold text-ink">Use tomorrow’s news</span>
          <span className="text-ink-muted">
            Paste any article and get draft questions that cite their sentence, ready to check and assign.
          </span>
        </span>
        <span className={buttonClass('primary')}>Make a quiz from an article</span>
      </a>
      <TeacherLinksPanel show="assignments" />
      <CreateAssignmentForm sets={sets} defaultTitle={sets[0]?.articleTitle ?? 'Quiz'} />
    </div>
  );
}

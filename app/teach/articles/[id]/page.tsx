import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import QRCode from 'qrcode';
import { ExportFiles, ShareControl, type DownloadFile } from '@/components/author/article-admin';
import { CreateAssignmentForm, type TeachSet } from '@/components/assign/create-assignment-form';
import { buttonClass } from '@/components/ui/button-styles';
import { formatIsoDate, plural } from '@/lib/format';
import { EXPORT_FORMATS, exportSet, type ExportFormat } from '@/lib/interop/export';
import { routes } from '@/lib/routes';
import { printRoutes } from '@/lib/print/routes';
import { viewerId } from '@/lib/server/auth';
import { authored } from '@/lib/server/http';
import { AssignmentError } from '@/lib/server/assignments';

export const metadata: Metadata = { title: 'Your article', robots: { index: false } };

/** A teacher's own published article: its sets, self-study sharing, export, and assigning it to a class. */
export default async function AuthoredArticlePage({ params, searchParams }: PageProps<'/teach/articles/[id]'>) {
  const id = (await params).id;
  const given = (await searchParams).key;
  if (Array.isArray(given) || !/^[a-z0-9-]{1,120}$/.test(id)) notFound();
  // The key link, or a signed-in teacher's own article (then no key is needed).
  const key = given ?? '';
  let view;
  try {
    view = await (await authored()).get(id, key || null, await viewerId({ headers: await headers() }));
  } catch (error) {
    if (error instanceof AssignmentError) notFound();
    throw error;
  }
  const article = view.catalog.articles[0]!;
  const sets = view.catalog.sets.filter((set) => !set.parts);
  const all = view.catalog.sets.find((set) => set.whole);
  const head = await headers();
  const host = head.get('x-forwarded-host') ?? head.get('host') ?? 'localhost:3000';
  const protocol =
    head.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  const shareUrl = `${protocol}://${host}${routes.set((all ?? sets[0]!).id)}`;
  const qrSvg = await QRCode.toString(shareUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  const teachSets: TeachSet[] = sets.map((set) => ({
    id: set.id,
    title: set.title,
    articleTitle: article.title,
    questions: set.questions.map((q) => ({ id: q.id, prompt: q.prompt })),
  }));
  const questionCount = sets.reduce((n, set) => n + set.questions.length, 0);
  const downloads: DownloadFile[] = [
    ...view.files.map((file) => ({
      name: file.path.split('/').pop()!,
      label: fileLabel(file),
      text: file.text,
      type: 'text/plain;charset=utf-8',
      group: 'copy' as const,
    })),
    ...sets.flatMap((set) =>
      (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => {
        const file = exportSet(set, article, format);
        const binary = typeof file.body !== 'string';
        return {
          name: file.fileName,
          label: `${set.title}: ${EXPORT_FORMATS[format].label}`,
          text: binary ? Buffer.from(file.body).toString('base64') : (file.body as string),
          base64: binary,
          type: file.type,
          group: 'lms' as const,
        };
      }),
    ),
  ];

  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-6 sm:px-6 sm:py-10">
      <div className="space-y-2">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">Your article</p>
        <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{article.title}</h1>
        <p className="text-ink-muted">
          {formatIsoDate(article.date)} · {plural(article.wordCount, 'word')} · {plural(questionCount, 'question')} in{' '}
          {plural(sets.length, 'set')}
        </p>
        <p className="text-sm text-ink-muted">
          Keep this page’s address: it is the only way back to this article (it is also listed on this browser’s{' '}
          <a href={routes.newArticle()} className="font-medium text-accent">
            Make a quiz
          </a>{' '}
          page).
        </p>
        <a href={routes.editArticle(article.id)} className={buttonClass('secondary', 'md', 'mt-2')}>
          Edit the questions
        </a>
      </div>

      <section aria-labelledby="sets-heading" className="space-y-3">
        <h2 id="sets-heading" className="text-xl font-bold">
          Sets
        </h2>
        {sets.map((set) => (
          <details key={set.id} className="rounded-2xl border border-line bg-surface px-5 py-2 shadow-card">
            <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-3 font-semibold">
              {set.title} <span className="font-normal text-ink-muted">{plural(set.questions.length, 'question')}</span>
            </summary>
            <ol className="mt-2 mb-3 list-decimal space-y-3 pl-6">
              {set.questions.map((q) => (
                <li key={q.id}>
                  <p className="font-medium">{q.prompt}</p>
                  <p className="text-sm text-ink-muted">
                    Answer:{' '}
                    {typeof q.answer === 'boolean'
                      ? q.answer
                        ? 'True'
                        : 'False'
                      : Array.isArray(q.answer)
                        ? q.answer.join(' → ')
                        : q.answer}{' '}
                    · {q.citations[0] ? `sentence ${q.citations[0].sentences[0]}` : 'no evidence (imported)'}
                  </p>
                </li>
              ))}
            </ol>
            <p className="mb-3">
              <a href={printRoutes.authored(view.id, key, set.id)} className="font-semibold text-accent">
                Print a worksheet of this set<span className="sr-only">: {set.title}</span>
              </a>{' '}
              <span className="text-sm text-ink-muted">(with its answer key; versions A and B for neighbours)</span>
            </p>
          </details>
        ))}
      </section>

      <ShareControl
        articleId={view.id}
        teacherKey={key}
        initiallyShared={view.shared}
        shareUrl={shareUrl}
        qrSvg={qrSvg}
      />

      <section aria-labelledby="assign-own-heading">
        <h2 id="assign-own-heading" className="sr-only">
          Assign to a class
        </h2>
        <CreateAssignmentForm sets={teachSets} defaultTitle={article.title} article={{ id: view.id, key }} />
      </section>

      <ExportFiles files={downloads} />
    </div>
  );
}

/** What a content file holds, in a teacher's words: the article, or the questions of one set. */
function fileLabel(file: { path: string; text: string }): string {
  if (file.path.endsWith('.md')) return 'The article';
  const title = /^title: ["']?(.*?)["']?$/m.exec(file.text)?.[1];
  return title ? `Questions: ${title}` : 'Questions';
}

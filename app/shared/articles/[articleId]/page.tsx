import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RememberShared } from '@/components/study/remember-shared';
import { libraryEntryOf } from '@/lib/srs/library';
import { articleViewProps } from '@/components/article/article-props';
import { ArticleView } from '@/components/article/article-view';
import { sharedArticle } from '@/lib/server/shared';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

/** A teacher's shared article in the reader, with its sets (proxy.ts sends /articles/{id} here). */
export default async function SharedArticlePage({ params }: PageProps<'/shared/articles/[articleId]'>) {
  const found = await sharedArticle((await params).articleId);
  if (!found) notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      {found.shared ? <RememberShared entry={libraryEntryOf(found.article, found.sets)} /> : null}
      <ArticleView {...articleViewProps(found.article, found.sets)} />
    </div>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { articleViewProps } from '@/components/article/article-props';
import { getArticle, listArticles, setsForArticle } from '@/lib/content/catalog.server';

// Only the content's own ids, as on the set page (app/(study)/sets/[setId]/page.tsx).
export const dynamicParams = false;

export function generateStaticParams() {
  return listArticles().map((article) => ({ articleId: article.id }));
}

export async function generateMetadata({ params }: PageProps<'/articles/[articleId]'>): Promise<Metadata> {
  const article = getArticle((await params).articleId);
  return { title: article ? article.title : 'Article not found' };
}

/**
 * The article reader. Prerendered (so it works offline) and server-rendered throughout; which
 * evidence to highlight and where "Back" leads come from the query, which ArticleView's one small
 * island reads in the browser. Reading searchParams here would make the page dynamic.
 */
export default async function ArticlePage({ params }: PageProps<'/articles/[articleId]'>) {
  const article = getArticle((await params).articleId);
  if (!article) notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <ArticleView {...articleViewProps(article, setsForArticle(article.id))} />
    </div>
  );
}

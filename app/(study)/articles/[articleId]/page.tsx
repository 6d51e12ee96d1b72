import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { ArticleReader } from '@/components/article/article-reader';
import { ArticleView, type ArticleViewProps } from '@/components/article/article-view';
import { getArticle, listArticles, setsForArticle } from '@/lib/content/catalog.server';

export function generateStaticParams() {
  return listArticles().map((article) => ({ articleId: article.id }));
}

export async function generateMetadata({ params }: PageProps<'/articles/[articleId]'>): Promise<Metadata> {
  const article = getArticle((await params).articleId);
  return { title: article ? article.title : 'Article not found' };
}

/**
 * The article reader. Prerendered (so it works offline); which evidence to highlight and where
 * "Back" leads come from the query, read in the browser.
 */
export default async function ArticlePage({ params }: PageProps<'/articles/[articleId]'>) {
  const article = getArticle((await params).articleId);
  if (!article) notFound();
  const sets = setsForArticle(article.id);
  const evidence: ArticleViewProps['evidence'] = {};
  for (const set of sets) {
    for (const question of set.questions)
      evidence[question.id] = { prompt: question.prompt, citations: question.citations };
  }
  const props: Omit<ArticleViewProps, 'search'> = {
    article: {
      id: article.id,
      title: article.title,
      date: article.date,
      readingMinutes: article.readingMinutes,
      paragraphs: article.paragraphs,
      sentences: article.sentences,
    },
    evidence,
    sets: sets.map((set) => ({ id: set.id, title: set.title, questionCount: set.questions.length })),
    quizEntryId: (sets.find((set) => set.parts) ?? sets[0])?.id,
  };
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <Suspense fallback={<ArticleView {...props} search={{}} />}>
        <ArticleReader {...props} />
      </Suspense>
    </div>
  );
}

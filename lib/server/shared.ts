import 'server-only';
import { and, eq } from 'drizzle-orm';
import { authoredArticleIdOf, ONE_QUIZ_KEY } from '@/lib/drafts/ids';
import { getArticle, getSet, setsForArticle } from '@/lib/content/catalog.server';
import { combinedSetId } from '@/lib/content/check';
import type { Article, Catalog, QuestionSet } from '@/lib/content/types';
import { catalogOf } from './authored';
import { getDb } from './db/client';
import { authoredArticles } from './db/schema';

/**
 * Self-study of a teacher's own article, opened with its share link: the article and its sets while
 * the teacher keeps it shared, nothing otherwise (the same 404 as an unknown id). A published
 * article copied into content/ is found there as well.
 */

async function sharedCatalog(id: string): Promise<Catalog | null> {
  const articleId = authoredArticleIdOf(id);
  if (!articleId) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(authoredArticles)
    .where(and(eq(authoredArticles.id, articleId), eq(authoredArticles.shared, true)))
    .limit(1);
  return row ? catalogOf(row) : null;
}

export async function sharedSet(
  setId: string,
): Promise<{ set: QuestionSet; article: Article; sets: QuestionSet[]; shared: boolean } | null> {
  const shipped = getSet(setId);
  const shippedArticle = shipped ? getArticle(shipped.articleId) : undefined;
  if (shipped && shippedArticle) return { set: shipped, article: shippedArticle, sets: [], shared: false };
  const catalog = await sharedCatalog(setId);
  const set = catalog ? findSet(catalog, setId) : undefined;
  return set && catalog ? { set, article: catalog.articles[0]!, sets: catalog.sets, shared: true } : null;
}

/**
 * A set by its id. The id of the set of every question finds it whatever the article's grouping is
 * now: an article published as one quiz has no "All questions" set, and one grouped into sets no
 * one-quiz set, so a link to either, given out before the teacher regrouped, stays good.
 */
function findSet(catalog: Catalog, setId: string): QuestionSet | undefined {
  const found = catalog.sets.find((s) => s.id === setId);
  if (found) return found;
  const article = catalog.articles[0];
  const wholeIds = article ? [combinedSetId(article.id), `${article.id}-${ONE_QUIZ_KEY}`] : [];
  return wholeIds.includes(setId) ? catalog.sets.find((s) => s.whole) : undefined;
}

export async function sharedArticle(
  articleId: string,
): Promise<{ article: Article; sets: QuestionSet[]; shared: boolean } | null> {
  const shipped = getArticle(articleId);
  if (shipped) return { article: shipped, sets: setsForArticle(articleId), shared: false };
  const catalog = await sharedCatalog(articleId);
  const article = catalog?.articles.find((a) => a.id === articleId);
  return article && catalog ? { article, sets: catalog.sets, shared: true } : null;
}

import 'server-only';
import { checkContent, formatProblem } from './check';
import type { Article, Catalog, QuestionSet } from './types';
import { readContentFiles } from './files';

/**
 * The one place server code gets content from. Content is checked on first use; a problem stops
 * the build (and `npm run content:check` names it first).
 */

let cached: Catalog | undefined;

export function getCatalog(): Catalog {
  if (cached && process.env.NODE_ENV === 'production') return cached;
  const { problems, catalog } = checkContent(readContentFiles());
  if (!catalog) {
    throw new Error(`Content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
  cached = catalog;
  return catalog;
}

export function getArticle(id: string): Article | undefined {
  return getCatalog().articles.find((article) => article.id === id);
}

export function getSet(id: string): QuestionSet | undefined {
  return getCatalog().sets.find((set) => set.id === id);
}

export function listSets(): QuestionSet[] {
  return getCatalog().sets;
}

export function listArticles(): Article[] {
  return getCatalog().articles;
}

export function setsForArticle(articleId: string): QuestionSet[] {
  return getCatalog().sets.filter((set) => set.articleId === articleId);
}

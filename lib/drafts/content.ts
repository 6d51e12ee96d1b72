import YAML from 'yaml';
import { checkContent, type CheckResult, type ContentFile } from '@/lib/content/check';
import type { Question, SetCategory } from '@/lib/content/schema';
import { PARAGRAPH_SEPARATOR } from '@/lib/content/text';
export { draftToQuestion } from './question';

/**
 * A teacher's article and sets as content files: the same Markdown and YAML as content/, so one
 * check (checkContent, as `npm run content:check` runs it) validates what a teacher publishes,
 * the database stores those files, and an export is them as they are.
 */

export type AuthoredSet = {
  id: string;
  title: string;
  category: SetCategory;
  description: string;
  questions: Question[];
};

export type AuthoredArticle = {
  id: string;
  title: string;
  date: string;
  source?: string;
  paragraphs: string[];
};

export function articleFile(article: AuthoredArticle): ContentFile {
  const front = YAML.stringify(
    { id: article.id, title: article.title, date: article.date, ...(article.source ? { source: article.source } : {}) },
    { lineWidth: 0 },
  );
  return {
    path: `content/articles/${article.id}.md`,
    text: `---\n${front}---\n\n${article.paragraphs.join(PARAGRAPH_SEPARATOR)}\n`,
  };
}

export function setFile(articleId: string, set: AuthoredSet): ContentFile {
  const doc = {
    id: set.id,
    title: set.title,
    category: set.category,
    article: articleId,
    description: set.description,
    questions: set.questions,
  };
  return { path: `content/sets/${set.id}.yaml`, text: YAML.stringify(doc, { lineWidth: 0 }) };
}

export function toContentFiles(
  article: AuthoredArticle,
  sets: readonly AuthoredSet[],
): { articles: ContentFile[]; sets: ContentFile[] } {
  return { articles: [articleFile(article)], sets: sets.map((set) => setFile(article.id, set)) };
}

/** The content check on a teacher's article and sets, exactly as on content/. */
export function checkAuthored(article: AuthoredArticle, sets: readonly AuthoredSet[]): CheckResult {
  return checkContent({ ...toContentFiles(article, sets), evidenceOptional: true });
}

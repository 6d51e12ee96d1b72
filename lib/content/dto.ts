import type { Article, CatalogQuestion, QuestionSet } from './types';

/**
 * The public JSON shapes of the content API (/api/sets, /api/sets/{id}, /api/articles/{id}).
 * Self-study content is public, so answers are included; assignment endpoints will never use these.
 */

export type SetSummaryDto = {
  id: string;
  title: string;
  category: QuestionSet['category'];
  questionCount: number;
  articleId: string;
};

export type QuestionDto = {
  id: string;
  type: CatalogQuestion['type'];
  prompt: string;
  options?: string[];
  answer: string | string[] | boolean;
  accept?: string[];
  explanation: string;
  /** Absent only on a teacher's imported question kept without evidence. */
  evidence?: string | string[];
};

export type SetDetailDto = {
  id: string;
  title: string;
  category: QuestionSet['category'];
  article: { id: string; title: string; date: string };
  questions: QuestionDto[];
};

export type ArticleDto = { id: string; title: string; date: string; text: string };

export function toSetSummary(set: QuestionSet): SetSummaryDto {
  return {
    id: set.id,
    title: set.title,
    category: set.category,
    questionCount: set.questions.length,
    articleId: set.articleId,
  };
}

export function toQuestionDto(question: CatalogQuestion): QuestionDto {
  const base = {
    id: question.id,
    type: question.type,
    prompt: question.prompt,
  };
  const tail = { explanation: question.explanation, evidence: question.evidence };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...base, options: question.options, answer: question.answer, ...tail };
    case 'truefalse':
    case 'ordering':
      return { ...base, answer: question.answer, ...tail };
    case 'typed':
      return { ...base, answer: question.answer, ...(question.accept ? { accept: question.accept } : {}), ...tail };
  }
}

export function toSetDetail(set: QuestionSet, article: Article): SetDetailDto {
  return {
    id: set.id,
    title: set.title,
    category: set.category,
    article: { id: article.id, title: article.title, date: article.date },
    questions: set.questions.map(toQuestionDto),
  };
}

export function toArticleDto(article: Article): ArticleDto {
  return { id: article.id, title: article.title, date: article.date, text: article.text };
}

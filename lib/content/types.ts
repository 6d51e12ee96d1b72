import type { Question, SetCategory } from './schema';
import type { Sentence } from './text';

/**
 * The domain: articles, questions with their citations, and question sets, as the app uses them.
 * They come from content/ today (lib/content/check.ts builds them) and, later, from the database
 * (a teacher's own article): nothing here depends on where they were read from.
 */

export type Article = {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  source?: string;
  /** Paragraphs joined by a blank line; sentence offsets point into it. */
  text: string;
  paragraphs: string[];
  sentences: Sentence[];
  wordCount: number;
  readingMinutes: number;
};

export type Citation = {
  quote: string;
  /** Sentence numbers the quote falls in (usually one). */
  sentences: number[];
  start: number;
  end: number;
};

/** A question as the app uses it: as authored, plus where its evidence sits in the article. */
import type { DrawRules } from '@/lib/quiz/draw';

export type CatalogQuestion = Question & { articleId: string; citations: Citation[] };

/** "all" is the set every article gets, made of the questions of all its authored sets. */
export type CatalogSetCategory = SetCategory | 'all';

/** A set that is built from others (the "All questions" set): which sets, and their questions. */
export type SetPart = { setId: string; title: string; questionIds: string[] };

export type QuestionSet = {
  id: string;
  title: string;
  category: CatalogSetCategory;
  articleId: string;
  description: string;
  questions: CatalogQuestion[];
  /** Present on a combined set: the sets it is made of, so a learner can mix them. */
  parts?: SetPart[];
  /**
   * Every question of its article: the combined "All questions" set, or an article's only set (an
   * article published as one quiz gets no combined set: it would repeat the one it has).
   */
  whole?: true;
  /** Which of its questions a quiz keeps apart, and which it asks first (lib/quiz/draw-rules.ts). */
  rules: DrawRules;
};

export type Catalog = {
  articles: Article[];
  sets: QuestionSet[];
  /** Every authored question by id. */
  questions: Map<string, CatalogQuestion>;
};

import type { ArticleViewProps } from '@/components/article/article-view';
import { sentenceSpans } from '@/lib/content/highlight';
import type { Article, QuestionSet } from '@/lib/content/types';

/** What the article reader shows: the text, where each question's evidence sits, and the article's sets. */
export function articleViewProps(article: Article, sets: readonly QuestionSet[]): ArticleViewProps {
  const evidence: ArticleViewProps['evidence'] = {};
  for (const set of sets) {
    for (const question of set.questions)
      evidence[question.id] = { prompt: question.prompt, spans: sentenceSpans(article.sentences, question.citations) };
  }
  return {
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
    quizEntryId: (sets.find((set) => set.whole) ?? sets[0])?.id,
  };
}

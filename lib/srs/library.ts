import type { Article, QuestionSet } from '@/lib/content/types';
import { toDeckCard, type DeckCard } from './deck';

/**
 * A teacher's shared article as a student's browser keeps it (stores/library.ts): its sets, as
 * links and card ids, and its cards ready to study, so it stays on Home and Progress and its cards
 * join "Study due cards" after the student has left the link.
 */

export type LibrarySet = { id: string; title: string; combined: boolean; cardIds: string[] };
export type LibraryArticle = {
  articleId: string;
  title: string;
  date: string;
  sets: LibrarySet[];
  cards: DeckCard[];
  /** When a page of it was last opened here. */
  seenAt: string;
};

/** What a shared page hands the browser to keep: every set of the article and each question once, as a card. */
export function libraryEntryOf(article: Article, sets: readonly QuestionSet[]): Omit<LibraryArticle, 'seenAt'> {
  const cards = new Map<string, DeckCard>();
  for (const set of sets)
    for (const question of set.questions) if (!cards.has(question.id)) cards.set(question.id, toDeckCard(question));
  return {
    articleId: article.id,
    title: article.title,
    date: article.date,
    sets: sets.map((set) => ({
      id: set.id,
      title: set.title,
      combined: Boolean(set.whole),
      cardIds: set.questions.map((q) => q.id),
    })),
    cards: [...cards.values()],
  };
}

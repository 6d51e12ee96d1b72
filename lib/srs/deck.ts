import type { CatalogQuestion, Citation } from '@/lib/content/types';
import { cardText } from './cards';

/**
 * A card as the deck screen shows it, built on the server from the question, so the browser gets
 * the text ready to show (self-study content is public) and not the code that derives it.
 */
export type DeckCard = {
  id: string;
  front: string;
  back: string;
  /** The answer as lines, when it is a list (an order, several items). */
  lines: string[];
  ordered: boolean;
  explanation: string;
  articleId: string;
  citations: Citation[];
};

export function toDeckCard(question: CatalogQuestion): DeckCard {
  const text = cardText(question);
  return {
    id: question.id,
    front: text.front,
    back: text.back,
    lines: text.lines.length > 1 ? text.lines : [],
    ordered: text.ordered,
    explanation: question.explanation,
    articleId: question.articleId,
    citations: question.citations,
  };
}

export type Deck = {
  /** The set's id, or "all" for every card of every article. */
  id: string;
  title: string;
  cards: DeckCard[];
};

'use client';

import { useMemo } from 'react';
import type { DeckCard } from '@/lib/srs/deck';
import { routes } from '@/lib/routes';
import { useLibrary } from '@/stores/use-library';
import { DeckStudy } from './deck-study';

/**
 * "Study due cards": the app's own cards (from the server) and those of every teacher's article
 * opened in this browser (stores/library.ts), one schedule for all of them.
 */
export function AllCardsDeck({ cards }: { cards: DeckCard[] }) {
  const library = useLibrary();
  const all = useMemo(() => {
    if (library === null) return null;
    const byId = new Map(cards.map((card) => [card.id, card]));
    for (const article of library) for (const card of article.cards) if (!byId.has(card.id)) byId.set(card.id, card);
    return [...byId.values()];
  }, [cards, library]);
  return (
    <DeckStudy
      title="Due cards"
      cards={all ?? []}
      loading={all === null}
      backHref={routes.home()}
      backLabel="All sets"
      practice={{ href: routes.home(), label: 'Practise with a quiz' }}
    />
  );
}

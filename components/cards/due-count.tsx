'use client';

import { useMemo } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { plural } from '@/lib/format';
import { deckStatus, type DeckStatus } from '@/lib/srs/queue';
import { routes } from '@/lib/routes';
import { useCardsStore, useCardsStoreApi } from '@/stores/cards-store-provider';
import { useCardRecords } from '@/stores/use-card-records';
import { useLibrary } from '@/stores/use-library';
import { useQuizReviews } from '@/stores/use-quiz-reviews';

function useDeckStatus(cardIds: readonly string[]): DeckStatus | null {
  const api = useCardsStoreApi();
  const hydrated = useCardsStore((s) => s.hasHydrated);
  const log = useCardsStore((s) => s.log);
  const settings = useCardsStore((s) => s.settings);
  const records = useCardRecords(log);
  if (!hydrated || !records) return null;
  return deckStatus(cardIds, records, settings, api.clock);
}

/** "3 due · 5 new" for a set's cards, with a link to study them. Sits on the home page's set cards. */
export function DueBadge({ setId, setTitle, cardIds }: { setId: string; setTitle: string; cardIds: string[] }) {
  // A quiz just finished has made some of these cards learning: count them now, not after a reload.
  useQuizReviews();
  const status = useDeckStatus(cardIds);
  if (!status)
    return (
      <span aria-hidden="true" data-placeholder className="inline-block h-4 w-24 max-w-full rounded bg-surface-2" />
    );
  const { due, fresh } = status.counts;
  return (
    <a
      href={routes.cards(setId)}
      className="relative z-10 inline-flex min-h-11 items-center gap-1 rounded-lg text-sm font-semibold text-accent no-underline hover:underline"
    >
      <span className="sr-only">{setTitle} </span>
      Flashcards: {due} due · {fresh} new
    </a>
  );
}

/**
 * All cards: how many are due and new today, and "Study due cards". Also where quizzes feed the
 * schedule on the home page (their answers become reviews).
 */
export function DueSummary({ cardIds }: { cardIds: string[] }) {
  useQuizReviews();
  // The teachers' articles opened here are studied in "Study due cards" too (stores/library.ts).
  const library = useLibrary();
  const allIds = useMemo(
    () => [...new Set([...cardIds, ...(library ?? []).flatMap((article) => article.cards.map((card) => card.id))])],
    [cardIds, library],
  );
  const status = useDeckStatus(allIds);
  if (!status || library === null)
    return <div aria-hidden="true" data-placeholder className="h-12 w-56 max-w-full rounded-xl bg-surface-2" />;
  const { due, fresh } = status.counts;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <a href={routes.allCards()} className={buttonClass(due > 0 ? 'primary' : 'secondary', 'lg')}>
        Study due cards
      </a>
      <p className="text-sm text-ink-muted">
        <strong className="text-ink">{plural(due, 'card')}</strong> due, {fresh} new today
      </p>
    </div>
  );
}

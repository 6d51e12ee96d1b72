'use client';

import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { useQuizReviews } from '@/stores/use-quiz-reviews';
import { buttonClass } from '@/components/ui/button-styles';
import { formatDayMonth, plural } from '@/lib/format';
import { attemptScope, scopeShortLabel } from '@/lib/quiz/history';
import { addDays } from '@/lib/srs/days';
import type { DeckCard } from '@/lib/srs/deck';
import type { LibraryArticle } from '@/lib/srs/library';
import { deckStatus } from '@/lib/srs/queue';
import { dueForecast, phaseCounts, reviewsPerDay } from '@/lib/srs/stats';
import { routes } from '@/lib/routes';
import { useCardsStore, useCardsStoreApi } from '@/stores/cards-store-provider';
import { useCardRecords } from '@/stores/use-card-records';
import { useLibrary } from '@/stores/use-library';
import type { SetHistory } from '@/lib/quiz/records';
import { readQuizHistory } from '@/stores/quiz-history-reader';
import { STUDY_STORAGE_KEY } from '@/stores/study-persistence';
import { BarChart } from './bar-chart';
import { download } from './download';

// The settings and the backup tools sit below the charts: their code loads just after them.
const ProgressTools = lazy(() => import('./progress-tools').then((m) => ({ default: m.ProgressTools })));

export type ProgressSet = { id: string; title: string; articleTitle: string; cardIds: string[]; combined: boolean };

type Props = { sets: ProgressSet[]; cards: Record<string, DeckCard>; allCardIds: string[] };

/**
 * Progress you can see: cards by phase, reviews per day and the coming week, each set's standing,
 * the two flashcard settings, and moving everything between devices (a backup file, or a deck for
 * Anki).
 */
/**
 * The app's own sets and cards plus those of the teachers' articles opened in this browser: each
 * such article is one row (its whole set of cards, under its title).
 */
function withLibrary(
  shipped: Props,
  library: readonly LibraryArticle[],
): { sets: ProgressSet[]; cards: Record<string, DeckCard>; allCardIds: string[] } {
  const sets = [...shipped.sets];
  const cards = { ...shipped.cards };
  const allCardIds = [...shipped.allCardIds];
  for (const article of library) {
    const main = article.sets.find((set) => set.combined) ?? article.sets[0];
    if (!main) continue;
    sets.push({
      id: main.id,
      title: article.title,
      articleTitle: article.title,
      cardIds: main.cardIds,
      combined: false,
    });
    for (const card of article.cards) {
      if (cards[card.id]) continue;
      cards[card.id] = card;
      allCardIds.push(card.id);
    }
  }
  return { sets, cards, allCardIds };
}

const exportName = (set: ProgressSet) => (set.combined ? 'all cards' : set.title);

export function ProgressView({ sets: shippedSets, cards: shippedCards, allCardIds: shippedIds }: Props) {
  const library = useLibrary();
  const { sets, cards, allCardIds } = useMemo(
    () => withLibrary({ sets: shippedSets, cards: shippedCards, allCardIds: shippedIds }, library ?? []),
    [shippedSets, shippedCards, shippedIds, library],
  );
  const api = useCardsStoreApi();
  const cardsReady = useCardsStore((s) => s.hasHydrated);
  const log = useCardsStore((s) => s.log);
  const settings = useCardsStore((s) => s.settings);
  // Quiz scores are read straight from storage; the quiz store itself loads only to export or import.
  const [history, setHistory] = useState<Record<string, SetHistory> | null>(null);
  useEffect(() => {
    if (!cardsReady) return;
    const read = () => setHistory(readQuizHistory(window.localStorage));
    read();
    const onStorage = (event: StorageEvent) => {
      if (event.key === STUDY_STORAGE_KEY) read();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [cardsReady]);
  const id = useId();
  useQuizReviews();
  const records = useCardRecords(log);

  if (!cardsReady || !history || !records || library === null) {
    return (
      <div
        aria-busy="true"
        data-placeholder
        // At least a screen tall, as the progress page always is: the footer stays below the fold.
        className="min-h-[calc(100dvh-5.5rem)] animate-pulse rounded-3xl bg-surface-2 motion-reduce:animate-none"
      >
        <p className="sr-only">Loading your progress…</p>
      </div>
    );
  }

  const overall = phaseCounts(allCardIds, records);
  const status = deckStatus(allCardIds, records, settings, api.clock);
  const perDay = reviewsPerDay(log, api.clock, 30);
  const forecast = dueForecast(allCardIds, records, api.clock, 7);
  const totalReviews = perDay.reduce((sum, day) => sum + day.count, 0);
  const reviewedDays = perDay.filter((day) => day.count > 0).length;
  const busiest = perDay.reduce((best, day) => (day.count > best.count ? day : best), perDay[0]!);
  const weekDue = forecast.reduce((sum, day) => sum + day.count, 0);
  const today = forecast[0]!.day;

  const exportAnki = async (set: ProgressSet) => {
    const { ankiDeck, ankiFileName } = await import('@/lib/srs/anki');
    const deckCards = set.cardIds.map((cardId) => cards[cardId]).filter((card): card is DeckCard => Boolean(card));
    download(
      ankiFileName(set.id),
      ankiDeck({
        deckName: `Newsquiz::${set.articleTitle}::${set.title}`,
        articleTitle: set.articleTitle,
        cards: deckCards,
        tags: ['newsquiz', set.id],
      }),
      'text/plain',
    );
  };

  // One row per set, shown as cards on a phone and as a table wider up.
  const rows = sets.map((set) => {
    const best = history[set.id]?.best;
    const scope = best ? attemptScope({ retryOf: null, total: best.total, setSize: null }, set.cardIds.length) : null;
    return {
      set,
      counts: phaseCounts(set.cardIds, records),
      name: set.combined ? 'All cards' : set.title,
      best: best && scope ? `${best.percent}% on ${scopeShortLabel(scope)}` : '—',
    };
  });

  return (
    <div className="space-y-10">
      <section
        aria-labelledby={`${id}-cards`}
        className="rounded-3xl border border-line bg-surface p-6 shadow-card sm:p-8"
      >
        <h2 id={`${id}-cards`} className="text-2xl font-bold tracking-tight">
          Your cards
        </h2>
        <dl className="mt-4 grid grid-cols-[repeat(auto-fit,minmax(8rem,1fr))] gap-4">
          {[
            ['Due now', status.counts.due],
            ['New today', status.counts.fresh],
            ['Learning', overall.learning],
            ['In review', overall.review],
          ].map(([label, value]) => (
            <div key={label} className="rounded-xl bg-surface-2 p-3">
              <dt className="text-sm text-ink-muted">{label}</dt>
              <dd className="text-3xl font-bold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-ink-muted">
          {plural(overall.new, 'card')} not studied yet.{' '}
          <a href={routes.allCards()} className="font-semibold text-accent">
            Study due cards
          </a>
        </p>
        <div className="mt-8 grid gap-8 lg:grid-cols-2">
          <BarChart
            id={`${id}-reviews`}
            title="Reviews per day, last 30 days"
            summary={
              totalReviews === 0
                ? 'No reviews in the last 30 days.'
                : `${plural(totalReviews, 'review')} on ${plural(reviewedDays, 'day')} in the last 30 days; the most, ${busiest.count}, on ${formatDayMonth(busiest.day)}.`
            }
            bars={perDay.map((day) => ({
              key: formatDayMonth(day.day),
              label: formatDayMonth(day.day),
              count: day.count,
            }))}
            axis="ends"
            columnLabel="Day"
            valueLabel="Reviews"
          />
          <BarChart
            id={`${id}-forecast`}
            title="Cards due, next 7 days from today"
            summary={`${plural(weekDue, 'card')} due in the next 7 days, ${forecast[0]!.count} of them today.`}
            bars={forecast.map((day) => ({
              key: day.day === today ? 'Today' : day.day === addDays(today, 1) ? 'Tomorrow' : formatDayMonth(day.day),
              label: String(Number(day.day.slice(8))),
              count: day.count,
            }))}
            axis="each"
            columnLabel="Day"
            valueLabel="Cards due"
          />
        </div>
      </section>

      <section aria-labelledby={`${id}-sets`}>
        <h2 id={`${id}-sets`} className="text-2xl font-bold tracking-tight">
          By set
        </h2>
        {/* A phone (or large text) gets one card per set; a table would be cut off at the side. */}
        <ul className="mt-4 space-y-3 sm:hidden">
          {rows.map(({ set, counts, name, best }) => {
            return (
              <li key={set.id} className="rounded-2xl border border-line bg-surface p-4 shadow-card">
                <a
                  href={routes.cards(set.id)}
                  className="inline-flex min-h-11 items-center text-lg font-semibold text-ink no-underline hover:text-accent"
                >
                  {name}
                </a>
                <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
                  <dt className="text-ink-muted">Cards</dt>
                  <dd className="tabular-nums">
                    {counts.new} new · {counts.learning} learning · {counts.review} review
                  </dd>
                  <dt className="text-ink-muted">Best quiz</dt>
                  <dd className="tabular-nums">{best}</dd>
                </dl>
                <button
                  type="button"
                  onClick={() => void exportAnki(set)}
                  aria-label={`Export ${exportName(set)} for Anki`}
                  className={buttonClass('secondary', 'md', 'mt-3 text-sm')}
                >
                  Export for Anki
                </button>
              </li>
            );
          })}
        </ul>
        <div className="relative mt-4 hidden overflow-x-auto rounded-2xl border border-line bg-surface shadow-card sm:block">
          <table className="w-full min-w-[36rem] text-left">
            <thead className="text-sm text-ink-muted">
              <tr className="border-b border-line">
                <th scope="col" className="px-4 py-3 font-semibold">
                  Set
                </th>
                <th scope="col" className="px-3 py-3 font-semibold">
                  New
                </th>
                <th scope="col" className="px-3 py-3 font-semibold">
                  Learning
                </th>
                <th scope="col" className="px-3 py-3 font-semibold">
                  Review
                </th>
                <th scope="col" className="px-3 py-3 font-semibold">
                  Best quiz
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Anki
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ set, counts, name, best }) => {
                return (
                  <tr key={set.id} className="border-b border-line last:border-0">
                    <th scope="row" className="px-4 py-2 font-semibold">
                      <a
                        href={routes.cards(set.id)}
                        className="inline-flex min-h-11 min-w-11 items-center text-ink no-underline hover:text-accent"
                      >
                        {name}
                      </a>
                    </th>
                    <td className="px-3 py-2 tabular-nums">{counts.new}</td>
                    <td className="px-3 py-2 tabular-nums">{counts.learning}</td>
                    <td className="px-3 py-2 tabular-nums">{counts.review}</td>
                    <td className="px-3 py-2 tabular-nums">{best}</td>
                    <td className="px-4 py-2">
                      <button
                        type="button"
                        onClick={() => void exportAnki(set)}
                        className={buttonClass('ghost', 'md', 'px-2 text-sm')}
                      >
                        Export<span className="sr-only"> {exportName(set)} for Anki</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="mt-2 text-sm text-ink-muted">
          Anki files are tab-separated text with Anki’s header lines: in Anki, choose File › Import.
        </p>
      </section>

      <Suspense fallback={<div aria-busy="true" data-placeholder className="h-64 rounded-2xl bg-surface-2" />}>
        <ProgressTools onHistoryChange={setHistory} />
      </Suspense>
    </div>
  );
}

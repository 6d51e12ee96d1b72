'use client';

import { lazy, Suspense, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { ArrowLeftIcon, RetryIcon } from '@/components/ui/icons';
import { LiveMessage } from '@/components/ui/live-message';
import type { DeckCard } from '@/lib/srs/deck';
import { RATING_LABELS, type Rating } from '@/lib/srs/log';
import { deckStatus, LEARN_AHEAD_MS, nextCard } from '@/lib/srs/queue';
import { intervalLabel, intervalWords } from '@/lib/srs/card';
import { loadedScheduler, loadScheduler } from '@/stores/cards-store';
import { useCardsStore, useCardsStoreApi } from '@/stores/cards-store-provider';
import { FlashCard } from './flash-card';

// Shown once, at the end of a session: loaded then.
const SessionSummary = lazy(() => import('./session-summary').then((m) => ({ default: m.SessionSummary })));
import { useCardRecords } from '@/stores/use-card-records';
import { useQuizReviews } from '@/stores/use-quiz-reviews';

type Props = {
  title: string;
  cards: DeckCard[];
  backHref: string;
  backLabel: string;
  /** Where "Show in article" comes back to. */
  evidenceSet?: string;
  /** Offered when nothing is due: a quiz on these cards' questions. */
  practice?: { href: string; label: string };
  /** The cards are still being gathered (the browser's own list): show the placeholder. */
  loading?: boolean;
};

const GRADE_TONES: Record<Rating, string> = {
  1: 'border-bad text-bad',
  2: 'border-partial text-partial',
  3: 'border-good text-good',
  4: 'border-accent text-accent',
};

/**
 * Studies a deck: due cards first, then new ones up to the day's limit. Flip by click, tap, Space or
 * Enter; grade Again / Hard / Good / Easy by button or keys 1–4 (each button shows when the card
 * would come back); on touch, swipe left for Again and right for Good; Z or the button undoes the
 * last grade. Ends with a summary.
 */
export function DeckStudy({ title, cards, backHref, backLabel, evidenceSet, practice, loading = false }: Props) {
  const api = useCardsStoreApi();
  const hydrated = useCardsStore((s) => s.hasHydrated);
  const log = useCardsStore((s) => s.log);
  const settings = useCardsStore((s) => s.settings);
  const grade = useCardsStore((s) => s.grade);
  const undo = useCardsStore((s) => s.undo);
  useQuizReviews();

  const byId = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  const ids = useMemo(() => cards.map((card) => card.id), [cards]);
  const records = useCardRecords(log);
  // ts-fsrs (the grade buttons' intervals) loads on the first touch, key or reveal: not on a first visit.
  const [fsrs, setFsrs] = useState(loadedScheduler);
  const wantScheduler = () => {
    if (!fsrs) void loadScheduler().then(setFsrs);
  };
  const [started] = useState(() => api.clock.now());
  const [reviewed, setReviewed] = useState<string[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  /** The card graded last: it waits behind any other card (lib/srs/queue.ts). */
  const [lastGraded, setLastGraded] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  /** When the last grade was given: the session's time runs from opening the deck to then. */
  const [lastGradeAt, setLastGradeAt] = useState<number | null>(null);
  const cardRef = useRef<HTMLButtonElement>(null);

  /** Asked for when nothing was due: every card studied before comes, soonest due first. */
  const [studyingAhead, setStudyingAhead] = useState(false);
  const status =
    hydrated && records
      ? deckStatus(ids, records, settings, api.clock, {
          learnAheadMs: studyingAhead ? Number.POSITIVE_INFINITY : LEARN_AHEAD_MS,
          reviewAhead: studyingAhead,
        })
      : null;
  const upcoming = status ? nextCard(status, lastGraded) : undefined;
  // The card on screen stays put while it is studied, even if the log changes underneath (another tab).
  const shownId = currentId && byId.has(currentId) ? currentId : (upcoming ?? null);
  const card = shownId ? byId.get(shownId) : undefined;
  const done = hydrated && records !== null && !card;

  const previews =
    card && revealed && records && fsrs ? fsrs.previewDue(records.get(card.id), api.clock.now(), settings) : null;

  const reveal = () => {
    if (!card || revealed) return;
    wantScheduler();
    setCurrentId(card.id);
    setRevealed(true);
    setAnnouncement(`Answer: ${card.back}`);
  };

  const gradeCard = (rating: Rating) => {
    if (!card || !revealed) return;
    const entry = grade(card.id, rating);
    setLastGradeAt(entry.at);
    setReviewed((list) => [...list, entry.id]);
    setLastGraded(card.id);
    setCurrentId(null);
    setRevealed(false);
    setAnnouncement(`${RATING_LABELS[rating]}.`);
    cardRef.current?.focus({ preventScroll: true });
  };

  const undoLast = () => {
    const target = undo();
    if (!target) return;
    setReviewed((list) => list.filter((id) => id !== target.id));
    setCurrentId(byId.has(target.cardId) ? target.cardId : null);
    setRevealed(false);
    setAnnouncement(`Undone: ${RATING_LABELS[target.rating]} on the last card. It is back on screen.`);
    cardRef.current?.focus({ preventScroll: true });
  };

  const canUndo = reviewed.length > 0;

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    wantScheduler();
    const target = event.target;
    if (target instanceof HTMLElement && target.closest('input, textarea, select, a, [contenteditable]')) return;
    if (event.key === 'z' || event.key === 'Z') {
      if (canUndo) {
        event.preventDefault();
        undoLast();
      }
      return;
    }
    if (!card) return;
    if (!revealed && (event.key === ' ' || event.key === 'Enter')) {
      event.preventDefault();
      reveal();
      return;
    }
    if (revealed && /^[1-4]$/.test(event.key)) {
      event.preventDefault();
      gradeCard(Number(event.key) as Rating);
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  if (!hydrated || !status || !records || loading) {
    return (
      <div
        key="loading"
        aria-busy="true"
        data-placeholder
        // As tall as the deck will be (a phone: the screen; wider: the card and its buttons), so
        // nothing below moves when the cards appear (layout shift, bench/results.md).
        className="min-h-[calc(100dvh-5.5rem)] animate-pulse rounded-3xl bg-surface-2 motion-reduce:animate-none sm:min-h-0 sm:h-[35rem]"
      >
        <p className="sr-only">Loading your cards…</p>
      </div>
    );
  }

  const header = (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
      <a href={backHref} className="inline-flex min-h-11 items-center gap-2 font-medium text-accent no-underline">
        <ArrowLeftIcon size={18} className="shrink-0" />
        {backLabel}
      </a>
      <button
        type="button"
        onClick={undoLast}
        disabled={!canUndo}
        aria-keyshortcuts="Z"
        className={buttonClass('ghost', 'md', 'px-3')}
      >
        <RetryIcon size={18} className="shrink-0 -scale-x-100" /> Undo
        <span className="sr-only"> the last grade</span>
      </button>
    </div>
  );

  if (done || !card) {
    return (
      <div>
        {header}
        <Suspense fallback={<div aria-busy="true" data-placeholder className="mt-4 h-72 rounded-3xl bg-surface-2" />}>
          <SessionSummary
            title={title}
            log={log}
            reviewIds={reviewed}
            startedAt={started}
            finishedAt={lastGradeAt ?? started}
            nextDue={deckStatus(ids, records, settings, api.clock).nextDue}
            now={api.clock.now()}
            backHref={backHref}
            backLabel={backLabel}
            practice={practice}
            onStudyAhead={
              !studyingAhead && status.counts.learning + status.counts.review > 0
                ? () => {
                    setStudyingAhead(true);
                    setLastGraded(null);
                    setAnnouncement('Studying ahead: the cards due soonest come first.');
                  }
                : undefined
            }
          />
        </Suspense>
        <LiveMessage>{announcement}</LiveMessage>
      </div>
    );
  }

  const soon = status.ahead.length;
  const left = status.counts.due + status.counts.fresh + soon;
  // Not due and not new: a card in learning, due within minutes, shown now rather than making you wait.
  const ahead = !status.due.includes(card.id) && !status.fresh.includes(card.id);
  return (
    // A new element, not the placeholder restyled: the browser counts a restyled one as moved (layout shift).
    <div key="deck" className="flex min-h-[calc(100dvh-5.5rem)] flex-col sm:block sm:min-h-0">
      {header}
      <h1 className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      <p className="mt-1 text-sm text-ink-muted" aria-live="off">
        <span className="font-semibold text-ink">{status.counts.due}</span> due ·{' '}
        <span className="font-semibold text-ink">{status.counts.fresh}</span> new
        {soon > 0 ? (
          <>
            {' '}
            · <span className="font-semibold text-ink">{soon}</span> learning soon
          </>
        ) : null}{' '}
        · {reviewed.length} reviewed · <span className="font-semibold text-ink">{left}</span> left
      </p>
      {ahead ? (
        <p className="mt-2 rounded-lg bg-surface-2 px-3 py-2 text-sm">
          {studyingAhead
            ? 'Studying ahead: these cards are not due yet; the soonest come first.'
            : 'Studying ahead: nothing is due, so this card, due again in a few minutes, comes now instead of making you wait.'}
        </p>
      ) : null}

      <div className="mt-5 flex-1" onPointerDown={wantScheduler}>
        <FlashCard
          ref={cardRef}
          key={`${card.id}-${reviewed.length}`}
          card={card}
          revealed={revealed}
          onReveal={reveal}
          onSwipe={(direction) => gradeCard(direction === 'left' ? 1 : 3)}
          evidenceSet={evidenceSet}
        />
      </div>

      <div
        data-no-print
        className="sticky bottom-0 z-20 -mx-4 mt-6 border-t border-line bg-bg/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0 sm:backdrop-blur-none"
      >
        {revealed ? (
          <div role="group" aria-label="How well did you remember it?" className="grid grid-cols-4 gap-2">
            {([1, 2, 3, 4] as const).map((rating) => {
              const wait = previews ? previews[rating] - api.clock.now() : null;
              return (
                <button
                  key={rating}
                  type="button"
                  onClick={() => gradeCard(rating)}
                  aria-keyshortcuts={String(rating)}
                  aria-label={
                    wait === null
                      ? RATING_LABELS[rating]
                      : `${RATING_LABELS[rating]}: see it again ${intervalWords(wait)}`
                  }
                  className={`flex min-h-14 min-w-0 flex-col items-center justify-center rounded-xl border-2 bg-surface px-1 py-1.5 font-semibold shadow-card hover:bg-surface-2 ${GRADE_TONES[rating]}`}
                >
                  <span className="text-sm sm:text-base">{RATING_LABELS[rating]}</span>
                  <span className="text-xs font-normal text-ink-muted tabular-nums sm:text-sm">
                    {wait === null ? '\u00a0' : intervalLabel(wait)}
                  </span>
                </button>
              );
            })}
          </div>
        ) : (
          <button type="button" onClick={reveal} className={buttonClass('primary', 'lg', 'w-full')}>
            Show answer
          </button>
        )}
        <p className="mt-2 hidden text-center text-sm text-ink-muted [@media(hover:hover)]:sm:block" aria-hidden="true">
          {revealed ? (
            <>
              <kbd className="rounded border border-line px-1.5 font-sans">1</kbd>–
              <kbd className="rounded border border-line px-1.5 font-sans">4</kbd> grade ·{' '}
              <kbd className="rounded border border-line px-1.5 font-sans">Z</kbd> undo
            </>
          ) : (
            <>
              <kbd className="rounded border border-line px-1.5 font-sans">Space</kbd> or{' '}
              <kbd className="rounded border border-line px-1.5 font-sans">Enter</kbd> show the answer
            </>
          )}
        </p>
        {revealed ? (
          <p className="mt-2 text-center text-sm text-ink-muted [@media(hover:hover)]:hidden" aria-hidden="true">
            Swipe the card left for Again, right for Good
          </p>
        ) : null}
      </div>
      <LiveMessage>{announcement}</LiveMessage>
    </div>
  );
}

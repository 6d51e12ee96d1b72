'use client';

import { forwardRef, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { QuoteIcon } from '@/components/ui/icons';
import { NoEvidence } from '@/components/ui/no-evidence';
import type { DeckCard } from '@/lib/srs/deck';
import { routes } from '@/lib/routes';

type Props = {
  card: DeckCard;
  revealed: boolean;
  onReveal: () => void;
  onSwipe: (direction: 'left' | 'right') => void;
  evidenceSet?: string;
};

/** How far a card must be dragged (px) to count as a swipe. */
const SWIPE_DISTANCE = 90;
/** How far a finger may move (px) and still count as a tap. */
const TAP_SLOP = 10;

/**
 * A card with a cue on the front and the answer on the back. Tapping, clicking, Space or Enter
 * flips it (a 3D turn, or none with reduced motion). Once turned, it can be dragged sideways: it
 * follows the finger, says "Again" or "Good" as it goes, and grades when let go far enough.
 */
export const FlashCard = forwardRef<HTMLButtonElement, Props>(function FlashCard(
  { card, revealed, onReveal, onSwipe, evidenceSet },
  ref,
) {
  const [dx, setDx] = useState(0);
  const drag = useRef<{ id: number; x: number; y: number; horizontal: boolean | null } | null>(null);

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (!revealed || (event.pointerType === 'mouse' && event.button !== 0)) return;
    if (event.target instanceof HTMLElement && event.target.closest('a')) return;
    drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY, horizontal: null };
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start || start.id !== event.pointerId) return;
    const moveX = event.clientX - start.x;
    const moveY = event.clientY - start.y;
    if (start.horizontal === null && Math.hypot(moveX, moveY) > 8) {
      start.horizontal = Math.abs(moveX) > Math.abs(moveY);
      if (start.horizontal) event.currentTarget.setPointerCapture(event.pointerId);
    }
    if (start.horizontal) setDx(moveX);
  };
  const endDrag = (event: ReactPointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start || start.id !== event.pointerId) return;
    drag.current = null;
    const distance = event.clientX - start.x;
    setDx(0);
    if (start.horizontal && Math.abs(distance) >= SWIPE_DISTANCE) onSwipe(distance < 0 ? 'left' : 'right');
  };

  // A touch tap turns the card on pointerup rather than on click: right after a swipe, Chrome can
  // swallow the click of the next tap (it takes it as the tap that stops the swipe's fling), and the
  // card would not turn. A finger that moves is scrolling, and the browser cancels the pointer.
  const tap = useRef<{ id: number; x: number; y: number } | null>(null);
  const onFrontPointerDown = (event: ReactPointerEvent<HTMLButtonElement>) => {
    tap.current = event.pointerType === 'mouse' ? null : { id: event.pointerId, x: event.clientX, y: event.clientY };
  };
  const onFrontPointerUp = (event: ReactPointerEvent<HTMLButtonElement>) => {
    const start = tap.current;
    tap.current = null;
    if (!start || start.id !== event.pointerId) return;
    if (Math.hypot(event.clientX - start.x, event.clientY - start.y) <= TAP_SLOP) onReveal();
  };

  const lean = Math.max(-1, Math.min(1, dx / SWIPE_DISTANCE));
  const hidden = { inert: true, 'aria-hidden': true } as const;

  return (
    <div
      className="relative touch-pan-y select-none [perspective:1600px]"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      data-testid="flashcard"
    >
      {revealed && dx !== 0 ? (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-x-0 -top-1 z-10 flex justify-between px-2"
        >
          <span
            className="rounded-lg border-2 border-bad bg-bad-soft px-3 py-1 text-sm font-bold text-bad"
            style={{ opacity: Math.max(0, -lean) }}
          >
            ← Again
          </span>
          <span
            className="rounded-lg border-2 border-good bg-good-soft px-3 py-1 text-sm font-bold text-good"
            style={{ opacity: Math.max(0, lean) }}
          >
            Good →
          </span>
        </div>
      ) : null}
      <div
        className={dx ? '' : 'motion-safe:transition-transform motion-safe:duration-200'}
        style={{ transform: dx ? `translateX(${dx}px) rotate(${lean * 4}deg)` : undefined }}
      >
        <div
          className={`grid grid-cols-[minmax(0,1fr)] [transform-style:preserve-3d] motion-safe:transition-transform motion-safe:duration-300 ${
            revealed ? '[transform:rotateY(180deg)] motion-reduce:[transform:none]' : ''
          }`}
        >
          {/* Front: the whole face is the button that turns the card. */}
          <button
            ref={ref}
            type="button"
            onClick={onReveal}
            onPointerDown={onFrontPointerDown}
            onPointerUp={onFrontPointerUp}
            onPointerCancel={() => (tap.current = null)}
            {...(revealed ? hidden : {})}
            aria-label={`Card: ${card.front}. Show the answer`}
            className={`col-start-1 row-start-1 flex min-h-72 flex-col items-center justify-center rounded-3xl border border-line bg-surface p-6 text-center shadow-card [backface-visibility:hidden] sm:min-h-80 sm:p-10 ${
              revealed ? 'motion-reduce:invisible' : ''
            }`}
          >
            <span className="text-sm font-semibold tracking-wide text-accent uppercase">Question</span>
            <span className="mt-3 font-serif text-2xl leading-snug font-semibold text-balance break-words sm:text-3xl">
              {card.front}
            </span>
            <span className="mt-6 text-sm text-ink-muted">Tap or press Space to turn</span>
          </button>
          {/* Back: the answer, why, and where the article says so. */}
          <section
            aria-label="Answer"
            {...(revealed ? {} : hidden)}
            className={`col-start-1 row-start-1 flex min-h-72 flex-col rounded-3xl border border-line bg-surface p-6 shadow-card [backface-visibility:hidden] [transform:rotateY(180deg)] motion-reduce:[transform:none] sm:min-h-80 sm:p-8 ${
              revealed ? '' : 'motion-reduce:invisible'
            }`}
          >
            <p className="text-sm text-ink-muted break-words">{card.front}</p>
            <p className="mt-3 text-sm font-semibold tracking-wide text-accent uppercase">Answer</p>
            {card.lines.length > 1 ? (
              <List ordered={card.ordered} lines={card.lines} />
            ) : (
              <p className="mt-1 font-serif text-2xl leading-snug font-semibold break-words">{card.back}</p>
            )}
            <p className="mt-4 leading-relaxed">{card.explanation}</p>
            {card.citations.length === 0 ? (
              <NoEvidence />
            ) : (
              <figure className="mt-4 rounded-xl border-l-4 border-accent bg-surface-2 px-4 py-3">
                <figcaption className="text-sm font-semibold text-ink-muted">
                  <QuoteIcon size={16} className="mr-1.5 inline-block align-[-3px]" />
                  From the article
                </figcaption>
                <blockquote className="mt-1 space-y-1 font-serif leading-relaxed">
                  {card.citations.map((citation) => (
                    <p key={citation.start}>“{citation.quote}”</p>
                  ))}
                </blockquote>
                <a
                  href={routes.article(card.articleId, {
                    questionId: card.id,
                    sentence: card.citations[0]?.sentences[0],
                    ...(evidenceSet ? { fromSet: evidenceSet, back: 'cards' as const } : {}),
                  })}
                  className="mt-1 inline-flex min-h-11 items-center font-semibold text-accent underline-offset-4 hover:underline"
                >
                  Show in article
                </a>
              </figure>
            )}
          </section>
        </div>
      </div>
    </div>
  );
});

function List({ ordered, lines }: { ordered: boolean; lines: string[] }) {
  const Tag = ordered ? 'ol' : 'ul';
  return (
    <Tag className={`mt-1 space-y-1 pl-6 font-serif text-xl font-semibold ${ordered ? 'list-decimal' : 'list-disc'}`}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </Tag>
  );
}

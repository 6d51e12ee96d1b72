'use client';

import { useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useSearchParams } from 'next/navigation';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { scrollBehavior } from '@/components/ui/scroll-behavior';
import type { SentenceSpan } from '@/lib/content/highlight';
import { routes } from '@/lib/routes';
import { articleSearch } from '@/lib/search-params';
import { articleBack, BackLink } from './back-link';
import { BOTTOM_BACK_SLOT, markEvidence, NOTE_SLOT } from './highlight-dom';

/** Each question of the article: its prompt and where its evidence sits (lib/content/highlight.ts). */
export type ArticleEvidence = Record<string, { prompt: string; spans: SentenceSpan[] }>;

const noSubscription = () => () => {};

/**
 * The article page's one client island. The article itself is server HTML; from the query
 * (lib/search-params.ts) this draws the "Back" link above it, highlights question q's evidence in
 * the server's sentences, brings the first into view with focus on it, and adds the note saying
 * which question it is and a second "Back" link below the article. Rendered inside a Suspense
 * whose fallback is the same "All sets" link, so the prerendered page keeps the link's space.
 */
export function EvidenceHighlight({
  articleId,
  evidence,
  sets,
}: {
  articleId: string;
  evidence: ArticleEvidence;
  sets: Array<{ id: string; title: string }>;
}) {
  const search = articleSearch(useSearchParams());
  const fromSet = search.set ? sets.find((set) => set.id === search.set) : undefined;
  const back = articleBack(search, fromSet);
  const highlight = search.q ? evidence[search.q] : undefined;

  // Portals need their elements, which exist only in the browser; the shared copy of the page is also
  // rendered on the server, where this is false (and stays false for the first, hydrating render).
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const noteSlot = inBrowser ? document.getElementById(NOTE_SLOT) : null;
  const bottomBackSlot = inBrowser ? document.getElementById(BOTTOM_BACK_SLOT) : null;

  // The note above the article is drawn once the page is at the sentence, so that scroll anchoring keeps
  // what is on screen in place as it arrives. Links here carry #s{n}: the page opens at the sentence and
  // the note, the marks and the scroll arrive in one frame. A link without the hash (typed by hand) opens
  // at the top: drawn at once, the note would move the article down by its height under the reader's
  // eyes (a layout shift of 0.1–0.2 on a phone at 4× CPU).
  const [noteReady, setNoteReady] = useState(false);
  const firstId = highlight?.spans[0] ? `s${highlight.spans[0].sentence}` : null;
  const openedAtSentence = inBrowser && (firstId === null || window.location.hash === `#${firstId}`);
  useLayoutEffect(() => {
    if (!inBrowser || !highlight) return;
    const unmark = markEvidence(document, highlight.spans);
    // Client-side navigation does not always honour the #s{n} hash; focus lets a screen reader read it first.
    const first = firstId ? document.getElementById(firstId) : null;
    if (!first) return unmark;
    first.focus({ preventScroll: true });
    if (window.location.hash === `#${first.id}`) {
      first.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
      return unmark;
    }
    // Without the hash: to the sentence at once, as a #s{n} link opens, and the note once that frame is
    // painted, so that scroll anchoring holds the sentence in place as the note arrives above it.
    first.scrollIntoView({ block: 'center' });
    let timeout = 0;
    const frame = requestAnimationFrame(() => {
      timeout = window.setTimeout(() => setNoteReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timeout);
      unmark();
    };
  }, [inBrowser, highlight, firstId]);

  return (
    <>
      <BackLink back={back} />
      {noteSlot && highlight && (noteReady || openedAtSentence)
        ? createPortal(
            <aside
              aria-label="Highlighted evidence"
              className="mt-6 rounded-xl border border-line bg-surface p-4 shadow-card"
              data-no-print
            >
              <p className="text-sm text-ink-muted">
                <mark className="rounded-sm bg-mark px-1 text-mark-ink">Highlighted</mark> evidence for:
              </p>
              <p className="mt-1 font-semibold">{highlight.prompt}</p>
              <a
                href={routes.article(articleId, { fromSet: fromSet?.id, back: search.back, attemptId: search.attempt })}
                className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-accent"
              >
                Clear highlight
              </a>
            </aside>,
            noteSlot,
          )
        : null}
      {bottomBackSlot && fromSet
        ? createPortal(
            <p className="mt-8" data-no-print>
              <a
                href={back.href}
                className="inline-flex min-h-11 items-center gap-2 font-semibold text-accent no-underline"
              >
                <ArrowLeftIcon size={18} className="shrink-0" /> {back.label}
              </a>
            </p>,
            bottomBackSlot,
          )
        : null}
    </>
  );
}

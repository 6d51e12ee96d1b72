'use client';

import { useEffect } from 'react';

/**
 * A shared article's pages are not part of the app's precache: once this page is open and the
 * service worker controls it, this page and its quiz, cards, results and article pages are fetched
 * once, so the worker keeps a copy (sw/sw.ts caches the /sets/ and /articles/ pages it does not
 * precache) and they open offline after this one visit.
 */
export function OfflineCopy({ urls }: { urls: string[] }) {
  const key = urls.join('\n');
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let cancelled = false;
    const copy = () => {
      if (cancelled) return;
      for (const url of [window.location.pathname, ...key.split('\n')]) {
        void fetch(url, { credentials: 'same-origin' }).catch(() => undefined);
      }
    };
    const onChange = () => copy();
    // On a first visit the worker takes control only once it has installed.
    if (navigator.serviceWorker.controller) copy();
    else navigator.serviceWorker.addEventListener('controllerchange', onChange, { once: true });
    return () => {
      cancelled = true;
      navigator.serviceWorker.removeEventListener('controllerchange', onChange);
    };
  }, [key]);
  return null;
}

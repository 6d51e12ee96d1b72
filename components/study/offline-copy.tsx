'use client';

import { useEffect } from 'react';

/**
 * A shared article's pages are not part of the app's precache: once this page is open, its quiz,
 * cards, results and article pages are fetched once, so the service worker keeps a copy and they
 * open offline (sw/sw.ts caches /sets/ and /articles/ pages it does not precache).
 */
export function OfflineCopy({ urls }: { urls: string[] }) {
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
    const timer = window.setTimeout(() => {
      for (const url of urls) void fetch(url, { credentials: 'same-origin' }).catch(() => undefined);
    }, 1000);
    return () => window.clearTimeout(timer);
  }, [urls]);
  return null;
}

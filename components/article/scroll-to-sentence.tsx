'use client';

import { useEffect } from 'react';

/**
 * Brings the highlighted sentence into view and moves focus to it, so a screen reader reads it
 * first. Needed because client-side navigation does not always honour the #s{n} hash.
 */
export function ScrollToSentence({ sentence }: { sentence: number }) {
  useEffect(() => {
    const element = document.getElementById(`s${sentence}`);
    if (!element) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    element.focus({ preventScroll: true });
  }, [sentence]);
  return null;
}

'use client';

import { useEffect } from 'react';
import type { LibraryArticle } from '@/lib/srs/library';
import { rememberSharedArticle } from '@/stores/library';

/**
 * On a teacher's shared page: keeps the article in this browser's library (stores/library.ts), so
 * the student finds it again on Home and Progress and its cards come due with the others.
 */
export function RememberShared({ entry }: { entry: Omit<LibraryArticle, 'seenAt'> }) {
  useEffect(() => {
    rememberSharedArticle({ ...entry, seenAt: new Date().toISOString() });
  }, [entry]);
  return null;
}

'use client';

import { useEffect } from 'react';
import { quizReviewEntries } from '@/lib/srs/quiz-reviews';
import { useCardsStore, useCardsStoreApi } from './cards-store-provider';
import { readQuizHistory } from './quiz-history-reader';
import { STUDY_STORAGE_KEY } from './study-persistence';

/**
 * Quizzes feed the schedule: once the review log is read, every finished quiz's answers are added
 * to it (ids from the attempt, so nothing is added twice), and again when a quiz finishes in
 * another tab. Reads the quiz history straight from storage, so card pages need no quiz store.
 */
export function useQuizReviews() {
  const api = useCardsStoreApi();
  const ready = useCardsStore((s) => s.hasHydrated);
  const addEntries = useCardsStore((s) => s.addEntries);
  const retention = useCardsStore((s) => s.settings.retention);
  useEffect(() => {
    if (!ready) return;
    const sync = () => addEntries(quizReviewEntries(readQuizHistory(window.localStorage), { retention }, api.clock));
    sync();
    const onStorage = (event: StorageEvent) => {
      if (event.key === STUDY_STORAGE_KEY) sync();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [ready, retention, addEntries, api]);
}

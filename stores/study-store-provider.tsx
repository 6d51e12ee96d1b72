'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStudyStore, type StudyStore, type StudyStoreApi } from './study-store';
import { STUDY_STORAGE_KEY } from './study-persistence';

/**
 * Provides a study store to the client islands beneath it (zustand's Next.js guide). Saved progress
 * is read after the first render, so the server and the first client render agree.
 *
 * Each page mounts its own provider (never the root layout), so each page makes its own store and
 * reads the saved progress when it opens. That costs one localStorage read per page, and keeps
 * pages that need no progress (the article reader) free of the store entirely.
 */

const StudyStoreContext = createContext<StudyStoreApi | null>(null);

export function StudyStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createStudyStore());

  useEffect(() => {
    const markHydrated = () => store.setState({ hasHydrated: true });
    // Resolves whether or not reading succeeded; a failed read has already become a notice.
    void Promise.resolve(store.persist.rehydrate()).then(markHydrated, markHydrated);
    // Another tab changed the saved progress: read it again so the two tabs agree. If that tab runs a
    // newer version of the app, this one goes read-only instead of writing over it (safe-storage.ts).
    const onStorage = (event: StorageEvent) => {
      if (event.key === STUDY_STORAGE_KEY) void store.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('storage', onStorage);
    };
  }, [store]);

  return <StudyStoreContext.Provider value={store}>{children}</StudyStoreContext.Provider>;
}

export function useStudyStore<T>(selector: (state: StudyStore) => T): T {
  const store = useContext(StudyStoreContext);
  if (!store) throw new Error('useStudyStore must be used inside <StudyStoreProvider>');
  return useStore(store, selector);
}

'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  AUTHORING_STORAGE_KEY,
  createAuthoringStore,
  type AuthoringStore,
  type AuthoringStoreApi,
} from './authoring-store';

/** Provides the authoring store (zustand's Next.js guide); the saved work is read after the first render. */

const AuthoringStoreContext = createContext<AuthoringStoreApi | null>(null);

export function AuthoringStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createAuthoringStore());
  useEffect(() => {
    const markHydrated = () => store.setState({ hasHydrated: true });
    void Promise.resolve(store.persist.rehydrate()).then(markHydrated, markHydrated);
    const onStorage = (event: StorageEvent) => {
      if (event.key === AUTHORING_STORAGE_KEY) void store.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);
  return <AuthoringStoreContext.Provider value={store}>{children}</AuthoringStoreContext.Provider>;
}

export function useAuthoringStore<T>(selector: (state: AuthoringStore) => T): T {
  const store = useContext(AuthoringStoreContext);
  if (!store) throw new Error('useAuthoringStore must be used inside <AuthoringStoreProvider>');
  return useStore(store, selector);
}

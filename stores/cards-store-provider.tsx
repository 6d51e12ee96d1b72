'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { CARDS_STORAGE_KEY } from './cards-persistence';
import { createCardsStore, type CardsStore, type CardsStoreApi } from './cards-store';

/**
 * Provides a flashcard store to the islands beneath it (zustand's Next.js guide), reading the saved
 * log after the first render, and again when another tab changes it.
 */

const CardsStoreContext = createContext<CardsStoreApi | null>(null);

export function CardsStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createCardsStore());

  useEffect(() => {
    const markHydrated = () => store.setState({ hasHydrated: true });
    void Promise.resolve(store.persist.rehydrate()).then(markHydrated, markHydrated);
    const onStorage = (event: StorageEvent) => {
      if (event.key === CARDS_STORAGE_KEY) void store.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  return <CardsStoreContext.Provider value={store}>{children}</CardsStoreContext.Provider>;
}

export function useCardsStoreApi(): CardsStoreApi {
  const store = useContext(CardsStoreContext);
  if (!store) throw new Error('useCardsStore must be used inside <CardsStoreProvider>');
  return store;
}

export function useCardsStore<T>(selector: (state: CardsStore) => T): T {
  return useStore(useCardsStoreApi(), selector);
}

'use client';

import { useEffect, useState } from 'react';
import { LIBRARY_CHANGED, LIBRARY_KEY, readLibrary, type LibraryArticle } from './library';

/** The shared articles opened in this browser (null until read, after the first render), kept current. */
export function useLibrary(): LibraryArticle[] | null {
  const [library, setLibrary] = useState<LibraryArticle[] | null>(null);
  useEffect(() => {
    const read = () => setLibrary(readLibrary());
    read();
    const onStorage = (event: StorageEvent) => {
      if (event.key === LIBRARY_KEY) read();
    };
    window.addEventListener(LIBRARY_CHANGED, read);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener(LIBRARY_CHANGED, read);
      window.removeEventListener('storage', onStorage);
    };
  }, []);
  return library;
}

'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';

/**
 * Registers the service worker (production builds), says when the device is offline, and offers a
 * reload when a new version of the app has taken over, and says when a saved copy was damaged and
 * set aside (sw/integrity.ts). Small on purpose: it is on every page.
 */
const noSubscription = () => () => {};

export function AppStatus() {
  const [online, setOnline] = useState(true);
  const [updated, setUpdated] = useState(false);
  const [setAside, setSetAside] = useState<{ text: string; clear: () => Promise<void> } | null>(null);
  // The toasts go straight into <body>: inside the header (its backdrop blur makes it the containing
  // block of fixed elements) "bottom" would be the header's bottom, and a long note ran off the top.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  useEffect(() => {
    const sync = () => setOnline(navigator.onLine);
    sync();
    window.addEventListener('online', sync);
    window.addEventListener('offline', sync);
    const worker = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
    const hadController = Boolean(worker?.controller);
    const onChange = () => {
      // A worker took over a page that already had one: a new deployment. The first install is not news.
      if (hadController) setUpdated(true);
    };
    if (worker && process.env.NODE_ENV === 'production') {
      worker.register('/sw.js', { scope: '/' }).catch(() => {
        // No service worker (private mode, an old browser): the app still works online.
      });
      worker.addEventListener('controllerchange', onChange);
      // Only a page the worker controls can have had a copy set aside; the code loads only then.
      if (hadController) {
        void import('@/lib/offline/set-aside').then(async ({ readSetAside, describeSetAside, clearSetAside }) => {
          const records = await readSetAside();
          if (records.length) setSetAside({ text: describeSetAside(records), clear: clearSetAside });
        });
      }
    }
    return () => {
      window.removeEventListener('online', sync);
      window.removeEventListener('offline', sync);
      worker?.removeEventListener('controllerchange', onChange);
    };
  }, []);

  return (
    <>
      <div role="status" className="min-w-0 text-sm">
        {online ? null : (
          <p className="flex items-center gap-1.5 rounded-full border border-line bg-surface px-3 py-1 text-ink-muted">
            <span aria-hidden="true" className="size-2 shrink-0 rounded-full bg-partial" />
            <span>
              <span className="font-semibold text-ink">Offline:</span> your progress is saved on this device
            </span>
          </p>
        )}
      </div>
      {inBrowser
        ? createPortal(
            <div
              role="status"
              className="fixed inset-x-4 bottom-4 z-40 flex justify-center empty:hidden sm:inset-x-auto sm:right-6"
            >
              {setAside ? (
                <p className="flex max-w-xl flex-wrap items-center gap-x-3 rounded-2xl border border-partial/50 bg-surface px-4 py-2 shadow-card">
                  {setAside.text}
                  <button
                    type="button"
                    onClick={() => void setAside.clear().then(() => setSetAside(null))}
                    className="min-h-11 font-semibold text-accent underline"
                  >
                    OK
                  </button>
                </p>
              ) : updated ? (
                <p className="flex flex-wrap items-center gap-x-3 rounded-2xl border border-accent/40 bg-surface px-4 py-2 shadow-card">
                  A new version of the app is ready.
                  <button
                    type="button"
                    onClick={() => window.location.reload()}
                    className="min-h-11 font-semibold text-accent underline"
                  >
                    Reload
                  </button>
                </p>
              ) : null}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}

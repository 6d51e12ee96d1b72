/// <reference lib="webworker" />
import {
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
  type PrecacheEntry,
  type SerwistGlobalConfig,
} from 'serwist';
import { integrityPlugin } from './integrity';

/**
 * The service worker (built by `serwist build` after `next build`; see serwist.config.mjs and
 * docs/decisions/014-offline-with-serwist.md). Every prerendered page, every script and style, and
 * the icons are precached on the first visit, so the whole app opens and works offline. A new
 * deployment installs in the background and takes over on the next load; progress lives in the
 * browser's storage, which a new worker never touches.
 */

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // Pages read their query in the browser (?q= on the article, ?attempt= on the results), so any
    // query finds the same prerendered page.
    ignoreURLParametersMatching: [/.*/],
    // A damaged copy is never served (sw/integrity.ts); a page whose copy was set aside while
    // offline gets the offline page, as an unsaved page does.
    plugins: [
      integrityPlugin,
      {
        handlerDidError: async ({ request }): Promise<Response | undefined> =>
          request.mode === 'navigate' ? ((await serwist.matchPrecache('/offline')) ?? undefined) : undefined,
      },
    ],
  },
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // Client-side navigations fetch an RSC payload. Offline that fails, and Next falls back to a
      // full page load, which the precache answers.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.headers.get('RSC') === '1',
      handler: new NetworkOnly(),
    },
    {
      // A teacher's shared article (its study pages are rendered by the server, not precached): the
      // network first, and offline the copy from the last visit (components/study/offline-copy.tsx).
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.method === 'GET' && /^\/(?:sets|articles)\//.test(url.pathname),
      handler: new NetworkFirst({
        cacheName: 'shared-study-pages',
        networkTimeoutSeconds: 5,
        matchOptions: { ignoreSearch: true },
        plugins: [integrityPlugin, new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 60 * 60 * 24 * 90 })],
      }),
    },
    {
      // A page that is not precached (an unknown address) goes to the network, and offline to /offline.
      matcher: ({ request }) => request.destination === 'document',
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    entries: [{ url: '/offline', matcher: ({ request }) => request.destination === 'document' }],
  },
});

serwist.addEventListeners();

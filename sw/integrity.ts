/// <reference lib="webworker" />
import type { SerwistPlugin } from 'serwist';
import { DIGEST_HEADER, SET_ASIDE_CACHE, setAsideKey } from '../lib/offline/set-aside';

declare const self: ServiceWorkerGlobalScope;

/**
 * Every copy the worker saves carries a SHA-256 digest of its bytes (taken when it is saved), and
 * every copy it serves is checked against it first. A damaged copy (truncated, overwritten, garbled
 * on disk) is never served: it is deleted, recorded for the page to mention, and the request goes
 * to the network as on a cache miss (offline: the /offline page for a page). Copies saved before
 * this check (no digest) are served as they are. Costs one digest per save and per serve: about
 * 0.1 ms per 30 KB chunk.
 */

async function digestOf(body: ArrayBuffer): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export const integrityPlugin: SerwistPlugin = {
  /** Adds the digest. Like the default rules, only whole successful answers are kept. */
  async cacheWillUpdate({ response }) {
    if (!response || response.status !== 200 || response.type === 'opaque') return null;
    const body = await response.clone().arrayBuffer();
    const headers = new Headers(response.headers);
    headers.set(DIGEST_HEADER, await digestOf(body));
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  },

  async cachedResponseWillBeUsed({ cacheName, request, cachedResponse }) {
    if (!cachedResponse) return null;
    const expected = cachedResponse.headers.get(DIGEST_HEADER);
    if (!expected) return cachedResponse;
    const actual = await digestOf(await cachedResponse.clone().arrayBuffer());
    if (actual === expected) return cachedResponse;
    try {
      const cache = await caches.open(cacheName);
      await cache.delete(request, { ignoreSearch: false });
      const records = await caches.open(SET_ASIDE_CACHE);
      const url = request.url.replace(/[?&]__WB_REVISION__=[^&]*/, '');
      await records.put(
        setAsideKey(self.location.origin, url),
        new Response(JSON.stringify({ url, at: Date.now() }), { headers: { 'content-type': 'application/json' } }),
      );
    } catch {
      // Could not record it: still never serve it.
    }
    return null;
  },
};

/**
 * Copies the service worker set aside because they were damaged (their bytes no longer match the
 * digest taken when they were saved). The worker writes one record per copy into this cache; the
 * page (components/layout/app-status.tsx) reads them to say so, and clears them when dismissed.
 * Shared by the worker and the page: no DOM, no React.
 */

export const SET_ASIDE_CACHE = 'newsquiz-set-aside';
export const DIGEST_HEADER = 'x-newsquiz-digest';

export type SetAside = { url: string; at: number };

export function setAsideKey(origin: string, url: string): string {
  return `${origin}/__set-aside?url=${encodeURIComponent(url)}`;
}

/** What a damaged copy was, in words: "the Who quiz page" is not knowable here, so its address. */
export function describeSetAside(records: readonly SetAside[]): string {
  const pages = records.map((r) => new URL(r.url).pathname);
  const shown = [...new Set(pages)].slice(0, 3).join(', ');
  const more = pages.length > 3 ? ` and ${pages.length - 3} more` : '';
  return records.length === 1
    ? `A saved copy of ${shown} on this device was damaged, so it was set aside and is downloaded again when you are online.`
    : `${records.length} saved copies on this device (${shown}${more}) were damaged, so they were set aside and are downloaded again when you are online.`;
}

/** Reads the records (in the page). Empty when there are none, or no Cache Storage. */
export async function readSetAside(): Promise<SetAside[]> {
  if (typeof caches === 'undefined') return [];
  try {
    if (!(await caches.has(SET_ASIDE_CACHE))) return [];
    const cache = await caches.open(SET_ASIDE_CACHE);
    const records: SetAside[] = [];
    for (const request of await cache.keys()) {
      const value: unknown = await (await cache.match(request))?.json().catch(() => null);
      if (value && typeof value === 'object' && typeof (value as SetAside).url === 'string') {
        records.push({ url: (value as SetAside).url, at: Number((value as SetAside).at) || 0 });
      }
    }
    return records;
  } catch {
    return [];
  }
}

export async function clearSetAside(): Promise<void> {
  if (typeof caches !== 'undefined') await caches.delete(SET_ASIDE_CACHE).catch(() => false);
}

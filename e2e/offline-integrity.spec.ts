import { expect, test, waitForOfflineCopy } from './fixtures';

/**
 * The service worker's saved copies can be damaged on the device (a truncated write, a full disk,
 * another program). Every copy carries a digest taken when it was saved (sw/integrity.ts): a
 * damaged one is never served, the page says it was set aside, and everything valid keeps working.
 */

test.describe('damaged saved copies', () => {
  test.use({ serviceWorkers: 'allow' });

  /** Replaces a saved copy's bytes in the worker's precache, keeping its headers (and so its digest). */
  async function damage(page: import('@playwright/test').Page, pathname: string, keep: 'half' | 'garbage') {
    await page.evaluate(
      async ({ pathname, keep }) => {
        const name = (await caches.keys()).find((n) => n.includes('precache'));
        if (!name) throw new Error('No precache');
        const cache = await caches.open(name);
        const key = (await cache.keys()).find((r) => new URL(r.url).pathname === pathname);
        if (!key) throw new Error(`${pathname} is not precached`);
        const original = (await cache.match(key))!;
        const text = await original.text();
        const body = keep === 'half' ? text.slice(0, Math.floor(text.length / 2)) : `${text.slice(0, 40)}\u0000garbage`;
        await cache.put(key, new Response(body, { headers: original.headers }));
      },
      { pathname, keep },
    );
  }

  test(
    'a damaged page is set aside and said so, the rest still opens offline, and online it is fetched again',
    { tag: '@phone' },
    async ({ page, context }) => {
      test.slow(); // the first visit downloads the whole app for offline use
      await page.goto('/');
      await waitForOfflineCopy(page);
      await damage(page, '/sets/kim-russia-who/quiz', 'half');

      await context.setOffline(true);
      await page.goto('/sets/kim-russia-who/quiz');
      // Not half a page: the offline page, and a note that the copy was set aside.
      await expect(page.getByRole('heading', { level: 1, name: 'This page isn’t saved on this device' })).toBeVisible();
      const note = page.getByText(/A saved copy of \/sets\/kim-russia-who\/quiz on this device was damaged/);
      await expect(note).toBeVisible();
      // What was valid still opens offline.
      await page.goto('/sets/kim-russia-who');
      await expect(page.getByRole('heading', { level: 1, name: 'Who' })).toBeVisible();

      await context.setOffline(false);
      await page.goto('/sets/kim-russia-who/quiz');
      await expect(page.getByRole('button', { name: 'Start practice' })).toBeVisible();
      await page.getByRole('button', { name: 'OK' }).click();
      await expect(note).toHaveCount(0);
    },
  );

  test('a damaged script is fetched again instead of breaking the page, and the page says so', async ({ page }) => {
    test.slow();
    await page.goto('/');
    await waitForOfflineCopy(page);
    const script = await page.evaluate(
      () => [...document.querySelectorAll<HTMLScriptElement>('script[src*="/_next/static/chunks/"]')].at(-1)!.src,
    );
    const pathname = new URL(script).pathname;
    await damage(page, pathname, 'garbage');
    await page.reload();
    // The page works: its flashcard summary is drawn by the scripts, after they run.
    await expect(page.getByRole('link', { name: 'Study due cards' })).toBeVisible();
    await expect(
      page.getByText(`A saved copy of ${pathname} on this device was damaged`, { exact: false }),
    ).toBeVisible();
  });
});

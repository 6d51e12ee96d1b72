import { ARTICLE_ID, expect, SETS, test } from './fixtures';

/**
 * Security headers on every kind of route: prerendered and dynamic pages, the teacher's pages, the
 * JSON API (answers and errors), static files and the service worker (decision 018).
 */

const ROUTES = [
  '/',
  `/sets/${SETS.who}`,
  `/sets/${SETS.who}/quiz`,
  `/sets/${SETS.who}/results`,
  `/sets/${SETS.who}/cards`,
  `/articles/${ARTICLE_ID}`,
  '/progress',
  '/cards',
  '/offline',
  '/join',
  '/teach',
  '/teach/new',
  '/teach/nope?key=x',
  '/teach/articles/nope?key=x',
  '/a/ABCDEF',
  '/sets/no-such-set',
  '/sets/made-up-a1b2c3d4e5',
  '/api/sets',
  `/api/sets/${SETS.who}`,
  '/api/sets/nope',
  '/api/nowhere',
  '/manifest.webmanifest',
  '/icon.svg',
  '/sw.js',
];

test('every route sends the security headers', async ({ request }) => {
  for (const path of ROUTES) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(response.status(), path).toBeLessThan(500);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("object-src 'none'");
    expect(headers['permissions-policy'], path).toContain('camera=()');
    const referrer = path.startsWith('/teach') ? 'no-referrer' : 'strict-origin-when-cross-origin';
    expect(headers['referrer-policy'], path).toBe(referrer);
  }
});

test('a page cannot be framed by another site', async ({ page, baseURL }) => {
  const framed = page.waitForEvent('console', {
    predicate: (m) => /frame-ancestors|Refused to display/i.test(m.text()),
    timeout: 10_000,
  });
  await page.setContent(`<iframe src="${baseURL}/" title="framed"></iframe>`);
  await framed;
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(await frame?.evaluate(() => document.body?.innerText ?? '').catch(() => '')).not.toContain('Newsquiz');
});

import type { Page } from '@playwright/test';
import { ARTICLE_ID, expect, SETS, test, waitForOfflineCopy } from './fixtures';

/**
 * Security headers on every kind of route: prerendered and dynamic pages, the teacher's pages, the
 * JSON API (answers and errors), static files and the service worker (decision 018). The script
 * policy lets each page run its own inline scripts (by hash when prerendered, by nonce when rendered
 * per request) and nothing injected.
 */

/** Pages prerendered at build time: their policy allows their scripts by hash. */
const PRERENDERED = [
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
];

/** Pages rendered per request, and the 404s: a fresh nonce. */
const RENDERED = [
  '/teach/nope?key=x',
  '/teach/articles/nope?key=x',
  '/a/ABCDEF',
  '/sets/no-such-set',
  '/sets/made-up-a1b2c3d4e5',
  '/sets/%ZZ',
];

const API = ['/api/sets', `/api/sets/${SETS.who}`, '/api/sets/nope', '/api/nowhere'];

const FILES = ['/manifest.webmanifest', '/icon.svg', '/sw.js'];

const ROUTES = [...PRERENDERED, ...RENDERED, ...API, ...FILES];

/** The sources of the policy's script-src. */
function scriptSources(policy: string): string[] {
  const directive = policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src '));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

test('every route sends the security headers', async ({ request }) => {
  for (const path of ROUTES) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(response.status(), path).toBeLessThan(500);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    // One policy, not two (two would both be enforced).
    const policies = response.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
    expect(policies, path).toHaveLength(1);
    const policy = headers['content-security-policy']!;
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).toContain("base-uri 'self'");
    expect(policy, path).toContain("form-action 'self'");
    const scripts = scriptSources(policy);
    expect(scripts[0], path).toBe("'self'");
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).not.toContain("'unsafe-eval'");
    expect(scripts, path).not.toContain("'strict-dynamic'");
    expect(scripts, path).not.toContain('*');
    if (PRERENDERED.includes(path)) {
      expect(scripts.filter((s) => s.startsWith("'sha256-")).length, path).toBeGreaterThan(0);
      expect(policy, path).not.toContain("'nonce-");
    } else if (API.includes(path)) {
      expect(scripts, path).toEqual(["'self'"]);
    } else {
      expect(
        scripts.filter((s) => s.startsWith("'nonce-")),
        path,
      ).toHaveLength(1);
    }
    expect(headers['permissions-policy'], path).toContain('camera=()');
    const referrer = path.startsWith('/teach') ? 'no-referrer' : 'strict-origin-when-cross-origin';
    expect(headers['referrer-policy'], path).toBe(referrer);
  }
});

test('a page rendered per request gets a new nonce each time, on every script Next writes', async ({ request }) => {
  const made = (await (
    await request.post('/api/assignments', { data: { title: 'Nonce', setIds: [SETS.who], questionCount: 2 } })
  ).json()) as { code: string };
  const nonces: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const response = await request.get(`/a/${made.code}`);
    expect(response.status()).toBe(200);
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy']!)?.[1];
    expect(nonce).toBeTruthy();
    const tags = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(tags.length).toBeGreaterThan(2);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce!);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

/**
 * Serves the real page with an injected inline script and an inline event handler before </body>,
 * keeping its headers; records the policy violations the page reports.
 */
async function injectInto(page: Page, path: string) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { __violations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toContain('</body>');
      const injected =
        '<script>window.__injected = true</script><img alt="" src="/nope.png" onerror="window.__injectedHandler = true">';
      await route.fulfill({ response, body: html.replace('</body>', `${injected}</body>`) });
    },
  );
}

async function expectInjectionRefused(page: Page, refused: string[]) {
  const state = await page.evaluate(() => ({
    injected: '__injected' in window,
    handler: '__injectedHandler' in window,
    violations: (window as unknown as { __violations: string[] }).__violations,
  }));
  expect(state.injected, 'the injected script ran').toBe(false);
  expect(state.handler, 'the injected event handler ran').toBe(false);
  expect(state.violations).toEqual(expect.arrayContaining(['script-src-elem inline', 'script-src-attr inline']));
  expect(refused.length, 'the console reports the refused script and handler').toBeGreaterThanOrEqual(2);
}

test('an injected inline script does not run on a prerendered page, which still works', async ({
  page,
  refusedScripts,
}) => {
  const path = `/sets/${SETS.who}`;
  await injectInto(page, path);
  const response = await page.goto(path);
  // The page hydrated: starting a quiz is the app's own script at work.
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of / })).toBeVisible();
  await expectInjectionRefused(page, refusedScripts.take());
  expect(response!.headers()['content-security-policy']).toContain("'sha256-");
});

test('an injected inline script does not run on a page rendered per request, which still works', async ({
  page,
  request,
  refusedScripts,
}) => {
  const made = (await (
    await request.post('/api/assignments', { data: { title: 'Injected', setIds: [SETS.who], questionCount: 2 } })
  ).json()) as { code: string };
  const path = `/a/${made.code}`;
  await injectInto(page, path);
  const response = await page.goto(path);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Eve');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of 2/ })).toBeVisible();
  await expectInjectionRefused(page, refusedScripts.take());
  expect(response!.headers()['content-security-policy']).toContain("'nonce-");
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test("a page from the service worker's cache keeps its policy: its own scripts run, an added one does not", async ({
    page,
    context,
    refusedScripts,
  }) => {
    test.slow(); // the first visit downloads the whole app for offline use
    await page.goto('/');
    await waitForOfflineCopy(page);
    await context.setOffline(true);
    const response = await page.goto(`/sets/${SETS.who}`);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(response?.headers()['content-security-policy']).toContain("'sha256-");
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of / })).toBeVisible();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__added = true';
      document.body.append(script);
      return '__added' in window;
    });
    expect(ran, 'an inline script added offline ran').toBe(false);
    const refused: string[] = [];
    await expect.poll(() => refused.push(...refusedScripts.take())).toBeGreaterThan(0);
    await context.setOffline(false);
  });
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

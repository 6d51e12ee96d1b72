import fc from 'fast-check';
import { ARTICLE_ID, expect, SETS, test } from './fixtures';

/**
 * Bad input never gets a 500: broken percent-encoding, traversal, huge and odd segments, through
 * every page route and API route. Pages answer the styled 404; the API answers JSON 400 or 404.
 * ("%2e%2e" is left out: URLs treat it as "..", so it resolves to the parent path, as in a browser.)
 */

const SEGMENTS = [
  '%ZZ',
  '%',
  '%E0%A4%A',
  '%C0%AF',
  '%00',
  '%FF%FE',
  '..%2F..%2Fetc%2Fpasswd',
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent("' OR 1=1 --"),
  'a'.repeat(3000),
  '%F0%9F%98%80',
  'Not-A-Slug',
  'CON',
];

const PAGE_ROUTES = [
  (s: string) => `/sets/${s}`,
  (s: string) => `/sets/${s}/quiz`,
  (s: string) => `/sets/${s}/results`,
  (s: string) => `/articles/${s}`,
  (s: string) => `/${s}`,
];

const API_ROUTES = [(s: string) => `/api/sets/${s}`, (s: string) => `/api/articles/${s}`, (s: string) => `/api/${s}`];

const QUERIES = [
  'attempt=%ZZ',
  'q=%',
  'set=%E0%A4%A',
  'back=%3Cscript%3E',
  `q=${'x'.repeat(3000)}`,
  'attempt=a&attempt=b',
];

test('hostile paths through every page route get the styled 404, never a 500', async ({ request }) => {
  for (const route of PAGE_ROUTES) {
    for (const segment of SEGMENTS) {
      const path = route(segment);
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(response.headers()['content-type'], path).toContain('text/html');
      expect(await response.text(), path).toContain('We can’t find that page');
    }
  }
});

test('hostile paths through every API route get a JSON 400 or 404 naming the problem, never a 500', async ({
  request,
}) => {
  for (const route of API_ROUTES) {
    for (const segment of SEGMENTS) {
      const path = route(segment);
      const response = await request.get(path, { maxRedirects: 0 });
      expect([400, 404], path).toContain(response.status());
      expect(response.headers()['content-type'], path).toContain('application/json');
      const body = (await response.json()) as { error?: { message?: string; field?: string } };
      expect(body.error?.message, path).toBeTruthy();
      if (response.status() === 400) expect(body.error?.field, path).toBeTruthy();
    }
  }
});

test('hostile query strings on real pages are ignored, never a 500', async ({ request }) => {
  const pages = [
    '/',
    `/sets/${SETS.who}`,
    `/sets/${SETS.who}/quiz`,
    `/sets/${SETS.who}/results`,
    `/articles/${ARTICLE_ID}`,
  ];
  for (const page of pages) {
    for (const query of QUERIES) {
      const response = await request.get(`${page}?${query}`, { maxRedirects: 0 });
      expect(response.status(), `${page}?${query}`).toBe(200);
    }
  }
});

/** Generated path segments: printable, unicode, percent-escapes (broken or not), traversal, huge. */
const generatedSegment = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }).map((s) => encodeURIComponent(s)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).map((s) => encodeURIComponent(s)),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('%', '%Z', '%E0', '%A4', '%C0%AF', '%00', '%FF', '..', '.', '~', '-', '_', '!', "'", '('),
        fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), maxLength: 3 }),
      ),
      {
        minLength: 1,
        maxLength: 8,
      },
    )
    .map((parts) => parts.join('')),
  fc.integer({ min: 200, max: 4000 }).map((n) => 'a'.repeat(n)),
  fc.constantFrom(...SEGMENTS),
  // Ids shaped like a teacher's article (they go to the database-backed pages).
  fc.stringMatching(/^[a-z]{1,12}-[a-z0-9]{9}[0-9](-[a-z]{1,8})?$/),
);

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

for (const [index, route] of [...PAGE_ROUTES, (s: string) => `/sets/${s}/cards`].entries()) {
  test(`${FUZZ_RUNS} generated hostile paths through page route ${route('{x}')} never get a 500 (#${index})`, async ({
    request,
  }) => {
    test.slow();
    await fc.assert(
      fc.asyncProperty(generatedSegment, async (segment) => {
        const path = route(segment).replace(/^\/\//, '/');
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBeLessThan(500);
      }),
      { numRuns: FUZZ_RUNS },
    );
    // Still healthy afterwards.
    expect((await request.get(`/sets/${SETS.who}`)).status()).toBe(200);
  });
}

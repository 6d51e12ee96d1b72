import { z } from 'zod';
import { ARTICLE_ID, catalog, expect, test } from './fixtures';

const setSummary = z.strictObject({
  id: z.string(),
  title: z.string(),
  category: z.enum(['who', 'where', 'when', 'what-why', 'review', 'all']),
  questionCount: z.number().int().positive(),
  articleId: z.string(),
});

const question = z.strictObject({
  id: z.string(),
  type: z.enum(['single', 'multiple', 'truefalse', 'typed', 'ordering']),
  prompt: z.string().min(1),
  options: z.array(z.string()).optional(),
  answer: z.union([z.string(), z.array(z.string()), z.boolean()]),
  accept: z.array(z.string()).optional(),
  explanation: z.string().min(1),
  evidence: z.union([z.string(), z.array(z.string())]),
});

const setDetail = z.strictObject({
  id: z.string(),
  title: z.string(),
  category: z.enum(['who', 'where', 'when', 'what-why', 'review', 'all']),
  article: z.strictObject({ id: z.string(), title: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  questions: z.array(question).min(1),
});

const article = z.strictObject({ id: z.string(), title: z.string(), date: z.literal('2023-11-07'), text: z.string() });
const errorBody = z.object({ error: z.object({ message: z.string(), field: z.string().optional() }) });

const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

test('GET /api/health answers at once, without caching, for load balancers', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('GET /api/sets lists every set with its category and question count', async ({ request }) => {
  const response = await request.get('/api/sets');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = z.strictObject({ sets: z.array(setSummary) }).parse(await response.json());
  expect(body.sets.map((s) => s.id)).toEqual(catalog.sets.map((s) => s.id));
  expect(new Set(body.sets.map((s) => s.category))).toEqual(
    new Set(['who', 'where', 'when', 'what-why', 'review', 'all']),
  );
  for (const summary of body.sets) {
    expect(summary.questionCount).toBe(catalog.sets.find((s) => s.id === summary.id)!.questions.length);
  }
});

test('GET /api/sets/{id} returns questions whose evidence is verbatim in the article', async ({ request }) => {
  const text = article.parse(await (await request.get(`/api/articles/${ARTICLE_ID}`)).json()).text;
  for (const set of catalog.sets) {
    const body = setDetail.parse(await (await request.get(`/api/sets/${set.id}`)).json());
    expect(body.article.id).toBe(ARTICLE_ID);
    expect(body.questions.map((q) => q.id)).toEqual(set.questions.map((q) => q.id));
    for (const q of body.questions) {
      if (q.type === 'single') expect(q.options).toContain(q.answer);
      if (q.type === 'multiple') for (const a of q.answer as string[]) expect(q.options).toContain(a);
      if (q.type === 'truefalse') expect(typeof q.answer).toBe('boolean');
      if (q.type === 'ordering') expect(Array.isArray(q.answer)).toBe(true);
      if (q.type !== 'single' && q.type !== 'multiple') expect(q.options).toBeUndefined();
      if (q.type !== 'typed') expect(q.accept).toBeUndefined();
      for (const quote of typeof q.evidence === 'string' ? [q.evidence] : q.evidence) {
        expect(normalise(text)).toContain(normalise(quote));
      }
    }
  }
});

test('GET /api/articles/{id} returns the full article', async ({ request }) => {
  const body = article.parse(await (await request.get(`/api/articles/${ARTICLE_ID}`)).json());
  expect(body.text.split(/\s+/).length).toBeGreaterThan(400);
  expect(body.text).toContain('Japan’s Kyodo news');
});

test('unknown ids are a JSON 404 and malformed ids a JSON 400 naming the field', async ({ request }) => {
  for (const path of ['/api/sets/no-such-set', '/api/articles/no-such-article', '/api/nothing-here']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    errorBody.parse(await response.json());
  }
  const bad = await request.get('/api/sets/Not%20A%20Slug!');
  expect(bad.status()).toBe(400);
  expect(errorBody.parse(await bad.json()).error.field).toBe('id');
});

test('the icon set is served, and a page load asks for nothing that is missing', async ({ request, page }) => {
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/icon.svg', 'image/svg+xml'],
    ['/apple-icon.png', 'image/png'],
    ['/icons/icon-192.png', 'image/png'],
    ['/icons/icon-512.png', 'image/png'],
    ['/icons/maskable-512.png', 'image/png'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('link[rel="icon"]').first()).toBeAttached();
  expect(missing).toEqual([]);
});

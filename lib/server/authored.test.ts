import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as exportRoute from '@/app/api/authored/[id]/export/route';
import * as authoredItem from '@/app/api/authored/[id]/route';
import * as authoredRoute from '@/app/api/authored/route';
import * as assignmentsRoute from '@/app/api/assignments/route';
import * as draftsRoute from '@/app/api/drafts/route';
import * as setRoute from '@/app/api/sets/[id]/route';
import { checkContent } from '@/lib/content/check';
import { draftToQuestion } from '@/lib/drafts/content';
import type { PublishInput } from '@/lib/drafts/publish';
import type { Draft } from '@/lib/drafts/types';
import { testDatabases } from '@/lib/testing/databases';
import { ctx, readJson, request, type Body } from '@/lib/testing/route-requests';
import { authoredService } from './authored';
import { PEER_HEADER } from './client';
import { useDatabaseForTests, type Database } from './db/client';
import { authoredArticles } from './db/schema';
import { LIMITS } from './limits';

/**
 * Drafting and publishing a teacher's own article over the route handlers, on PGlite and on
 * PostgreSQL: bad input is a 4xx naming the field, the content check guards publishing, the sets
 * stay private to the key holder until shared, and they can be assigned like shipped sets.
 */

const read = readJson;

const ARTICLE = {
  title: 'Library reopens after flood repairs',
  date: '2024-03-14',
  text: [
    'The central library in Uppsala reopened on Monday after a year of repairs following a flood in the basement.',
    'Mayor Anna Berg cut the ribbon in front of about 300 visitors, and the chief librarian, Jonas Lind, thanked the volunteers who saved the old maps.',
    'The repairs cost 4 million kronor, the city said. The library will now open on Sundays as well.',
    'Critics in Stockholm said the city waited too long to fix the drains. Berg said a new pump station would be built in Gottsund next year.',
  ].join('\n\n'),
};

describe.each(testDatabases)('authored articles on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    useDatabaseForTests(database);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  async function drafts(): Promise<{ sentences: string[]; drafts: Draft[]; more: Draft[] }> {
    const response = await draftsRoute.POST(request('/api/drafts', { body: ARTICLE }));
    expect(response.status).toBe(200);
    return (await response.json()) as { sentences: string[]; drafts: Draft[]; more: Draft[] };
  }

  async function publishInput(): Promise<PublishInput> {
    const { drafts: made } = await drafts();
    const paragraphs = ARTICLE.text.split('\n\n');
    return {
      title: ARTICLE.title,
      date: ARTICLE.date,
      paragraphs,
      sets: [
        { title: 'Who and where', category: 'who', description: '', questions: made.slice(0, 3).map(draftToQuestion) },
      ],
    };
  }

  it('drafts over HTTP: sentences as the reader numbers them, drafts in the question shape plus rank', async () => {
    const { sentences, drafts: made, more } = await drafts();
    expect(sentences[0]).toMatch(/^The central library in Uppsala reopened/);
    expect(made.length).toBeGreaterThanOrEqual(3);
    for (const draft of [...made, ...more]) {
      expect(draft).toMatchObject({
        id: expect.any(String),
        type: expect.any(String),
        prompt: expect.any(String),
        rank: expect.any(Number),
      });
      expect(sentences).toContain([draft.evidence].flat()[0]);
    }
  });

  it('refuses bad drafting input with a 4xx naming the field', async () => {
    const cases: Array<[{ raw?: string; body?: unknown }, number, string | undefined]> = [
      [{ raw: '{"title":' }, 400, 'body'],
      [{ body: { ...ARTICLE, title: '' } }, 400, 'title'],
      [{ body: { ...ARTICLE, date: '14/03/2024' } }, 400, 'date'],
      [{ body: { ...ARTICLE, text: 'Too short.' } }, 400, 'text'],
      [{ body: { ...ARTICLE, text: 'word '.repeat(7000) } }, 400, 'text'],
      [{ body: { ...ARTICLE, extra: 1 } }, 400, undefined],
      [{ raw: 'x'.repeat(70 * 1024) }, 413, 'body'],
    ];
    for (const [init, status, field] of cases) {
      const { status: got, body } = await read(await draftsRoute.POST(request('/api/drafts', init)));
      expect(got, JSON.stringify(body)).toBe(status);
      if (field) expect(body.error.field).toBe(field);
      expect(body.error.message).toEqual(expect.any(String));
    }
  });

  it('publishes, keeps the sets private, shares them on request, and exports files the content check accepts', async () => {
    const input = await publishInput();
    const created = await read(await authoredRoute.POST(request('/api/authored', { body: input })));
    expect(created.status).toBe(201);
    const { id, key } = created.body as { id: string; key: string };
    expect(id).toMatch(/^library-reopens-after-flood-repairs-[a-z0-9]{10}$/);

    // Without the key: the same 404 as an unknown article; the public set API never serves it.
    expect((await authoredItem.GET(request(`/api/authored/${id}`), ctx({ id }))).status).toBe(404);
    expect((await authoredItem.GET(request(`/api/authored/${id}`, { key: 'wrong' }), ctx({ id }))).status).toBe(404);
    const mine = await read(await authoredItem.GET(request(`/api/authored/${id}`, { key }), ctx({ id })));
    expect(mine.status).toBe(200);
    const setId = mine.body.sets[0].id as string;
    expect((await setRoute.GET(request(`/api/sets/${setId}`), ctx({ id: setId }))).status).toBe(404);
    expect(mine.body.shared).toBe(false);
    const service = authoredService(database.db);
    expect(await service.shared(id)).toBeNull();

    const shared = await read(
      await authoredItem.PATCH(
        request(`/api/authored/${id}`, { method: 'PATCH', key, body: { shared: true } }),
        ctx({ id }),
      ),
    );
    expect(shared.body.shared).toBe(true);
    const catalog = await service.shared(id);
    expect(catalog?.sets.find((s) => s.id === setId)?.questions).toHaveLength(3);
    expect(
      (
        await authoredItem.PATCH(
          request(`/api/authored/${id}`, { method: 'PATCH', key, body: { shared: 'yes' } }),
          ctx({ id }),
        )
      ).status,
    ).toBe(400);

    const exported = await read(await exportRoute.GET(request(`/api/authored/${id}/export`, { key }), ctx({ id })));
    const files = exported.body.files as { path: string; text: string }[];
    expect(files.map((f) => f.path)).toEqual([`content/articles/${id}.md`, `content/sets/${setId}.yaml`]);
    const checked = checkContent({
      articles: files.filter((f) => f.path.endsWith('.md')),
      sets: files.filter((f) => f.path.endsWith('.yaml')),
    });
    expect(checked.problems).toEqual([]);

    // Republishing keeps the question ids (progress and results key on them).
    const before = mine.body.sets[0].questions.map((q: Body) => q.id);
    const again = await read(
      await authoredItem.PUT(request(`/api/authored/${id}`, { method: 'PUT', key, body: input }), ctx({ id })),
    );
    expect(again.status).toBe(200);
    expect(again.body.sets[0].questions.map((q: Body) => q.id)).toEqual(before);
  });

  it('refuses a publish that fails the content check, naming the question and field', async () => {
    const input = await publishInput();
    const broken = structuredClone(input);
    const question = broken.sets[0]!.questions[0] as Body;
    question.evidence = 'A sentence the article never says.';
    const { status, body } = await read(await authoredRoute.POST(request('/api/authored', { body: broken })));
    expect(status).toBe(422);
    expect(body.error.problems[0]).toMatchObject({ item: question.id, field: 'evidence' });
    expect(body.error.message).toContain('quote is not in the article');

    const empty = await read(await authoredRoute.POST(request('/api/authored', { body: { ...input, sets: [] } })));
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('sets');
  });

  it('limits new articles per browser: refused ones do not count, one over the limit is a 429 and stores nothing', async () => {
    const input = await publishInput();
    const from = { [PEER_HEADER]: '192.0.2.99', cookie: 'nq_client=publish-limit-browser-1' };
    const publish = (body: unknown) => authoredRoute.POST(request('/api/authored', { body, headers: from }));
    const broken = structuredClone(input);
    (broken.sets[0]!.questions[0] as Body).evidence = 'A sentence the article never says.';
    for (let i = 0; i < LIMITS.publish.perBrowser + 2; i += 1) expect((await publish(broken)).status).toBe(422);
    for (let i = 0; i < LIMITS.publish.perBrowser; i += 1) expect((await publish(input)).status).toBe(201);
    const stored = await database.db.$count(authoredArticles);
    const refused = await read(await publish(input));
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/^Too many new articles published from this browser\. Try again in/);
    expect(await database.db.$count(authoredArticles)).toBe(stored);
  });

  it('refuses hostile publishes with a 4xx naming the field, never a 500', async () => {
    const input = await publishInput();
    let deep: Body = { id: 'deep' };
    for (let i = 0; i < 3000; i += 1) deep = { nested: deep };
    const cases: Array<[unknown, number, string]> = [
      [{ ...input, sets: [{ ...input.sets[0], questions: [deep] }] }, 400, 'sets.0.questions.0'],
      [{ ...input, source: 'javascript:alert(1)' }, 400, 'source'],
      [{ ...input, sets: [{ ...input.sets[0], key: 'Not A Key!' }] }, 400, 'sets.0.key'],
      [{ ...input, paragraphs: [] }, 400, 'paragraphs'],
    ];
    for (const [body, status, field] of cases) {
      const { status: got, body: answer } = await read(await authoredRoute.POST(request('/api/authored', { body })));
      expect(got, JSON.stringify(answer).slice(0, 200)).toBe(status);
      expect(answer.error.field).toBe(field);
    }
  });

  it('makes ASCII ids from any headline, and keeps set ids when sets are renamed', async () => {
    const input = await publishInput();
    const made = await read(
      await authoredRoute.POST(
        request('/api/authored', {
          body: { ...input, title: 'Tromsø får ny bro – Øst og Vest', sets: [{ ...input.sets[0], key: 'who' }] },
        }),
      ),
    );
    expect(made.status).toBe(201);
    expect(made.body.id).toMatch(/^tromso-far-ny-bro-ost-og-vest-[a-z0-9]{10}$/);
    const { id, key } = made.body as { id: string; key: string };
    const renamed = { ...input, sets: [{ ...input.sets[0], key: 'who', title: 'People in the story' }] };
    const again = await read(
      await authoredItem.PUT(request(`/api/authored/${id}`, { method: 'PUT', key, body: renamed }), ctx({ id })),
    );
    expect(again.body.sets[0].id).toBe(`${id}-who`);
    expect(again.body.sets[0].title).toBe('People in the story');
  });

  it('assigns a published set with the article key, and only with it', async () => {
    const input = await publishInput();
    const { body } = await read(await authoredRoute.POST(request('/api/authored', { body: input })));
    const mine = await read(
      await authoredItem.GET(request(`/api/authored/${body.id}`, { key: body.key }), ctx({ id: body.id })),
    );
    const setId = mine.body.sets[0].id as string;
    const assign = (article?: object) =>
      assignmentsRoute.POST(
        request('/api/assignments', {
          body: { title: 'My article', setIds: [setId], ...(article ? { article } : {}) },
        }),
      );
    expect((await assign()).status).toBe(400);
    const wrong = await read(await assign({ id: body.id, key: 'wrong' }));
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.field).toBe('article');
    const before = await read(
      await authoredItem.GET(request(`/api/authored/${body.id}`, { key: body.key }), ctx({ id: body.id })),
    );
    expect(before.body).toMatchObject({ shared: false, assignments: 0 });
    const made = await assign({ id: body.id, key: body.key });
    expect(made.status).toBe(201);
    // The article's page and the authoring screen learn that a class uses it.
    const after = await read(
      await authoredItem.GET(request(`/api/authored/${body.id}`, { key: body.key }), ctx({ id: body.id })),
    );
    expect(after.body.assignments).toBe(1);
  });
});

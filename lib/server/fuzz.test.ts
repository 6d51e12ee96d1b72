import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as studentAnswers from '@/app/api/a/[code]/attempts/[attemptId]/answers/route';
import * as studentSubmit from '@/app/api/a/[code]/attempts/[attemptId]/submit/route';
import * as studentAttempts from '@/app/api/a/[code]/attempts/route';
import * as studentView from '@/app/api/a/[code]/route';
import * as articleRoute from '@/app/api/articles/[id]/route';
import * as teacherAttempt from '@/app/api/assignments/[id]/attempts/[attemptId]/route';
import * as teacherExport from '@/app/api/assignments/[id]/export/route';
import * as teacherAssignment from '@/app/api/assignments/[id]/route';
import * as assignmentsRoute from '@/app/api/assignments/route';
import * as authoredExport from '@/app/api/authored/[id]/export/route';
import * as authoredItem from '@/app/api/authored/[id]/route';
import * as authoredRoute from '@/app/api/authored/route';
import * as draftsRoute from '@/app/api/drafts/route';
import * as previewRoute from '@/app/api/drafts/preview/route';
import * as healthRoute from '@/app/api/health/route';
import * as authRoute from '@/app/api/auth/[...all]/route';
import * as teacherRoute from '@/app/api/teacher/route';
import * as claimRoute from '@/app/api/teacher/claim/route';
import * as resultsLink from '@/app/api/assignments/[id]/results-link/route';
import * as joinRoute from '@/app/api/join/route';
import * as setRoute from '@/app/api/sets/[id]/route';
import * as setExport from '@/app/api/sets/[id]/export/route';
import { openDatabase, useDatabaseForTests, type Database } from './db/client';

/**
 * Every API route handler, called as Next calls it, with ≥ 1,000 generated malformed or hostile
 * requests each (fast-check): wrong types, huge strings, deep nesting, bad UTF-8, broken
 * percent-encoding and JSON, unknown and forged ids and keys, SQL and HTML fragments, wrong content
 * types. Every answer is below 500 and, when it refuses, JSON naming the problem; a refused request
 * writes nothing; the server answers a normal request afterwards.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const BASE = 'http://127.0.0.1:3000';
const ctx = <T extends object>(params: T) => ({ params: Promise.resolve(params) }) as never;

const FRAGMENTS = [
  "' OR '1'='1",
  "'; DROP TABLE attempts; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%ZZ',
  '%E0%A4%A',
  '\u0000',
  '\uD800',
  '\u202Eevil',
  'null',
  'NaN',
  '-1',
  '1e308',
  '💥'.repeat(50),
];

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...FRAGMENTS),
  fc.integer({ min: 1, max: 70_000 }).map((n) => 'x'.repeat(n)),
);

/** Values of every JSON type, nested, with hostile strings in them. */
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const FIELDS = [
  'title',
  'date',
  'text',
  'paragraphs',
  'sets',
  'questions',
  'setIds',
  'questionIds',
  'questionCount',
  'code',
  'displayName',
  'questionId',
  'revision',
  'response',
  'shared',
  'type',
  'minutes',
  'article',
  'key',
  'source',
  'answer',
];

/** An object with the fields the routes know, holding values of the wrong kind. */
const wrongFields = fc.dictionary(fc.constantFrom(...FIELDS), hostileValue, { minKeys: 1, maxKeys: 6 });

function deep(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
}

const rawBody = fc.oneof(
  hostileValue.map((v) => JSON.stringify(v) ?? 'null'),
  wrongFields.map((v) => JSON.stringify(v)),
  wrongFields.chain((v) => {
    const text = JSON.stringify(v);
    return fc.integer({ min: 0, max: Math.max(0, text.length - 1) }).map((cut) => text.slice(0, cut));
  }),
  fc.integer({ min: 100, max: 4000 }).map(deep),
  hostileString,
  fc.constant(''),
);

const body = fc.oneof(
  { weight: 5, arbitrary: rawBody.map((text) => ({ text: text as string | Uint8Array })) },
  // Bytes that are not UTF-8.
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ minLength: 1, maxLength: 64 })
      .map((bytes) => ({ text: new Uint8Array([0xff, 0xfe, ...bytes]) })),
  },
);

const contentType = fc.constantFrom(
  'application/json',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  '',
);

type Known = {
  assignmentId: string;
  code: string;
  teacherKey: string;
  attemptId: string;
  cookie: string;
  articleId: string;
  articleKey: string;
};

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A header as it arrives over HTTP: bytes, read one character per byte (UTF-8 text arrives as such bytes). */
function asHeader(value: string): string {
  // Control characters (NUL, CR, LF) cannot travel in a header at all.
  return Buffer.from(value.replace(/[\u0000-\u001f\u007f]/g, ' '), 'utf8').toString('latin1');
}

/** A path segment as a client would send it; a lone surrogate (no UTF-8 form) goes as broken escapes. */
function segment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

function makeRequest(
  path: string,
  method: string,
  init: { body?: string | Uint8Array; type?: string; key?: string; cookie?: string },
) {
  const headers = new Headers();
  if (init.type) headers.set('content-type', init.type);
  if (init.key !== undefined) headers.set('authorization', asHeader(`Bearer ${init.key}`));
  if (init.cookie) headers.set('cookie', asHeader(init.cookie));
  return new Request(`${BASE}${path}`, {
    method,
    headers,
    ...(BODY_METHODS.has(method) && init.body !== undefined ? { body: init.body as BodyInit } : {}),
  });
}

type Route = {
  name: string;
  method: string;
  /** Calls the handler with the given hostile parts. */
  call: (parts: {
    id: string;
    second: string;
    body?: string | Uint8Array;
    type?: string;
    key?: string;
    cookie?: string;
  }) => Promise<Response>;
};

function routes(): Route[] {
  const id = segment;
  return [
    {
      name: 'GET /api/sets/{id}',
      method: 'GET',
      call: (p) => setRoute.GET(makeRequest(`/api/sets/${id(p.id)}`, 'GET', {}), ctx({ id: p.id })),
    },
    {
      name: 'GET /api/sets/{id}/export?format={format}',
      method: 'GET',
      call: (p) =>
        setExport.GET(makeRequest(`/api/sets/${id(p.id)}/export?format=${id(p.second)}`, 'GET', {}), ctx({ id: p.id })),
    },
    {
      name: 'GET /api/articles/{id}',
      method: 'GET',
      call: (p) => articleRoute.GET(makeRequest(`/api/articles/${id(p.id)}`, 'GET', {}), ctx({ id: p.id })),
    },
    // Takes no input: the requests only check that nothing in them reaches it.
    { name: 'GET /api/health', method: 'GET', call: async () => healthRoute.GET() },
    { name: 'GET /api/teacher', method: 'GET', call: (p) => teacherRoute.GET(makeRequest('/api/teacher', 'GET', p)) },
    {
      name: 'POST /api/auth/{path}',
      method: 'POST',
      call: (p) => authRoute.POST(makeRequest(`/api/auth/${id(p.id)}`, 'POST', p)),
    },
    // Sign-in is on here (passkeys, and a school provider that does not answer): its real paths too.
    ...[
      'sign-in/social',
      'passkey/verify-registration',
      'passkey/verify-authentication',
      'passkey/delete-passkey',
      'revoke-sessions',
    ].map((path): Route => ({
      name: `POST /api/auth/${path}`,
      method: 'POST',
      call: (p) => authRoute.POST(makeRequest(`/api/auth/${path}`, 'POST', p)),
    })),
    {
      name: 'GET /api/auth/passkey/generate-register-options?context={name}',
      method: 'GET',
      call: (p) =>
        authRoute.GET(makeRequest(`/api/auth/passkey/generate-register-options?context=${id(p.id)}`, 'GET', p)),
    },
    {
      name: 'POST /api/teacher/claim',
      method: 'POST',
      call: (p) => claimRoute.POST(makeRequest('/api/teacher/claim', 'POST', p)),
    },
    {
      name: 'POST /api/assignments/{id}/results-link',
      method: 'POST',
      call: (p) =>
        resultsLink.POST(makeRequest(`/api/assignments/${id(p.id)}/results-link`, 'POST', p), ctx({ id: p.id })),
    },
    {
      name: 'DELETE /api/assignments/{id}/results-link',
      method: 'DELETE',
      call: (p) =>
        resultsLink.DELETE(makeRequest(`/api/assignments/${id(p.id)}/results-link`, 'DELETE', p), ctx({ id: p.id })),
    },
    { name: 'POST /api/drafts', method: 'POST', call: (p) => draftsRoute.POST(makeRequest('/api/drafts', 'POST', p)) },
    {
      name: 'POST /api/drafts/preview',
      method: 'POST',
      call: (p) => previewRoute.POST(makeRequest('/api/drafts/preview', 'POST', p)),
    },
    {
      name: 'POST /api/authored',
      method: 'POST',
      call: (p) => authoredRoute.POST(makeRequest('/api/authored', 'POST', p)),
    },
    {
      name: 'GET /api/authored/{id}',
      method: 'GET',
      call: (p) => authoredItem.GET(makeRequest(`/api/authored/${id(p.id)}`, 'GET', p), ctx({ id: p.id })),
    },
    {
      name: 'PUT /api/authored/{id}',
      method: 'PUT',
      call: (p) => authoredItem.PUT(makeRequest(`/api/authored/${id(p.id)}`, 'PUT', p), ctx({ id: p.id })),
    },
    {
      name: 'PATCH /api/authored/{id}',
      method: 'PATCH',
      call: (p) => authoredItem.PATCH(makeRequest(`/api/authored/${id(p.id)}`, 'PATCH', p), ctx({ id: p.id })),
    },
    {
      name: 'GET /api/authored/{id}/export',
      method: 'GET',
      call: (p) => authoredExport.GET(makeRequest(`/api/authored/${id(p.id)}/export`, 'GET', p), ctx({ id: p.id })),
    },
    {
      name: 'POST /api/assignments',
      method: 'POST',
      call: (p) => assignmentsRoute.POST(makeRequest('/api/assignments', 'POST', p)),
    },
    {
      name: 'GET /api/assignments/{id}',
      method: 'GET',
      call: (p) => teacherAssignment.GET(makeRequest(`/api/assignments/${id(p.id)}`, 'GET', p), ctx({ id: p.id })),
    },
    {
      name: 'PATCH /api/assignments/{id}',
      method: 'PATCH',
      call: (p) => teacherAssignment.PATCH(makeRequest(`/api/assignments/${id(p.id)}`, 'PATCH', p), ctx({ id: p.id })),
    },
    {
      name: 'GET /api/assignments/{id}/export',
      method: 'GET',
      call: (p) =>
        teacherExport.GET(
          makeRequest(`/api/assignments/${id(p.id)}/export?format=${id(p.second)}`, 'GET', p),
          ctx({ id: p.id }),
        ),
    },
    {
      name: 'PATCH /api/assignments/{id}/attempts/{attemptId}',
      method: 'PATCH',
      call: (p) =>
        teacherAttempt.PATCH(
          makeRequest(`/api/assignments/${id(p.id)}/attempts/${id(p.second)}`, 'PATCH', p),
          ctx({ id: p.id, attemptId: p.second }),
        ),
    },
    {
      name: 'DELETE /api/assignments/{id}/attempts/{attemptId}',
      method: 'DELETE',
      call: (p) =>
        teacherAttempt.DELETE(
          makeRequest(`/api/assignments/${id(p.id)}/attempts/${id(p.second)}`, 'DELETE', p),
          ctx({ id: p.id, attemptId: p.second }),
        ),
    },
    { name: 'POST /api/join', method: 'POST', call: (p) => joinRoute.POST(makeRequest('/api/join', 'POST', p)) },
    {
      name: 'GET /api/a/{code}',
      method: 'GET',
      call: (p) => studentView.GET(makeRequest(`/api/a/${id(p.id)}`, 'GET', p), ctx({ code: p.id })),
    },
    {
      name: 'POST /api/a/{code}/attempts',
      method: 'POST',
      call: (p) => studentAttempts.POST(makeRequest(`/api/a/${id(p.id)}/attempts`, 'POST', p), ctx({ code: p.id })),
    },
    {
      name: 'PUT /api/a/{code}/attempts/{attemptId}/answers',
      method: 'PUT',
      call: (p) =>
        studentAnswers.PUT(
          makeRequest(`/api/a/${id(p.id)}/attempts/${id(p.second)}/answers`, 'PUT', p),
          ctx({ code: p.id, attemptId: p.second }),
        ),
    },
    {
      name: 'POST /api/a/{code}/attempts/{attemptId}/submit',
      method: 'POST',
      call: (p) =>
        studentSubmit.POST(
          makeRequest(`/api/a/${id(p.id)}/attempts/${id(p.second)}/submit`, 'POST', p),
          ctx({ code: p.id, attemptId: p.second }),
        ),
    },
  ];
}

describe('fuzzing every API route', () => {
  let database: Database;
  let known: Known;

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of ['assignments', 'attempts', 'responses', 'authored_articles']) {
      const result = await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
      out[table] = Number((result as unknown as { rows: Array<{ n: number }> }).rows[0]!.n);
    }
    // What students saved and what teachers changed, so an update by a refused request shows too.
    const state = await database.db.execute(
      sql.raw(
        `select (select coalesce(sum(revision), 0) from responses)::int as revisions,
                (select count(*) from attempts where submitted_at is not null or removed_at is not null)::int as closed,
                (select count(*) from authored_articles where shared)::int as shared,
                (select coalesce(max(updated_at)::text, '') from authored_articles) as updated,
                (select count(*) from assignments where closed_at is not null)::int as closed_assignments`,
      ),
    );
    const row = (state as unknown as { rows: Array<Record<string, unknown>> }).rows[0]!;
    for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'number' ? value : String(value).length;
    return out;
  }

  const nodeEnv = process.env.NODE_ENV;
  beforeAll(async () => {
    // As in production, the content is read once (in development every request reads it again).
    (process.env as Record<string, string | undefined>).NODE_ENV = 'production';
    // Teacher sign-in on: passkeys, and a school account whose provider does not answer (port 9, discard).
    Object.assign(process.env, {
      APP_URL: 'http://localhost:3000',
      AUTH_SECRET: 'fuzz-secret-fuzz-secret-fuzz-secret-0123',
      OIDC_ISSUER: 'http://127.0.0.1:9',
      OIDC_CLIENT_ID: 'fuzz',
      OIDC_CLIENT_SECRET: 'fuzz',
    });
    database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    useDatabaseForTests(database);
    const made = (await (
      await assignmentsRoute.POST(
        new Request(`${BASE}/api/assignments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'Fuzz', setIds: ['kim-russia-who'], questionCount: 3 }),
        }),
      )
    ).json()) as { id: string; code: string; teacherKey: string };
    const started = await studentAttempts.POST(
      new Request(`${BASE}/api/a/${made.code}/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ displayName: 'Fuzzy' }),
      }),
      ctx({ code: made.code }),
    );
    const cookie = (started.headers.get('set-cookie') ?? '').split(';')[0]!;
    const attempt = ((await started.json()) as { attempt: { id: string } }).attempt;
    const authored = (await (
      await authoredRoute.POST(
        new Request(`${BASE}/api/authored`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            title: 'Fuzz article',
            date: '2024-01-01',
            paragraphs: ['Anna Berg visited Uppsala on Monday to open the new library.'],
            sets: [
              {
                title: 'Who',
                category: 'who',
                questions: [
                  {
                    id: 'who-opened',
                    type: 'typed',
                    prompt: 'Who opened the new library?',
                    answer: 'Anna Berg',
                    explanation: 'The article says so.',
                    evidence: 'Anna Berg visited Uppsala on Monday',
                  },
                ],
              },
            ],
          }),
        }),
      )
    ).json()) as { id: string; key: string };
    known = {
      assignmentId: made.id,
      code: made.code,
      teacherKey: made.teacherKey,
      attemptId: attempt.id,
      cookie,
      articleId: authored.id,
      articleKey: authored.key,
    };
  }, 60_000);

  afterAll(async () => {
    (process.env as Record<string, string | undefined>).NODE_ENV = nodeEnv;
    await database?.close();
  });

  /** Ids: forged, hostile, or the real one (so the body and key are what gets tested). */
  const idFor = (real: () => string) =>
    fc.oneof(hostileString, fc.constant('__real__')).map((value) => (value === '__real__' ? real() : value));

  it.each(routes().map((route) => [route.name, route] as const))(
    '%s: 1,000 hostile requests, none answered ≥ 500, none writes when refused',
    async (_name, route) => {
      const realId = () =>
        route.name.includes('/authored/')
          ? known.articleId
          : route.name.includes('/a/{code}')
            ? known.code
            : route.name.includes('/assignments/{id}')
              ? known.assignmentId
              : 'kim-russia-who';
      const realSecond = () =>
        route.name.includes('/sets/{id}/export') ? 'gift' : route.name.includes('export') ? 'wide' : known.attemptId;
      const realKey = () => (route.name.includes('/authored/') ? known.articleKey : known.teacherKey);
      let accepted = 0;
      const before = await counts();
      await fc.assert(
        fc.asyncProperty(
          idFor(realId),
          idFor(realSecond),
          body,
          contentType,
          fc.option(fc.oneof(hostileString, fc.constant('__real__')), { nil: undefined }),
          fc.boolean(),
          async (id, second, { text }, type, key, withCookie) => {
            const response = await route.call({
              id,
              second,
              body: text,
              type,
              key: key === '__real__' ? realKey() : key,
              cookie: withCookie ? known.cookie : undefined,
            });
            expect(response.status, `${route.name} answered ${response.status}`).toBeLessThan(500);
            if (response.status >= 400) {
              const answer = (await response.json()) as { error?: { message?: unknown } };
              expect(typeof answer.error?.message).toBe('string');
            } else {
              accepted += 1;
            }
          },
        ),
        { numRuns: RUNS },
      );
      const after = await counts();
      // Reading never writes; a change is refused unless some request was accepted.
      if (route.method === 'GET' || accepted === 0) expect(after).toEqual(before);
      // Healthy afterwards: a normal request still works.
      expect(
        (await setRoute.GET(makeRequest('/api/sets/kim-russia-who', 'GET', {}), ctx({ id: 'kim-russia-who' }))).status,
      ).toBe(200);
    },
    240_000,
  );
});

import http from 'node:http';
import { expect, test } from '@playwright/test';

/**
 * Rate limits on the running server, as a class and a guesser meet them (decision 022). Each test
 * connects from its own loopback address (127.x.y.z: the server sees that as the client's address),
 * so the limits one test uses up never touch another test, a retry, or the rest of the suite.
 */

type Reply = { status: number; headers: http.IncomingHttpHeaders; text: string };

/** One HTTP request from `from`, with no cookie jar unless one is passed. */
function call(
  baseURL: string,
  from: string,
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const url = new URL(path, baseURL);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        localAddress: from,
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...options.headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
      },
    );
    request.on('error', reject);
    if (body) request.write(body);
    request.end();
  });
}

/** The browser cookie the server gave, as a Cookie header. */
function browserCookie(reply: Reply): string {
  const set = [reply.headers['set-cookie'] ?? []].flat().find((line) => line.startsWith('nq_client='));
  expect(set, 'the server gives a browser cookie').toBeTruthy();
  return set!.split(';')[0]!;
}

/** A loopback address of this test's own. */
function ownAddress(): string {
  const byte = () => 1 + Math.floor(Math.random() * 250);
  return `127.${byte()}.${byte()}.${byte()}`;
}

async function createAssignment(baseURL: string) {
  const reply = await call(baseURL, ownAddress(), 'POST', '/api/assignments', {
    body: { title: 'Limits', setIds: ['kim-russia-who'], questionCount: 2 },
  });
  expect(reply.status).toBe(201);
  return JSON.parse(reply.text) as { id: string; code: string };
}

/** A code of the right shape that is not this assignment's (one letter changed). */
function typo(code: string): string {
  return `${code.slice(0, 5)}${code[5] === 'A' ? 'B' : 'A'}`;
}

test('a class of 60 behind one school address, each mistyping the code once, all join', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const made = await createAssignment(baseURL!);
  const school = ownAddress();
  const statuses: number[] = [];
  for (let i = 0; i < 60; i += 1) {
    // Each student's own browser: the join page gives it its cookie.
    const cookie = browserCookie(await call(baseURL!, school, 'GET', '/join'));
    const wrong = await call(baseURL!, school, 'POST', '/api/join', { cookie, body: { code: typo(made.code) } });
    expect(wrong.status).toBe(404);
    const right = await call(baseURL!, school, 'POST', '/api/join', { cookie, body: { code: made.code } });
    statuses.push(right.status);
  }
  expect(statuses.filter((status) => status === 200)).toHaveLength(60);
});

test('one browser that keeps guessing is stopped; its classmates still get in', async ({ baseURL }) => {
  const made = await createAssignment(baseURL!);
  const school = ownAddress();
  const cookie = browserCookie(await call(baseURL!, school, 'GET', '/join'));
  for (let i = 0; i < 10; i += 1) {
    expect(
      (await call(baseURL!, school, 'POST', '/api/join', { cookie, body: { code: typo(made.code) } })).status,
    ).toBe(404);
  }
  const refused = await call(baseURL!, school, 'POST', '/api/join', { cookie, body: { code: typo(made.code) } });
  expect(refused.status).toBe(429);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  expect(JSON.parse(refused.text)).toMatchObject({ error: { field: 'code' } });
  const classmate = browserCookie(await call(baseURL!, school, 'GET', '/join'));
  expect(
    (await call(baseURL!, school, 'POST', '/api/join', { cookie: classmate, body: { code: made.code } })).status,
  ).toBe(200);
});

test('a guesser that drops its cookie and forges X-Forwarded-For is stopped at the address ceiling', async ({
  baseURL,
}) => {
  test.setTimeout(90_000);
  const made = await createAssignment(baseURL!);
  const guesser = ownAddress();
  let refusedAt = -1;
  for (let i = 0; i < 320 && refusedAt < 0; i += 1) {
    const forged = `10.${i % 250}.${(i * 7) % 250}.${(i * 13) % 250}`;
    const reply = await call(baseURL!, guesser, 'POST', '/api/join', {
      body: { code: typo(made.code) },
      headers: { 'x-forwarded-for': forged, 'x-real-ip': forged, 'x-newsquiz-peer': forged },
    });
    if (reply.status === 429) refusedAt = i;
    else expect(reply.status).toBe(404);
  }
  expect(refusedAt).toBe(300);
  // Even the right code, from a fresh cookie, with yet another forged address.
  const fresh = browserCookie(await call(baseURL!, guesser, 'GET', '/join'));
  const right = await call(baseURL!, guesser, 'POST', '/api/join', {
    cookie: fresh,
    body: { code: made.code },
    headers: { 'x-forwarded-for': '203.0.113.77' },
  });
  expect(right.status).toBe(429);
  // Another address is unaffected.
  expect((await call(baseURL!, ownAddress(), 'POST', '/api/join', { body: { code: made.code } })).status).toBe(200);
});

test('an unknown code counts, and is refused, on every path that tells whether it exists', async ({ baseURL }) => {
  const guesser = ownAddress();
  const cookie = browserCookie(await call(baseURL!, guesser, 'GET', '/join'));
  const answer = { questionId: 'q', revision: 1, response: { type: 'typed', text: 'x' } };
  const paths: Array<[string, string, unknown?]> = [
    ['POST', '/api/join', { code: 'ZZZZZ2' }],
    ['GET', '/api/a/ZZZZZ3'],
    ['POST', '/api/a/ZZZZZ4/attempts', { displayName: 'Eve' }],
    ['PUT', '/api/a/ZZZZZ5/attempts/someattempt/answers', answer],
    ['POST', '/api/a/ZZZZZ6/attempts/someattempt/submit'],
    ['GET', '/a/ZZZZZ7'],
  ];
  let counted = 0;
  while (counted < 10) {
    const [method, path, body] = paths[counted % paths.length]!;
    expect((await call(baseURL!, guesser, method, path, { cookie, body })).status, `${method} ${path}`).toBe(404);
    counted += 1;
  }
  for (const [method, path, body] of paths) {
    const reply = await call(baseURL!, guesser, method, path, { cookie, body });
    if (path.startsWith('/api/')) expect(reply.status, `${method} ${path}`).toBe(429);
    else expect(reply.text).toContain('Too many wrong codes');
  }
});

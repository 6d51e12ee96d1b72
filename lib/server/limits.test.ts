import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as draftsRoute from '@/app/api/drafts/route';
import { testDatabases } from '@/lib/testing/databases';
import { readJson, request } from '@/lib/testing/route-requests';
import { PEER_HEADER, type Client } from './client';
import { useDatabaseForTests, type Database } from './db/client';
import { daysToFindAnAssignment, LIMITS, RateLimited, rateLimiter } from './limits';

describe('the guesser figure', () => {
  const readme = readFileSync(path.join(process.cwd(), 'README.md'), 'utf8').replace(/\s+/g, ' ');

  it('is what the README says, from the code space and the limit', () => {
    const one = daysToFindAnAssignment(1);
    expect(Math.floor(one)).toBe(10_272);
    expect(readme).toContain(
      `**${Math.floor(one / 365.25)} years** to find the one open assignment (${Math.floor(one).toLocaleString('en-GB')} days)`,
    );
    expect(readme).toContain(`**${Math.round(daysToFindAnAssignment(100))} days** if 100 are open`);
    expect(readme).toContain(`**${Math.round(daysToFindAnAssignment(1000))} days** if 1,000 are`);
    const { perBrowser, perAddress } = LIMITS['code-guess'];
    expect(readme).toContain(`a browser is refused after ${perBrowser} wrong codes, an address after ${perAddress}`);
  });
});

describe.each(testDatabases)('rate limits on $name', ({ open }) => {
  let database: Database;
  let clock = new Date('2026-12-01T09:00:00Z');
  beforeAll(async () => {
    database = await open();
    useDatabaseForTests(database);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it('refuse a browser at its limit with the time left, and start afresh in the next window', async () => {
    const limiter = rateLimiter(database.db, () => clock);
    const teacher: Client = { browser: 'teacher-browser-00001', address: '192.0.2.10' };
    for (let i = 0; i < LIMITS.drafts.perBrowser; i += 1) await limiter.take('drafts', teacher);
    clock = new Date(clock.getTime() + 4 * 60_000);
    const refused = await limiter.take('drafts', teacher).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimited);
    expect((refused as RateLimited).retryAfterSeconds).toBe(6 * 60);
    expect((refused as RateLimited).message).toBe(
      'Too many articles drafted from this browser. Try again in 6 minutes.',
    );
    // A colleague at the same school is not held up.
    await limiter.take('drafts', { browser: 'colleague-browser-001', address: '192.0.2.10' });
    clock = new Date(clock.getTime() + LIMITS.drafts.windowMs);
    await expect(limiter.take('drafts', teacher)).resolves.toBeUndefined();
  });

  it('answer a drafting request over the limit with a 429 JSON error and Retry-After', async () => {
    const client: Client = { browser: null, address: '192.0.2.20' };
    const limiter = rateLimiter(database.db);
    for (let i = 0; i < LIMITS.drafts.perBrowser; i += 1) await limiter.count('drafts', client);
    const body = { title: 'Library reopens', date: '2024-03-14', text: 'The library reopened on Monday. '.repeat(20) };
    const response = await draftsRoute.POST(
      request('/api/drafts', { body, headers: { [PEER_HEADER]: client.address } }),
    );
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await readJson(response)).body).toMatchObject({
      error: { message: expect.stringMatching(/^Too many articles/) },
    });
    // Another address drafts as usual.
    const other = await draftsRoute.POST(request('/api/drafts', { body, headers: { [PEER_HEADER]: '192.0.2.21' } }));
    expect(other.status).toBe(200);
  });
});

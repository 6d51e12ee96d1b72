import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/lib/testing/databases';
import { authFor } from './auth';
import type { Database } from './db/client';
import { authSessions } from './db/schema';

/**
 * Teachers' sessions (issue 17), on PGlite and PostgreSQL, through better-auth as the app sets it
 * up: a session cookie opens the session; a stolen cookie past its expiry, one after "sign out
 * everywhere", and one with a forged signature open nothing.
 */

const APP_URL = 'http://localhost:3000';
const SECRET = 'sessions-test-secret-sessions-test-secret';

/** The cookie a browser holds for a session: its token, signed with the app's secret (as better-call signs it). */
function cookieFor(token: string, secret = SECRET): string {
  const signature = createHmac('sha256', secret).update(token).digest('base64');
  return `newsquiz.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

describe.each(testDatabases)('teacher sessions on $name', ({ open }) => {
  let database: Database;
  let auth: ReturnType<typeof authFor>;
  const userOf = async (cookie: string) =>
    (await auth.api.getSession({ headers: new Headers({ cookie }) }))?.user.id ?? null;

  beforeAll(async () => {
    database = await open();
    auth = authFor({ appUrl: APP_URL, secret: SECRET, oidc: null, passkeys: true }, database.db);
  }, 60_000);
  afterAll(async () => {
    await database.close();
  });

  async function newSession(email: string) {
    const context = await auth.$context;
    const existing = await context.internalAdapter.findUserByEmail(email);
    const user =
      existing?.user ?? (await context.internalAdapter.createUser({ name: email, email }, { method: 'admin' }));
    const session = await context.internalAdapter.createSession(user.id);
    return { userId: user.id, cookie: cookieFor(session.token), token: session.token };
  }

  it('a session cookie opens its session; a forged signature opens nothing', async () => {
    const { userId, cookie, token } = await newSession('a@school.test');
    expect(await userOf(cookie)).toBe(userId);
    expect(await userOf(cookieFor(token, 'another-secret-another-secret-another'))).toBeNull();
    expect(await userOf(`newsquiz.session_token=${token}`)).toBeNull();
  });

  it('a stolen cookie kept past the session’s expiry opens nothing', async () => {
    const { cookie, token } = await newSession('b@school.test');
    await database.db
      .update(authSessions)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(authSessions.token, token));
    expect(await userOf(cookie)).toBeNull();
  });

  it('sign out everywhere ends every session of that teacher, and no one else’s', async () => {
    const first = await newSession('c@school.test');
    const second = await newSession('c@school.test');
    const other = await newSession('d@school.test');
    expect(second.userId).toBe(first.userId);
    // Refused from another site, even with the cookie.
    const forged = await auth.handler(
      new Request(`${APP_URL}/api/auth/revoke-sessions`, {
        method: 'POST',
        headers: { cookie: second.cookie, origin: 'http://evil.test', 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(await userOf(first.cookie)).toBe(first.userId);
    const revoked = await auth.handler(
      new Request(`${APP_URL}/api/auth/revoke-sessions`, {
        method: 'POST',
        headers: { cookie: second.cookie, origin: APP_URL, 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    expect(revoked.status).toBe(200);
    expect(await userOf(first.cookie)).toBeNull();
    expect(await userOf(second.cookie)).toBeNull();
    expect(await userOf(other.cookie)).toBe(other.userId);
  });
});

import 'server-only';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { genericOAuth } from 'better-auth/plugins';
import { getDb } from './db/client';
import { authAccounts, authSessions, authUsers, authVerifications } from './db/schema';
import { authConfig, type AuthConfig } from './env';

/**
 * Teachers sign in with their school account (OpenID Connect, issue 17; decision 028), through
 * better-auth on the app's own database: sessions in httpOnly cookies, seven days, renewed daily,
 * revocable one by one or all at once. Off unless configured (lib/server/env.ts): then every
 * teacher page and API works with key links only, as before. Students never sign in.
 */

export const PROVIDER_ID = 'school';
const SESSION_DAYS = 7;

function makeAuth(config: AuthConfig, db: Awaited<ReturnType<typeof getDb>>) {
  return betterAuth({
    baseURL: config.appUrl,
    secret: config.secret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: authUsers, session: authSessions, account: authAccounts, verification: authVerifications },
    }),
    emailAndPassword: { enabled: false },
    trustedOrigins: [config.appUrl],
    session: { expiresIn: SESSION_DAYS * 86_400, updateAge: 86_400 },
    telemetry: { enabled: false },
    // Per address, in this process: a school's staff share one address, so sign-in allows 30 a
    // minute there (better-auth's default is 3 in 10 seconds), the rest 300 a minute.
    rateLimit: { enabled: true, window: 60, max: 300, customRules: { '/sign-in/*': { window: 60, max: 30 } } },
    advanced: {
      cookiePrefix: 'newsquiz',
      // Checked whatever NODE_ENV says (better-auth skips it under test by default).
      disableOriginCheck: false,
      useSecureCookies: config.appUrl.startsWith('https://'),
    },
    plugins: [
      genericOAuth({
        config: [
          {
            providerId: PROVIDER_ID,
            discoveryUrl: `${config.issuer}/.well-known/openid-configuration`,
            clientId: config.clientId,
            clientSecret: config.clientSecret,
            scopes: ['openid', 'email', 'profile'],
            pkce: true,
            requireIdTokenVerification: true,
          },
        ],
      }),
    ],
  });
}

type Auth = ReturnType<typeof makeAuth>;
const holder = globalThis as typeof globalThis & { __newsquizAuth?: Promise<Auth | null> };

/** The sign-in service, or null when teacher sign-in is not configured. */
export function getAuth(): Promise<Auth | null> {
  holder.__newsquizAuth ??= (async () => {
    const config = authConfig();
    return config ? makeAuth(config, await getDb()) : null;
  })().catch((error: unknown) => {
    holder.__newsquizAuth = undefined;
    throw error;
  });
  return holder.__newsquizAuth;
}

export type Teacher = { id: string; name: string; email: string };

/**
 * The signed-in teacher making this request, or null. A request that changes something (not GET or
 * HEAD) is only taken as the teacher's when it comes from the app's own pages (its Origin is the
 * app's): a session cookie alone never authorises a change sent from another site.
 */
export async function teacherOf(request: { headers: Headers; method?: string }): Promise<Teacher | null> {
  const auth = await getAuth();
  if (!auth) return null;
  const method = (request.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    const origin = request.headers.get('origin');
    if (origin !== authConfig()!.appUrl) return null;
  }
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email };
}

/** What the teacher pages say about sign-in: whether it is set up, and what the button calls the account. */
export function signInInfo(): { configured: boolean; providerName: string | null } {
  const config = authConfig();
  return { configured: config !== null, providerName: config?.providerName ?? null };
}

/** The signed-in teacher's id, for the services' owner checks (null when no one is signed in). */
export async function viewerId(request: { headers: Headers; method?: string }): Promise<string | null> {
  return (await teacherOf(request))?.id ?? null;
}

import 'server-only';
import { passkey } from '@better-auth/passkey';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError } from 'better-auth/api';
import { genericOAuth } from 'better-auth/plugins';
import { getDb } from './db/client';
import { authAccounts, authPasskeys, authSessions, authUsers, authVerifications } from './db/schema';
import { authConfig, type AuthConfig } from './env';
import { newId } from './secrets';

/**
 * Teachers sign in with their school account (OpenID Connect) or a passkey (issue 17; decisions 028,
 * 029), through better-auth on the app's own database: sessions in httpOnly cookies, seven days,
 * renewed daily, revocable one by one or all at once. Off unless configured (lib/server/env.ts): then
 * every teacher page and API works with key links only, as before. Students never sign in.
 */

export const PROVIDER_ID = 'school';
const SESSION_DAYS = 7;
/** Where a passkey-first account's required e-mail points: nowhere (RFC 2606), never linked to anything. */
const NO_EMAIL_DOMAIN = 'passkey.invalid';
const NEW_USER = 'new:';

/** A teacher's name for a passkey-first account, as typed: 1 to 80 characters. */
function teacherName(raw: string | null): string {
  const name = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (name.length < 1 || name.length > 80) {
    throw new APIError('BAD_REQUEST', { message: 'name: say what to call you (1 to 80 characters)' });
  }
  return name;
}

/**
 * Passkeys: a signed-in teacher adds one to their account; a teacher without a school account
 * makes an account with a passkey alone (better-auth never creates a user from a passkey, so the
 * user is made here, in the same transaction as the passkey, only once the browser's answer is
 * verified). Such an account has no e-mail address: its placeholder is never verified, so it can
 * never be linked to a school account of the same address.
 */
function passkeys(config: AuthConfig) {
  return passkey({
    rpName: 'Newsquiz',
    rpID: new URL(config.appUrl).hostname,
    origin: config.appUrl,
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    registration: {
      requireSession: false,
      resolveUser: ({ context }) => {
        const name = teacherName(context ?? null);
        return { id: `${NEW_USER}${newId()}`, name, displayName: name };
      },
      afterVerification: async ({ ctx, user }) => {
        if (!user.id.startsWith(NEW_USER)) return; // a signed-in teacher's own account
        const created = await ctx.context.internalAdapter.createUser(
          {
            name: user.displayName ?? user.name,
            email: `${user.id.slice(NEW_USER.length).toLowerCase()}@${NO_EMAIL_DOMAIN}`,
            emailVerified: false,
          },
          { method: 'passkey' },
        );
        return { userId: created.id };
      },
    },
  });
}

export function authFor(config: AuthConfig, db: Awaited<ReturnType<typeof getDb>>) {
  return betterAuth({
    baseURL: config.appUrl,
    secret: config.secret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: authUsers,
        session: authSessions,
        account: authAccounts,
        verification: authVerifications,
        passkey: authPasskeys,
      },
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
      ...(config.passkeys ? [passkeys(config)] : []),
      ...(config.oidc
        ? [
            genericOAuth({
              config: [
                {
                  providerId: PROVIDER_ID,
                  discoveryUrl: `${config.oidc.issuer}/.well-known/openid-configuration`,
                  clientId: config.oidc.clientId,
                  clientSecret: config.oidc.clientSecret,
                  scopes: ['openid', 'email', 'profile'],
                  pkce: true,
                  requireIdTokenVerification: true,
                },
              ],
            }),
          ]
        : []),
    ],
  });
}

type Auth = ReturnType<typeof authFor>;
const holder = globalThis as typeof globalThis & { __newsquizAuth?: Promise<Auth | null> };

/** The sign-in service, or null when teacher sign-in is not configured. */
export function getAuth(): Promise<Auth | null> {
  holder.__newsquizAuth ??= (async () => {
    const config = authConfig();
    return config ? authFor(config, await getDb()) : null;
  })().catch((error: unknown) => {
    holder.__newsquizAuth = undefined;
    throw error;
  });
  return holder.__newsquizAuth;
}

/** email is null for an account made with a passkey alone. */
export type Teacher = { id: string; name: string; email: string | null };

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
  const { id, name, email } = session.user;
  return { id, name, email: email.endsWith(`@${NO_EMAIL_DOMAIN}`) ? null : email };
}

export type SignInInfo = { configured: boolean; providerName: string | null; passkeys: boolean };

/** What the teacher pages say about sign-in: whether it is set up, with a school account (named) and passkeys. */
export function signInInfo(): SignInInfo {
  const config = authConfig();
  return {
    configured: config !== null,
    providerName: config?.oidc?.providerName ?? null,
    passkeys: config?.passkeys ?? false,
  };
}

/** A signed-in teacher's passkeys, newest first (names and dates only). */
export async function passkeysOf(request: {
  headers: Headers;
}): Promise<{ id: string; name: string | null; createdAt: string }[]> {
  const auth = await getAuth();
  if (!auth || !authConfig()?.passkeys) return [];
  const list = await auth.api.listPasskeys({ headers: request.headers });
  return list
    .map((p) => ({ id: p.id, name: p.name ?? null, createdAt: new Date(p.createdAt ?? 0).toISOString() }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The signed-in teacher's id, for the services' owner checks (null when no one is signed in). */
export async function viewerId(request: { headers: Headers; method?: string }): Promise<string | null> {
  return (await teacherOf(request))?.id ?? null;
}

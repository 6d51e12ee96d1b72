import 'server-only';
import path from 'node:path';
import { z } from 'zod';

/**
 * The server's environment, parsed once: a malformed DATABASE_URL stops the server with a message
 * instead of failing on the first request.
 *  - DATABASE_URL unset: PGlite (PostgreSQL in WebAssembly, in this process), stored in PGLITE_DIR
 *    (default ./data/pglite; "memory://" keeps nothing).
 *  - DATABASE_URL=postgres://…: that PostgreSQL server, for several app instances behind a balancer.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PGLITE_DIR: z
    .string()
    .trim()
    .min(1)
    .default(path.join(process.cwd(), 'data', 'pglite')),
});

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid environment: ${issue.path.join('.')} ${issue.message}`);
  }
  const { DATABASE_URL, PGLITE_DIR } = parsed.data;
  return DATABASE_URL ? { kind: 'postgres', url: DATABASE_URL } : { kind: 'pglite', dataDir: PGLITE_DIR };
}

/**
 * Teacher sign-in (issue 17; decisions 028, 029). Off by default: the app works with key links, as
 * before. On when AUTH_SECRET or OIDC_ISSUER is set, and then what goes with it is required (a
 * half-set sign-in stops the server with the name of what is missing):
 *  - APP_URL: the address teachers open the app at (its origin; passkeys belong to its host name,
 *    so https, or http://localhost); AUTH_SECRET: 32 characters or more, which sign the session cookies.
 *    These two alone turn on passkeys, for teachers whose school has no identity provider.
 *  - OIDC_ISSUER: the school's OpenID Connect provider (its discovery document is read from
 *    OIDC_ISSUER/.well-known/openid-configuration), e.g. https://accounts.google.com or
 *    https://login.microsoftonline.com/<tenant>/v2.0, with OIDC_CLIENT_ID and OIDC_CLIENT_SECRET of
 *    the app registered there (redirect URI APP_URL/api/auth/callback/school), and OIDC_NAME, what
 *    the sign-in button calls the account ("Sign in with …"), default "your school account".
 */
const baseAuthSchema = z.object({
  APP_URL: z.url({ protocol: /^https?$/, error: 'must be the app’s own address (https://…), set when sign-in is on' }),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters, set when sign-in is on'),
});
const oidcSchema = z.object({
  OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be the identity provider’s issuer URL' }),
  OIDC_CLIENT_ID: z.string().trim().min(1, 'must be set when OIDC_ISSUER is'),
  OIDC_CLIENT_SECRET: z.string().trim().min(1, 'must be set when OIDC_ISSUER is'),
  OIDC_NAME: z.string().trim().min(1).max(60).default('your school account'),
});

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; providerName: string };
/** passkeys: whether browsers will make passkeys for APP_URL (https, or http://localhost). */
export type AuthConfig = { appUrl: string; secret: string; oidc: OidcConfig | null; passkeys: boolean };

function parseOrThrow<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid environment: ${issue.path.join('.')} ${issue.message}`);
  }
  return parsed.data;
}

export function authConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig | null {
  const wantsOidc = Boolean(env.OIDC_ISSUER?.trim());
  if (!wantsOidc && !env.AUTH_SECRET) return null;
  const { APP_URL, AUTH_SECRET } = parseOrThrow(baseAuthSchema, env);
  const appUrl = new URL(APP_URL);
  // Browsers make passkeys only on https pages or http://localhost, and never for an IP address.
  const passkeys =
    !/^\[|^\d+\.\d+\.\d+\.\d+$/.test(appUrl.hostname) &&
    (appUrl.protocol === 'https:' || appUrl.hostname === 'localhost');
  if (!passkeys && !wantsOidc) {
    throw new Error('Invalid environment: APP_URL must be https://<host name> (or http://localhost) for passkeys');
  }
  let oidc: OidcConfig | null = null;
  if (wantsOidc) {
    const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = parseOrThrow(oidcSchema, env);
    oidc = {
      issuer: OIDC_ISSUER.replace(/\/+$/, ''),
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      providerName: OIDC_NAME,
    };
  }
  return { appUrl: appUrl.origin, secret: AUTH_SECRET, oidc, passkeys };
}

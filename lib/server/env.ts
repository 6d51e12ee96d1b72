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
 * Teacher sign-in (issue 17) with a school account through OpenID Connect: on when OIDC_ISSUER is
 * set, and then every other setting is required (a half-set sign-in stops the server with the
 * name of what is missing). Off by default: the app works with key links, as before.
 *  - OIDC_ISSUER: the provider's issuer URL (its discovery document is read from
 *    OIDC_ISSUER/.well-known/openid-configuration), e.g. https://accounts.google.com or
 *    https://login.microsoftonline.com/<tenant>/v2.0.
 *  - OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: the app registered with that provider, whose redirect URI
 *    is APP_URL/api/auth/callback/school.
 *  - OIDC_NAME: what the sign-in button calls the account ("Sign in with …"), default "your school account".
 *  - APP_URL: the address teachers open the app at (its origin); AUTH_SECRET: 32 characters or more,
 *    which sign the session cookies.
 */
const authSchema = z.object({
  OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be the identity provider’s issuer URL' }),
  OIDC_CLIENT_ID: z.string().trim().min(1, 'must be set when OIDC_ISSUER is'),
  OIDC_CLIENT_SECRET: z.string().trim().min(1, 'must be set when OIDC_ISSUER is'),
  OIDC_NAME: z.string().trim().min(1).max(60).default('your school account'),
  APP_URL: z.url({ protocol: /^https?$/, error: 'must be the app’s own address (https://…), set when OIDC_ISSUER is' }),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters, set when OIDC_ISSUER is'),
});

export type AuthConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  providerName: string;
  appUrl: string;
  secret: string;
};

export function authConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig | null {
  if (!env.OIDC_ISSUER?.trim()) return null;
  const parsed = authSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid environment: ${issue.path.join('.')} ${issue.message}`);
  }
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME, APP_URL, AUTH_SECRET } = parsed.data;
  return {
    issuer: OIDC_ISSUER.replace(/\/+$/, ''),
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    providerName: OIDC_NAME,
    appUrl: new URL(APP_URL).origin,
    secret: AUTH_SECRET,
  };
}

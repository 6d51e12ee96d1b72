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

import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { databaseConfig, type DatabaseConfig } from '@/lib/server/env';
import * as schema from './schema';

/**
 * One database per process: PGlite by default, PostgreSQL when DATABASE_URL is set. The same
 * schema and migrations (drizzle/) serve both; they are applied before the first query. Kept on
 * globalThis so a hot reload in development does not open PGlite twice on the same folder.
 */

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Database = { db: Db; kind: DatabaseConfig['kind']; close: () => Promise<void> };

const MIGRATIONS = path.join(process.cwd(), 'drizzle');

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    const [{ Pool }, { drizzle }, { migrate }] = await Promise.all([
      import('pg'),
      import('drizzle-orm/node-postgres'),
      import('drizzle-orm/node-postgres/migrator'),
    ]);
    const pool = new Pool({ connectionString: config.url, max: 10 });
    // An idle connection the server drops (a restart, a failover) must not crash the process.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    const db = drizzle({ client: pool, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    return { db: db as unknown as Db, kind: 'postgres', close: () => pool.end() };
  }
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  if (!config.dataDir.startsWith('memory://')) mkdirSync(config.dataDir, { recursive: true });
  // PGlite's defaults on purpose: a commit's WAL is written to the OS before the query returns, so a
  // killed process loses nothing it acknowledged (a power cut can: its Node filesystem ignores fsync).
  // synchronous_commit=off would lose even that, as no WAL writer runs. docs/decisions/019-crash-safety.md
  const client = await PGlite.create(config.dataDir);
  const db = drizzle({ client, schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}

const holder = globalThis as typeof globalThis & { __newsquizDb?: Promise<Database> };

/** The process's database, opened (and migrated) on first use. */
export async function getDatabase(): Promise<Database> {
  holder.__newsquizDb ??= openDatabase(databaseConfig()).catch((error: unknown) => {
    holder.__newsquizDb = undefined; // try again on the next request rather than failing forever
    throw error;
  });
  return holder.__newsquizDb;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Tests: use this database for the process (a fresh PGlite in memory, or a test PostgreSQL database). */
export function useDatabaseForTests(database: Database): void {
  holder.__newsquizDb = Promise.resolve(database);
}

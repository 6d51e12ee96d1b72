import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openDatabase, type Database } from '@/lib/server/db/client';

/**
 * The databases the server tests run against: PGlite in memory always, and PostgreSQL when
 * TEST_DATABASE_URL names a server (npm test sets it when one answers; see scripts/test-all.mjs).
 * Each PostgreSQL suite gets a database of its own, dropped afterwards.
 */

export type TestDatabase = { name: 'PGlite' | 'PostgreSQL'; open: () => Promise<Database> };

const adminUrl = process.env.TEST_DATABASE_URL;

export const POSTGRES_SKIPPED = adminUrl
  ? null
  : 'PostgreSQL skipped: TEST_DATABASE_URL is not set (npm test sets it when a PostgreSQL server answers).';

export const testDatabases: TestDatabase[] = [
  { name: 'PGlite', open: () => openDatabase({ kind: 'pglite', dataDir: 'memory://' }) },
  ...(adminUrl ? [{ name: 'PostgreSQL' as const, open: () => openPostgres(adminUrl) }] : []),
];

async function openPostgres(url: string): Promise<Database> {
  const name = `newsquiz_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: target.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

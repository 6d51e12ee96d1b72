import { getDatabase } from './client';

/** Opens (and migrates) the database at server start; see instrumentation.ts. */
export async function openAtStartup(): Promise<void> {
  const started = Date.now();
  const database = await getDatabase();
  console.log(
    `Database ready: ${database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'PGlite'} in ${Date.now() - started} ms`,
  );
}

import pg from 'pg';

/**
 * The PostgreSQL the server tests may use: TEST_DATABASE_URL, or the local default
 * (postgres@127.0.0.1:5432, as .ci/run sets up). Null when nothing answers within 3 s; the tests
 * then run on PGlite only and the summary says PostgreSQL was skipped.
 */
export async function findPostgres() {
  const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

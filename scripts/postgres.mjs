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

/** A fresh database on that server, for one test run; drop() removes it. */
export async function createDatabase(url, prefix) {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      try {
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
      } catch (error) {
        console.warn(`Could not drop the test database ${name}: ${error.message}`);
      } finally {
        await client.end().catch(() => {});
      }
    },
  };
}

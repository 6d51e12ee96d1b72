import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * App servers of the tests' own (not playwright.config.ts's shared one): `next start` of the
 * production build in a process group of its own, on a fresh PGlite directory or PostgreSQL database.
 * Used by the crash-safety and scale-out flows.
 */

const root = path.resolve(__dirname, '..');

// ── The server, in a process group of its own ─────────────────────────────────────────────────────

export type Server = { url: string; child: ChildProcess; output: string[]; exited: Promise<void> };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startServer(
  port: number,
  database: { PGLITE_DIR: string; DATABASE_URL: string },
  env: Record<string, string> = {},
): Promise<Server> {
  const child = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    // Its own process group: the kill reaches next start and anything it spawns.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...database, ...env },
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server = { url: `http://127.0.0.1:${port}`, child, output, exited };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start stopped before answering:\n${output.join('')}`);
    }
    try {
      // Next answers only once instrumentation.ts has opened and migrated the database.
      if ((await fetch(`${server.url}/api/sets`)).ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await kill(server);
      throw new Error(`next start did not answer within 60 s:\n${output.join('')}`);
    }
    await sleep(100);
  }
}

/** SIGKILL to the whole process group; returns once no process of the group is left. */
export async function kill(server: Server): Promise<void> {
  const group = server.child.pid!;
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // already gone
  }
  await server.exited;
  for (let tries = 0; ; tries += 1) {
    try {
      process.kill(-group, 0);
    } catch {
      return; // ESRCH: nothing of the group is left, the database's holder included
    }
    if (tries > 100) throw new Error(`process group ${group} survived SIGKILL`);
    await sleep(20);
  }
}

export async function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

// ── The databases ─────────────────────────────────────────────────────────────────────────────────

/** The PostgreSQL server the tests may use (scripts/postgres.mjs): TEST_DATABASE_URL, else the local default. */
export const POSTGRES_ADMIN_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export async function postgresAnswers(): Promise<boolean> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function adminQuery(text: string): Promise<void> {
  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

export type Storage = {
  env: { PGLITE_DIR: string; DATABASE_URL: string };
  /** Rows of a query, read directly from the storage (the server is stopped). */
  query: <T>(text: string, params: unknown[]) => Promise<T[]>;
  remove: () => Promise<void>;
};

export function pgliteStorage(): Storage {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsquiz-crash-'));
  const dataDir = path.join(dir, 'pglite');
  return {
    env: { PGLITE_DIR: dataDir, DATABASE_URL: '' },
    query: async <T>(text: string, params: unknown[]) => {
      const { PGlite } = await import('@electric-sql/pglite');
      const db = await PGlite.create(dataDir);
      try {
        return (await db.query<T>(text, params)).rows;
      } finally {
        await db.close();
      }
    },
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresStorage(): Promise<Storage> {
  const name = `newsquiz_crash_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const target = new URL(POSTGRES_ADMIN_URL);
  target.pathname = `/${name}`;
  const url = target.toString();
  return {
    env: { PGLITE_DIR: path.join(os.tmpdir(), `${name}-unused`), DATABASE_URL: url },
    query: async <T>(text: string, params: unknown[]) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    remove: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}

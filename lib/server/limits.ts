import 'server-only';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@/lib/assign/codes';
import { AssignmentError, type Clock } from './assignments/core';
import type { Client } from './client';
import type { Db } from './db/client';
import { rateLimits } from './db/schema';

/**
 * Rate limits in fixed windows, counted in the database (so every instance of the app shares them),
 * per browser and per network address (decision 022). The per-address ceilings are far above what
 * one classroom behind one school address reaches; the per-browser ones stop a script that keeps
 * its cookie, and the per-address ones one that does not.
 */
export const LIMITS = {
  /** Wrong join codes, on every path that tells whether a code exists (join, the student page and API). */
  'code-guess': {
    windowMs: 10 * 60_000,
    perBrowser: 10,
    perAddress: 300,
    message: 'Too many wrong codes from this browser.',
    field: 'code',
  },
  /** Drafting questions from a pasted article (POST /api/drafts): ~0.1–0.5 s of the server's CPU each. */
  drafts: {
    windowMs: 10 * 60_000,
    perBrowser: 30,
    perAddress: 200,
    message: 'Too many articles drafted from this browser.',
    field: undefined,
  },
  /** Previews of an article before publishing (POST /api/drafts/preview): a content check each, nothing kept. */
  preview: {
    windowMs: 10 * 60_000,
    perBrowser: 60,
    perAddress: 400,
    message: 'Too many previews from this browser.',
    field: undefined,
  },
  /** New teacher's articles (POST /api/authored): each keeps up to 256 KB. */
  publish: {
    windowMs: 60 * 60_000,
    perBrowser: 20,
    perAddress: 100,
    message: 'Too many new articles published from this browser.',
    field: undefined,
  },
} as const;

export type LimitName = keyof typeof LIMITS;

/** A refused request: 429, with how long until the window turns (answered as Retry-After). */
export class RateLimited extends AssignmentError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    field?: string,
  ) {
    super(429, message, field, 'rate-limited');
  }
}

export function rateLimiter(db: Db, now: Clock = () => new Date()) {
  function window(name: LimitName) {
    const { windowMs } = LIMITS[name];
    const start = new Date(Math.floor(now().getTime() / windowMs) * windowMs);
    return { start, end: new Date(start.getTime() + windowMs) };
  }

  function buckets(name: LimitName, client: Client) {
    const limit = LIMITS[name];
    // A request with no browser cookie (a client that drops it) shares one bucket per address.
    const browser = client.browser ?? `none@${client.address}`;
    return [
      { key: `${name}:browser:${browser}`, max: limit.perBrowser },
      { key: `${name}:address:${client.address}`, max: limit.perAddress },
    ];
  }

  /** Throws RateLimited when the client has used up this window. */
  async function check(name: LimitName, client: Client): Promise<void> {
    const { start, end } = window(name);
    const wanted = buckets(name, client);
    const rows = await db
      .select({ bucket: rateLimits.bucket, count: rateLimits.count })
      .from(rateLimits)
      .where(
        and(
          eq(rateLimits.windowStart, start),
          inArray(
            rateLimits.bucket,
            wanted.map((b) => b.key),
          ),
        ),
      );
    const counts = new Map(rows.map((row) => [row.bucket, row.count]));
    if (wanted.some((b) => (counts.get(b.key) ?? 0) >= b.max)) {
      const seconds = Math.max(1, Math.ceil((end.getTime() - now().getTime()) / 1000));
      const minutes = Math.ceil(seconds / 60);
      throw new RateLimited(
        `${LIMITS[name].message} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        seconds,
        LIMITS[name].field,
      );
    }
  }

  /** Counts one against the client in this window. */
  async function count(name: LimitName, client: Client): Promise<void> {
    const { start } = window(name);
    await db
      .insert(rateLimits)
      .values(buckets(name, client).map((b) => ({ bucket: b.key, windowStart: start, count: 1 })))
      .onConflictDoUpdate({
        target: [rateLimits.bucket, rateLimits.windowStart],
        set: { count: sql`${rateLimits.count} + 1` },
      });
    // Windows more than a day old are of no use: the table stays small.
    if (Math.random() < 0.05) {
      await db.delete(rateLimits).where(lte(rateLimits.windowStart, new Date(start.getTime() - 24 * 60 * 60_000)));
    }
  }

  /** Check, then count: for requests that cost something whether or not they succeed. */
  async function take(name: LimitName, client: Client): Promise<void> {
    await check(name, client);
    await count(name, client);
  }

  return { check, count, take };
}

export type RateLimiter = ReturnType<typeof rateLimiter>;

/**
 * How many days a guesser at one address needs, on average, to find one of `open` open assignments
 * at the allowed rate: drawing codes without repeats, the first hit comes after (N + 1) / (open + 1)
 * guesses of the N codes. The README states this figure; a test keeps the two equal.
 */
export function daysToFindAnAssignment(open: number): number {
  const codes = JOIN_CODE_ALPHABET.length ** JOIN_CODE_LENGTH;
  const { perAddress, windowMs } = LIMITS['code-guess'];
  const guessesPerDay = perAddress * ((24 * 60 * 60_000) / windowMs);
  return (codes + 1) / (open + 1) / guessesPerDay;
}

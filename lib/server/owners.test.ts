import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignmentSchema } from '@/lib/assign/settings';
import { listSets } from '@/lib/content/catalog.server';
import { testDatabases } from '@/lib/testing/databases';
import { assignmentService } from './assignments';
import { authoredService } from './authored';
import type { Database } from './db/client';
import { authUsers } from './db/schema';
import { authConfig } from './env';

/**
 * Access by owner (issue 17), on PGlite and PostgreSQL: what a signed-in teacher makes opens for
 * them without its key and for no other teacher; the key still opens it for whoever holds it.
 */

describe.each(testDatabases)('owners on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    await database.db.insert(authUsers).values([
      { id: 'teacher-a', name: 'A', email: 'a@school.test' },
      { id: 'teacher-b', name: 'B', email: 'b@school.test' },
    ]);
  }, 60_000);
  afterAll(async () => {
    await database.close();
  });

  it('an assignment: its owner without the key, anyone with the key, no other teacher', async () => {
    const assignments = assignmentService(database.db);
    const sets = listSets();
    const input = createAssignmentSchema.parse({ title: 'Owned', setIds: [sets.find((s) => !s.parts)!.id] });
    const made = await assignments.createAssignment(input, sets, 'teacher-a');
    expect(await assignments.authorize(made.id, null, 'teacher-a')).not.toBeNull();
    expect(await assignments.authorize(made.id, null, 'teacher-b')).toBeNull();
    expect(await assignments.authorize(made.id, null, null)).toBeNull();
    expect(await assignments.authorize(made.id, made.teacherKey, 'teacher-b')).not.toBeNull();
    expect((await assignments.listOwned('teacher-a')).map((a) => a.id)).toContain(made.id);
    expect(await assignments.listOwned('teacher-b')).toEqual([]);
  });

  it('claiming: a key link moves into the account once; another account keeps what it has', async () => {
    const assignments = assignmentService(database.db);
    const sets = listSets();
    const input = createAssignmentSchema.parse({ title: 'Made by key', setIds: [sets.find((s) => !s.parts)!.id] });
    const made = await assignments.createAssignment(input, sets, null);
    expect(await assignments.claim(made.id, 'not-the-key', 'teacher-a')).toBe('not-found');
    expect(await assignments.claim('no-such-id', made.teacherKey, 'teacher-a')).toBe('not-found');
    expect(await assignments.authorize(made.id, null, 'teacher-a')).toBeNull();
    expect(await assignments.claim(made.id, made.teacherKey, 'teacher-a')).toBe('claimed');
    expect(await assignments.authorize(made.id, null, 'teacher-a')).not.toBeNull();
    expect(await assignments.claim(made.id, made.teacherKey, 'teacher-a')).toBe('already-yours');
    // The key's holder cannot take it into a second account; the key link still opens it.
    expect(await assignments.claim(made.id, made.teacherKey, 'teacher-b')).toBe('another-account');
    expect(await assignments.authorize(made.id, null, 'teacher-b')).toBeNull();
    expect(await assignments.authorize(made.id, made.teacherKey, null)).not.toBeNull();
  });

  it('a read-only results key: results for whoever holds it, never the teacher’s rights; a new one ends the old', async () => {
    const assignments = assignmentService(database.db);
    const sets = listSets();
    const input = createAssignmentSchema.parse({ title: 'Shared', setIds: [sets.find((s) => !s.parts)!.id] });
    const made = await assignments.createAssignment(input, sets, 'teacher-a');
    const row = (await assignments.authorize(made.id, made.teacherKey))!;
    const first = await assignments.shareResults(row);
    expect((await assignments.access(made.id, first, null))?.role).toBe('viewer');
    expect(await assignments.authorize(made.id, first, null)).toBeNull();
    expect((await assignments.access(made.id, null, 'teacher-a'))?.role).toBe('teacher');
    expect(await assignments.access(made.id, null, 'teacher-b')).toBeNull();
    const second = await assignments.shareResults(row);
    expect(await assignments.access(made.id, first, null)).toBeNull();
    expect((await assignments.access(made.id, second, null))?.role).toBe('viewer');
    await assignments.stopSharingResults(row);
    expect(await assignments.access(made.id, second, null)).toBeNull();
    expect((await assignments.access(made.id, made.teacherKey, null))?.role).toBe('teacher');
  });

  it('an article: its owner without the key, no other teacher', async () => {
    const articles = authoredService(database.db);
    const input = {
      title: 'Owned article',
      date: '2024-03-14',
      paragraphs: ['Mayor Anna Berg opened the library in Uppsala on Monday.'],
      sets: [
        {
          key: 'questions',
          title: 'All questions',
          category: 'review' as const,
          description: '',
          questions: [
            {
              id: 'who-opened',
              type: 'typed',
              prompt: 'Who opened the library in Uppsala on Monday?',
              answer: 'Anna Berg',
              explanation: 'Sentence 1 says so.',
              evidence: 'Mayor Anna Berg opened the library in Uppsala on Monday.',
            },
          ],
        },
      ],
    };
    const made = await articles.publish(input, 'teacher-a');
    expect((await articles.get(made.id, null, 'teacher-a')).id).toBe(made.id);
    await expect(articles.get(made.id, null, 'teacher-b')).rejects.toMatchObject({ status: 404 });
    await expect(articles.setShared(made.id, null, true, 'teacher-b')).rejects.toMatchObject({ status: 404 });
    expect((await articles.get(made.id, made.key, 'teacher-b')).id).toBe(made.id);
    expect((await articles.listOwned('teacher-a')).map((a) => a.id)).toEqual([made.id]);
    expect(await articles.listOwned('teacher-b')).toEqual([]);

    const byKey = await articles.publish({ ...input, title: 'Published by key' }, null);
    expect(await articles.claim(byKey.id, 'wrong', 'teacher-b')).toBe('not-found');
    expect(await articles.claim(byKey.id, byKey.key, 'teacher-b')).toBe('claimed');
    expect((await articles.get(byKey.id, null, 'teacher-b')).id).toBe(byKey.id);
    expect(await articles.claim(byKey.id, byKey.key, 'teacher-a')).toBe('another-account');
    expect(await articles.claim(made.id, made.key, 'teacher-a')).toBe('already-yours');
  });
});

describe('sign-in settings', () => {
  const base = {
    OIDC_ISSUER: 'https://accounts.google.com',
    OIDC_CLIENT_ID: 'id',
    OIDC_CLIENT_SECRET: 'secret',
    APP_URL: 'https://quiz.school.example/',
    AUTH_SECRET: 'x'.repeat(32),
  };
  const env = (value: object) => value as unknown as NodeJS.ProcessEnv;
  it('off unless AUTH_SECRET or OIDC_ISSUER is set', () => {
    expect(authConfig({} as NodeJS.ProcessEnv)).toBeNull();
    expect(authConfig(env({ APP_URL: 'https://quiz.school.example' }))).toBeNull();
  });
  it('on, with the app’s origin, a default button name, and passkeys on https', () => {
    expect(authConfig(env(base))).toMatchObject({
      appUrl: 'https://quiz.school.example',
      oidc: { providerName: 'your school account', issuer: 'https://accounts.google.com' },
      passkeys: true,
    });
  });
  it('passkeys alone: APP_URL and AUTH_SECRET, on https or http://localhost, never an IP address', () => {
    const secret = 'x'.repeat(32);
    expect(authConfig(env({ APP_URL: 'http://localhost:3000', AUTH_SECRET: secret }))).toEqual({
      appUrl: 'http://localhost:3000',
      secret,
      oidc: null,
      passkeys: true,
    });
    expect(() => authConfig(env({ APP_URL: 'http://127.0.0.1:3000', AUTH_SECRET: secret }))).toThrow(/APP_URL/);
    expect(() => authConfig(env({ APP_URL: 'http://quiz.lan', AUTH_SECRET: secret }))).toThrow(/APP_URL/);
    // With a school account, an address browsers make no passkeys for only turns passkeys off.
    expect(authConfig(env({ ...base, APP_URL: 'http://127.0.0.1:3000' }))).toMatchObject({ passkeys: false });
  });
  it('half set: the message names what is missing', () => {
    const { AUTH_SECRET: _secret, ...rest } = base;
    expect(() => authConfig(env(rest))).toThrow(/AUTH_SECRET/);
    expect(() => authConfig(env({ ...base, OIDC_CLIENT_ID: '' }))).toThrow(/OIDC_CLIENT_ID/);
    expect(() => authConfig(env({ AUTH_SECRET: 'x'.repeat(32) }))).toThrow(/APP_URL/);
  });
});

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
  it('off unless OIDC_ISSUER is set', () => {
    expect(authConfig({} as NodeJS.ProcessEnv)).toBeNull();
  });
  it('on, with the app’s origin and a default button name', () => {
    expect(authConfig(base as unknown as NodeJS.ProcessEnv)).toMatchObject({
      appUrl: 'https://quiz.school.example',
      providerName: 'your school account',
    });
  });
  it('half set: the message names what is missing', () => {
    const { AUTH_SECRET: _secret, ...rest } = base;
    expect(() => authConfig(rest as unknown as NodeJS.ProcessEnv)).toThrow(/AUTH_SECRET/);
    expect(() => authConfig({ ...base, OIDC_CLIENT_ID: '' } as unknown as NodeJS.ProcessEnv)).toThrow(/OIDC_CLIENT_ID/);
  });
});

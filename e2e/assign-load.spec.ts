import { request as playwrightRequest } from '@playwright/test';
import type { StudentView } from '../lib/assign/dto';
import { catalog, expect, SETS, test } from './fixtures';
import { rightResponse } from '../lib/testing/responses';

/**
 * A class arriving at once, over HTTP on loopback: 200 students, each with their own cookie, start
 * together, save every answer twice (a retry), submit twice (a double tap). Every attempt must end
 * recorded once, with the right score. The server's database is PGlite, or PostgreSQL when the
 * suite runs with E2E_DATABASE_URL (npm test does both).
 */

const STUDENTS = 200;

/**
 * A request that a dropped connection interrupts is sent again, as the student's outbox does: every
 * call here is idempotent, which is what the test checks (200 × 2 saves and 2 submits, recorded once).
 */
async function resend<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= 3 || !/ECONNRESET|socket hang up|ECONNREFUSED/.test(String(error))) throw error;
    }
  }
}
const questions = new Map(catalog.sets.flatMap((set) => set.questions.map((q) => [q.id, q])));

test('200 students saving and submitting at once are each recorded once with the right score', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(300_000); // about 40 s here on PGlite
  const made = (await (
    await request.post('/api/assignments', { data: { title: 'Load', setIds: [SETS.who], questionCount: 3 } })
  ).json()) as { id: string; code: string; teacherKey: string };

  const students = await Promise.all(Array.from({ length: STUDENTS }, () => playwrightRequest.newContext({ baseURL })));
  try {
    await Promise.all(
      students.map(async (student, i) => {
        const started = await resend(() =>
          student.post(`/api/a/${made.code}/attempts`, { data: { displayName: `Student ${i}` } }),
        );
        expect(started.status()).toBe(201);
        const attempt = ((await started.json()) as StudentView).attempt!;
        // Student i gets (i % 4) questions right, capped at 3; the rest are left unanswered.
        const right = attempt.questions.slice(0, i % 4);
        for (let round = 0; round < 2; round += 1) {
          await Promise.all(
            right.map(async (q) => {
              const saved = await resend(() =>
                student.put(`/api/a/${made.code}/attempts/${attempt.id}/answers`, {
                  data: { questionId: q.id, revision: 1, response: rightResponse(questions.get(q.id)!) },
                }),
              );
              expect(saved.status()).toBe(200);
            }),
          );
        }
        const submits = await Promise.all([
          resend(() => student.post(`/api/a/${made.code}/attempts/${attempt.id}/submit`)),
          resend(() => student.post(`/api/a/${made.code}/attempts/${attempt.id}/submit`)),
        ]);
        for (const submit of submits) expect(submit.status()).toBe(200);
      }),
    );
  } finally {
    await Promise.all(students.map((student) => student.dispose()));
  }

  const results = (await (
    await request.get(`/api/assignments/${made.id}`, { headers: { authorization: `Bearer ${made.teacherKey}` } })
  ).json()) as { students: Array<{ name: string; status: string; score: number }> };
  expect(results.students).toHaveLength(STUDENTS);
  const byName = new Map(results.students.map((s) => [s.name, s]));
  for (let i = 0; i < STUDENTS; i += 1) {
    expect(byName.get(`Student ${i}`), `Student ${i}`).toMatchObject({
      status: 'submitted',
      score: Math.min(i % 4, 3),
    });
  }
});

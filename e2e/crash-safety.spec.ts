import { request as playwrightRequest, type APIRequestContext, type APIResponse } from '@playwright/test';
import type { StudentView } from '../lib/assign/dto';
import { gradeResponse } from '../lib/quiz/grade';
import type { QuizResponse } from '../lib/quiz/response';
import { catalog, expect, rightResponse, SETS, test, wrongResponse } from './fixtures';
import {
  freePort,
  kill,
  pgliteStorage,
  POSTGRES_ADMIN_URL,
  postgresAnswers,
  postgresStorage,
  refusesConnections,
  sleep,
  startServer,
  type Storage,
} from './servers';

/**
 * Crash safety: while a class saves and submits, the server is killed (SIGKILL, no shutdown of any
 * kind), started again on the same storage, and every request that got a success answer must be in
 * the database exactly once. Then the students send again what got no answer, as their outbox does
 * (lib/assign/outbox.ts), and everything must end recorded once with the right score. On PGlite
 * (always) and on PostgreSQL (when one answers); docs/decisions/019-crash-safety.md.
 *
 * The shared webServer of playwright.config.ts is not used: each case starts its own `next start`
 * (the production build) in a process group of its own, so the kill reaches whatever holds the database.
 */

const STUDENTS = 30;
const QUESTIONS = 4;
/** Every third student submits, after 1 to 5 rounds of saves; the others save until the kill. */
const submitRound = (i: number) => (i % 3 === 0 ? 1 + ((i / 3) % 5) : null);
/** Right and wrong alternate across students, rounds and questions. */
const isRight = (student: number, round: number, question: number) => (student + round + question) % 2 === 0;
const CONNECTION_LOST = /ECONNRESET|ECONNREFUSED|socket hang up|EPIPE|other side closed/;

const questions = new Map(catalog.sets.flatMap((set) => set.questions.map((q) => [q.id, q])));

type Save = { questionId: string; revision: number; response: QuizResponse; acked: boolean };
type Student = {
  index: number;
  name: string;
  context: APIRequestContext;
  attemptId: string;
  questionIds: string[];
  saves: Save[];
  submit: { sent: boolean; acked: boolean; score: number | null };
};
type TeacherResults = {
  students: Array<{ attemptId: string; name: string; status: string; score: number | null; answered: number }>;
};

// ── What the students send ────────────────────────────────────────────────────────────────────────

/** After the restart, a request on a connection the kill broke is sent again, as the outbox does. */
async function resend(send: () => Promise<APIResponse>): Promise<APIResponse> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= 3 || !CONNECTION_LOST.test(String(error))) throw error;
    }
  }
}

/** The latest answer sent for each question: what the student's screen shows. */
function latestSaves(student: Student): Map<string, Save> {
  const latest = new Map<string, Save>();
  for (const save of student.saves) {
    if ((latest.get(save.questionId)?.revision ?? 0) < save.revision) latest.set(save.questionId, save);
  }
  return latest;
}

function scoreOf(answers: Iterable<{ questionId: string; response: QuizResponse | null }>): number {
  let score = 0;
  for (const { questionId, response } of answers) {
    if (response) score += gradeResponse(questions.get(questionId)!, response).score;
  }
  return score;
}

// ── The scenario ──────────────────────────────────────────────────────────────────────────────────

async function crashScenario(storage: Storage, label: string, killAfterMs: number): Promise<void> {
  const port = await freePort();
  let server = await startServer(port, storage.env);
  const students: Student[] = [];
  const teacher = await playwrightRequest.newContext({ baseURL: server.url });
  const contexts = [teacher];
  try {
    const created = await teacher.post('/api/assignments', {
      data: { title: 'Crash', setIds: [SETS.who], questionCount: QUESTIONS },
    });
    expect(created.status()).toBe(201);
    const made = (await created.json()) as { id: string; code: string; teacherKey: string };
    const auth = { authorization: `Bearer ${made.teacherKey}` };
    const results = async () => {
      const response = await resend(() => teacher.get(`/api/assignments/${made.id}`, { headers: auth }));
      expect(response.status(), 'the teacher finds the assignment').toBe(200);
      return (await response.json()) as TeacherResults;
    };

    // Everyone starts (acknowledged), then the traffic begins.
    await Promise.all(
      Array.from({ length: STUDENTS }, async (_, index) => {
        const context = await playwrightRequest.newContext({ baseURL: server.url });
        contexts.push(context);
        const name = `Student ${index}`;
        const started = await context.post(`/api/a/${made.code}/attempts`, { data: { displayName: name } });
        expect(started.status()).toBe(201);
        const attempt = ((await started.json()) as StudentView).attempt!;
        students[index] = {
          index,
          name,
          context,
          attemptId: attempt.id,
          questionIds: attempt.questions.map((q) => q.id),
          saves: [],
          submit: { sent: false, acked: false, score: null },
        };
      }),
    );

    let crashed = false;
    const unexpected: string[] = [];
    let cutOff = 0;
    const attemptPath = (student: Student) => `/api/a/${made.code}/attempts/${student.attemptId}`;
    /** A request's fate: acknowledged (2xx), cut off by the kill, or wrong (anything else: a failure). */
    async function send(student: Student, what: string, request: () => Promise<APIResponse>) {
      try {
        const response = await request();
        if (response.ok()) return response;
        unexpected.push(`${student.name} ${what}: ${response.status()} ${await response.text()}`);
      } catch (error) {
        if (!crashed || !CONNECTION_LOST.test(String(error))) unexpected.push(`${student.name} ${what}: ${error}`);
        else cutOff += 1;
      }
      return null;
    }

    let submitsInFlight = 0;
    const trafficStarted = Date.now();
    const traffic = Promise.all(
      students.map(async (student) => {
        for (let round = 1; round <= 1000; round += 1) {
          const saved = await Promise.all(
            student.questionIds.map((questionId, k) => {
              const question = questions.get(questionId)!;
              const save: Save = {
                questionId,
                revision: round,
                response: isRight(student.index, round, k) ? rightResponse(question) : wrongResponse(question),
                acked: false,
              };
              student.saves.push(save);
              return send(student, `save ${questionId} r${round}`, () =>
                student.context.put(`${attemptPath(student)}/answers`, {
                  data: { questionId, revision: round, response: save.response },
                }),
              ).then((response) => {
                save.acked = response !== null;
                return save.acked;
              });
            }),
          );
          if (saved.includes(false)) return; // the server is gone: this student waits for it
          if (round === submitRound(student.index)) {
            student.submit.sent = true;
            submitsInFlight += 1;
            const submitted = await send(student, 'submit', () =>
              student.context.post(`${attemptPath(student)}/submit`),
            );
            submitsInFlight -= 1;
            if (submitted) {
              student.submit.acked = true;
              student.submit.score = ((await submitted.json()) as StudentView).attempt!.result!.score;
            }
            return;
          }
        }
      }),
    );

    // Kill mid-traffic: after a fixed delay, once two submits have been acknowledged, and while
    // another is on its way if one is still to come (saves are always on their way).
    const submitters = students.filter((s) => submitRound(s.index) !== null);
    const readyToKill = () =>
      Date.now() - trafficStarted >= killAfterMs &&
      submitters.filter((s) => s.submit.acked).length >= 2 &&
      (submitsInFlight > 0 || submitters.every((s) => s.submit.sent));
    while (!readyToKill()) {
      if (Date.now() - trafficStarted > 15_000) throw new Error('Fewer than 2 submits were acknowledged in 15 s');
      await sleep(2);
    }
    const killedAt = Date.now() - trafficStarted;
    crashed = true;
    await kill(server);
    await traffic;
    expect(unexpected, 'every request before the kill succeeds').toEqual([]);
    expect(await refusesConnections(port)).toBe(true);

    const acked = students.flatMap((s) => s.saves.filter((save) => save.acked));
    expect(acked.length).toBeGreaterThan(0);
    expect(cutOff, 'the kill hit requests in flight').toBeGreaterThan(0);

    // ── Restart on the same storage: everything acknowledged is there, once ──
    server = await startServer(port, storage.env);
    const afterCrash = await results();
    expect(afterCrash.students.map((s) => s.attemptId).sort()).toEqual(students.map((s) => s.attemptId).sort());
    const rowOf = new Map(afterCrash.students.map((row) => [row.attemptId, row]));
    let savedUnanswered = 0; // committed, but the answer never reached the student
    for (const student of students) {
      const view = (await (await resend(() => student.context.get(`/api/a/${made.code}`))).json()) as StudentView;
      expect(view.attempt?.id, student.name).toBe(student.attemptId);
      const answers = view.attempt!.answers;
      for (const questionId of student.questionIds) {
        const sent = student.saves.filter((save) => save.questionId === questionId);
        const ackedRevision = Math.max(0, ...sent.filter((save) => save.acked).map((save) => save.revision));
        const stored = answers[questionId];
        if (ackedRevision === 0 && !stored) continue;
        const where = `${student.name} ${questionId}`;
        expect(stored, where).toBeDefined();
        // At least the acknowledged revision; a newer one only if it was sent (committed, answer lost).
        expect(stored!.revision, where).toBeGreaterThanOrEqual(ackedRevision);
        const match = sent.find((save) => save.revision === stored!.revision);
        expect(match, `${where}: revision ${stored!.revision} was never sent`).toBeDefined();
        expect(stored!.response, where).toEqual(match!.response);
        if (!match!.acked) savedUnanswered += 1;
      }
      const row = rowOf.get(student.attemptId)!;
      if (student.submit.acked) {
        expect(row, student.name).toMatchObject({ status: 'submitted', score: student.submit.score });
        expect(student.submit.score, student.name).toBeCloseTo(scoreOf(latestSaves(student).values()), 5);
      } else if (row.status === 'submitted') {
        expect(student.submit.sent, `${student.name} was submitted without sending a submit`).toBe(true);
        expect(row.score!, student.name).toBeCloseTo(scoreOf(latestSaves(student).values()), 5);
      } else {
        expect(row.status, student.name).toBe('in-progress');
      }
    }

    const submitsCut = students.filter((s) => s.submit.sent && !s.submit.acked);
    console.log(
      `${label}: killed ${killedAt} ms into the traffic; ${acked.length} saves and ` +
        `${students.filter((s) => s.submit.acked).length} submits acknowledged, all there after the restart; ` +
        `${cutOff} requests cut off, of which ${savedUnanswered} saves and ` +
        `${submitsCut.filter((s) => rowOf.get(s.attemptId)!.status === 'submitted').length} of ` +
        `${submitsCut.length} submits had been committed`,
    );

    // ── The students send again what got no answer, and everyone submits ──
    await Promise.all(
      students.map(async (student) => {
        const again = await resend(() =>
          student.context.post(`/api/a/${made.code}/attempts`, { data: { displayName: student.name } }),
        );
        if (rowOf.get(student.attemptId)!.status === 'submitted') {
          expect(again.status(), student.name).toBe(409); // one attempt allowed, and it is used
        } else {
          expect(again.status(), student.name).toBe(201);
          expect(((await again.json()) as StudentView).attempt!.id, student.name).toBe(student.attemptId);
        }
        const pending = [...latestSaves(student).values()].filter((save) => !save.acked);
        await Promise.all(
          pending.map(async (save) => {
            const saved = await resend(() =>
              student.context.put(`${attemptPath(student)}/answers`, {
                data: { questionId: save.questionId, revision: save.revision, response: save.response },
              }),
            );
            expect(saved.status(), `${student.name} resends ${save.questionId}`).toBe(200);
            expect(((await saved.json()) as { revision: number }).revision).toBe(save.revision);
          }),
        );
        if (!student.submit.acked) {
          const submitted = await resend(() => student.context.post(`${attemptPath(student)}/submit`));
          expect(submitted.status(), `${student.name} submits`).toBe(200);
          student.submit.score = ((await submitted.json()) as StudentView).attempt!.result!.score;
        }
      }),
    );

    const final = await results();
    expect(final.students).toHaveLength(STUDENTS);
    const finalRow = new Map(final.students.map((row) => [row.attemptId, row]));
    for (const student of students) {
      const expected = scoreOf(latestSaves(student).values());
      expect(student.submit.score!, student.name).toBeCloseTo(expected, 5);
      expect(finalRow.get(student.attemptId), student.name).toMatchObject({
        name: student.name,
        status: 'submitted',
        score: student.submit.score,
        answered: QUESTIONS,
      });
    }

    // ── Straight from the storage, with the server gone (killed again) ──
    await kill(server);
    const [counts] = await storage.query<{ attempts: number; students: number; responses: number; graded: number }>(
      `select (select count(*)::int from attempts where assignment_id = $1) as attempts,
              (select count(distinct student_hash)::int from attempts where assignment_id = $1) as students,
              (select count(*)::int from responses r join attempts a on a.id = r.attempt_id
                where a.assignment_id = $1) as responses,
              (select count(*)::int from attempts where assignment_id = $1 and submitted_at is not null) as graded`,
      [made.id],
    );
    expect(counts).toEqual({
      attempts: STUDENTS,
      students: STUDENTS,
      responses: STUDENTS * QUESTIONS,
      graded: STUDENTS,
    });
    const stored = await storage.query<{ id: string; question_id: string; revision: number; response: QuizResponse }>(
      `select a.id, r.question_id, r.revision, r.response from responses r join attempts a on a.id = r.attempt_id
        where a.assignment_id = $1`,
      [made.id],
    );
    const byKey = new Map(stored.map((row) => [`${row.id} ${row.question_id}`, row]));
    for (const student of students) {
      for (const save of latestSaves(student).values()) {
        expect(byKey.get(`${student.attemptId} ${save.questionId}`), student.name).toMatchObject({
          revision: save.revision,
          response: save.response,
        });
      }
    }
  } finally {
    await Promise.all(contexts.map((context) => context.dispose()));
    await kill(server);
  }
}

test.describe('crash safety', () => {
  // The two cases each start their own server: one after the other, never side by side.
  test.describe.configure({ mode: 'default' });

  test('PGlite: a server killed mid-traffic keeps every acknowledged save and submit, once', async () => {
    test.setTimeout(65_000); // 10–22 s here
    const storage = pgliteStorage();
    try {
      await crashScenario(storage, 'PGlite', 1400);
    } finally {
      await storage.remove();
    }
  });

  test('PostgreSQL: a server killed mid-traffic keeps every acknowledged save and submit, once', async () => {
    test.setTimeout(40_000); // 6–13 s here
    test.skip(
      !(await postgresAnswers()),
      `PostgreSQL skipped: nothing answered at ${POSTGRES_ADMIN_URL.replace(/:[^:@/]*@/, ':***@')} (set TEST_DATABASE_URL)`,
    );
    const storage = await postgresStorage();
    try {
      await crashScenario(storage, 'PostgreSQL', 1100);
    } finally {
      await storage.remove();
    }
  });
});

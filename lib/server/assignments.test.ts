import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studentViewSchema, type StudentView } from '@/lib/assign/dto';
import { createAssignmentSchema, type CreateAssignmentInput } from '@/lib/assign/settings';
import { listSets } from '@/lib/content/catalog.server';
import type { CatalogQuestion } from '@/lib/content/types';
import { POSTGRES_SKIPPED, testDatabases } from '@/lib/testing/databases';
import { rightResponse, wrongResponse } from '@/lib/testing/responses';
import type { Database } from './db/client';
import { AssignmentError, assignmentService, type AssignmentService } from './assignments';
import type { Client } from './client';
import { LIMITS } from './limits';
import { newSecret } from './secrets';
import { attempts } from './db/schema';
import { eq } from 'drizzle-orm';

/** A student's browser, for the operations that are rate-limited by client. */
const ANYONE: Client = { browser: 'test-browser-0000001', address: '192.0.2.1' };

const sets = listSets();
const who = sets.find((set) => set.id === 'kim-russia-who')!;
const questionsById = new Map<string, CatalogQuestion>(sets.flatMap((set) => set.questions.map((q) => [q.id, q])));

if (POSTGRES_SKIPPED) console.warn(POSTGRES_SKIPPED);

describe.each(testDatabases)('assignments on $name', ({ open }) => {
  let database: Database;
  let clock = new Date('2026-11-20T09:00:00Z');
  let service: AssignmentService;
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

  beforeAll(async () => {
    database = await open();
    service = assignmentService(database.db, () => clock);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  async function create(input: Partial<CreateAssignmentInput> = {}) {
    const parsed = createAssignmentSchema.parse({ title: 'Kim in Russia', setIds: [who.id], ...input });
    return service.createAssignment(parsed, sets);
  }

  async function answerAll(code: string, token: string, view: StudentView, right: (index: number) => boolean) {
    const attempt = view.attempt!;
    for (const [index, question] of attempt.questions.entries()) {
      const full = questionsById.get(question.id)!;
      await service.saveAnswer(
        code,
        token,
        attempt.id,
        {
          questionId: question.id,
          revision: 1,
          response: right(index) ? rightResponse(full) : wrongResponse(full),
        },
        ANYONE,
      );
    }
  }

  it('creates an assignment with a join code and a teacher key that only it accepts', async () => {
    const made = await create();
    expect(made.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    expect(made.teacherKey.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
    expect(await service.authorize(made.id, made.teacherKey)).not.toBeNull();
    expect(await service.authorize(made.id, newSecret())).toBeNull();
    expect(await service.authorize(made.id, null)).toBeNull();
    expect(await service.authorize('no-such-id', made.teacherKey)).toBeNull();
  });

  it('refuses unknown sets and questions, naming the field', async () => {
    await expect(create({ setIds: [who.id, 'nope'] })).rejects.toMatchObject({ status: 400, field: 'setIds.1' });
    await expect(create({ setIds: [], questionIds: ['nope'] })).rejects.toMatchObject({ field: 'questionIds.0' });
  });

  it('gives each student their own draw, without answers, and resumes the same attempt', async () => {
    const made = await create({ questionCount: 5 });
    const a = await service.startAttempt(made.code, 'Ada', null, ANYONE);
    const b = await service.startAttempt(made.code, 'Bo', null, ANYONE);
    const attemptA = a.view.attempt!;
    expect(attemptA.questions).toHaveLength(5);
    expect(b.view.attempt!.questions.map((q) => q.id)).not.toEqual(attemptA.questions.map((q) => q.id));
    // The strict schema is what the route sends: extra fields (answer keys, explanations) cannot pass it.
    expect(() => studentViewSchema.parse(a.view)).not.toThrow();
    const leaked = JSON.stringify(a.view);
    for (const question of attemptA.questions) {
      const full = questionsById.get(question.id)!;
      expect(leaked).not.toContain(full.explanation);
    }
    // Same token → the same attempt, even if "started" again (two tabs, a double click).
    const again = await service.startAttempt(made.code, 'Ada', a.studentToken, ANYONE);
    expect(again.view.attempt!.id).toBe(attemptA.id);
    const resumed = await service.studentView(made.code, a.studentToken, ANYONE);
    expect(resumed.attempt!.questions).toEqual(attemptA.questions);
  });

  it('saves idempotently by revision: a repeat or an older revision changes nothing', async () => {
    const made = await create();
    const { studentToken, view } = await service.startAttempt(made.code, 'Cy', null, ANYONE);
    const attempt = view.attempt!;
    const question = questionsById.get(attempt.questions[0]!.id)!;
    const save = (revision: number, right: boolean) =>
      service.saveAnswer(
        made.code,
        studentToken,
        attempt.id,
        {
          questionId: question.id,
          revision,
          response: right ? rightResponse(question) : wrongResponse(question),
        },
        ANYONE,
      );
    await save(1, false);
    await save(2, true);
    await save(2, false); // replayed key: ignored
    expect(await save(1, false)).toEqual({ revision: 2 }); // late arrival of an old save: ignored
    const reloaded = await service.studentView(made.code, studentToken, ANYONE);
    expect(reloaded.attempt!.answers[question.id]).toEqual({ revision: 2, response: rightResponse(question) });
    await expect(
      service.saveAnswer(
        made.code,
        studentToken,
        attempt.id,
        { questionId: 'not-asked', revision: 3, response: null },
        ANYONE,
      ),
    ).rejects.toMatchObject({ status: 400, field: 'questionId' });
  });

  it('grades on the server once, however often it is submitted', async () => {
    const made = await create({ questionCount: 4, corrections: 'after-submit' });
    const { studentToken, view } = await service.startAttempt(made.code, 'Di', null, ANYONE);
    await answerAll(made.code, studentToken, view, (i) => i < 3);
    const [first, second] = await Promise.all([
      service.submitAttempt(made.code, studentToken, view.attempt!.id, ANYONE),
      service.submitAttempt(made.code, studentToken, view.attempt!.id, ANYONE),
    ]);
    expect(first.attempt!.result).toMatchObject({ score: 3, maxScore: 4, submittedBy: 'student' });
    expect(second.attempt!.result!.submittedAt).toBe(first.attempt!.result!.submittedAt);
    const corrections = first.attempt!.result!.corrections!;
    expect(corrections.map((c) => c.verdict)).toEqual(['correct', 'correct', 'correct', 'incorrect']);
    expect(corrections[0]!.evidence[0]!.length).toBeGreaterThan(10);
    await expect(
      service.saveAnswer(
        made.code,
        studentToken,
        view.attempt!.id,
        {
          questionId: view.attempt!.questions[0]!.id,
          revision: 9,
          response: null,
        },
        ANYONE,
      ),
    ).rejects.toMatchObject({ status: 409, reason: 'submitted' });
    const results = await service.results((await service.authorize(made.id, made.teacherKey))!);
    expect(results.students).toHaveLength(1);
    expect(results.students[0]).toMatchObject({ name: 'Di', status: 'submitted', score: 3, percent: 75 });
  });

  it('a student sees only their own attempt', async () => {
    const made = await create();
    const a = await service.startAttempt(made.code, 'Eve', null, ANYONE);
    const other = newSecret();
    await expect(
      service.saveAnswer(
        made.code,
        other,
        a.view.attempt!.id,
        {
          questionId: a.view.attempt!.questions[0]!.id,
          revision: 1,
          response: null,
        },
        ANYONE,
      ),
    ).rejects.toMatchObject({ status: 404 });
    await expect(service.submitAttempt(made.code, other, a.view.attempt!.id, ANYONE)).rejects.toBeInstanceOf(
      AssignmentError,
    );
    expect((await service.studentView(made.code, other, ANYONE)).attempt).toBeNull();
  });

  it('owns the clock: a late save is refused, what was saved in time is graded, also without a submit', async () => {
    const made = await create({ timeLimitMinutes: 10, questionCount: 3 });
    const { studentToken, view } = await service.startAttempt(made.code, 'Flo', null, ANYONE);
    const attempt = view.attempt!;
    expect(Date.parse(attempt.deadline!) - Date.parse(attempt.startedAt)).toBe(10 * 60_000);
    const [q1, q2] = attempt.questions.map((q) => questionsById.get(q.id)!);
    advance(9 * 60_000);
    await service.saveAnswer(
      made.code,
      studentToken,
      attempt.id,
      {
        questionId: q1!.id,
        revision: 1,
        response: rightResponse(q1!),
      },
      ANYONE,
    );
    advance(2 * 60_000); // past the limit: the student left and came back
    await expect(
      service.saveAnswer(
        made.code,
        studentToken,
        attempt.id,
        {
          questionId: q2!.id,
          revision: 1,
          response: rightResponse(q2!),
        },
        ANYONE,
      ),
    ).rejects.toMatchObject({ status: 409, reason: 'time-up' });
    // The student never submits; the teacher's results grade what was saved in time.
    const results = await service.results((await service.authorize(made.id, made.teacherKey))!);
    expect(results.students[0]).toMatchObject({ status: 'timed-out', score: 1, answered: 1 });
    expect(results.students[0]!.seconds).toBe(600);
  });

  describe('teacher controls', () => {
    const teacherOf = (made: { id: string; teacherKey: string }) => async () =>
      (await service.authorize(made.id, made.teacherKey))!;
    const deadlineOf = async (code: string, token: string) =>
      (await service.studentView(code, token, ANYONE)).attempt!.deadline;
    const inMinutes = (minutes: number) => new Date(clock.getTime() + minutes * 60_000).toISOString();

    it('extend gives a student 0 minutes into a 30-minute limit 40 minutes, and sets no close time', async () => {
      const made = await create({ timeLimitMinutes: 30 });
      const { studentToken } = await service.startAttempt(made.code, 'Ida', null, ANYONE);
      expect(await deadlineOf(made.code, studentToken)).toBe(inMinutes(30));
      const change = await service.changeWindow(await teacherOf(made)(), { type: 'extend', minutes: 10 });
      expect(change).toMatchObject({ running: 1, assignment: { closesAt: null, state: 'open' } });
      expect(await deadlineOf(made.code, studentToken)).toBe(inMinutes(40));
      // A student who starts later has the usual 30 minutes; the first keeps their extra time through a reopen.
      const later = await service.startAttempt(made.code, 'Jo', null, ANYONE);
      expect(later.view.attempt!.deadline).toBe(inMinutes(30));
      await service.changeWindow(await teacherOf(made)(), { type: 'reopen' });
      expect(await deadlineOf(made.code, studentToken)).toBe(inMinutes(40));
    });

    it('extend adds to the close time too, and never shortens anyone', async () => {
      const made = await create({ timeLimitMinutes: 30, closesAt: inMinutes(5) });
      const { studentToken } = await service.startAttempt(made.code, 'Kai', null, ANYONE);
      expect(await deadlineOf(made.code, studentToken)).toBe(inMinutes(5));
      const change = await service.changeWindow(await teacherOf(made)(), { type: 'extend', minutes: 10 });
      expect(change.assignment.closesAt).toBe(inMinutes(15));
      expect(await deadlineOf(made.code, studentToken)).toBe(inMinutes(15));
    });

    it('extend refuses, saying why, when there is nothing to extend or the assignment is closed', async () => {
      const untimed = await create();
      await expect(
        service.changeWindow(await teacherOf(untimed)(), { type: 'extend', minutes: 10 }),
      ).rejects.toMatchObject({
        status: 409,
        message: expect.stringMatching(/no time limit and no close time/),
      });
      const timed = await create({ timeLimitMinutes: 20 });
      await service.changeWindow(await teacherOf(timed)(), { type: 'close', running: 'submit' });
      await expect(
        service.changeWindow(await teacherOf(timed)(), { type: 'extend', minutes: 10 }),
      ).rejects.toMatchObject({
        status: 409,
        message: expect.stringMatching(/closed: reopen it/),
      });
    });

    it('close and submit: running attempts are graded at once and new students refused; reopen lets them in', async () => {
      const made = await create({ closesAt: inMinutes(30) });
      const { studentToken } = await service.startAttempt(made.code, 'Gus', null, ANYONE);
      const change = await service.changeWindow(await teacherOf(made)(), { type: 'close', running: 'submit' });
      expect(change).toMatchObject({ running: 1, assignment: { state: 'closed', finishing: false } });
      await expect(service.startAttempt(made.code, 'Late', null, ANYONE)).rejects.toMatchObject({ reason: 'closed' });
      expect((await service.studentView(made.code, studentToken, ANYONE)).attempt!.result).toMatchObject({
        submittedBy: 'teacher',
      });
      await service.changeWindow(await teacherOf(made)(), { type: 'reopen' });
      expect((await service.join(made.code, ANYONE))!.state).toBe('open');
    });

    it('close and let them finish: no new students, those answering keep saving until their own time is up', async () => {
      const made = await create({ timeLimitMinutes: 20 });
      const teacher = teacherOf(made);
      const { studentToken, view } = await service.startAttempt(made.code, 'Lin', null, ANYONE);
      const change = await service.changeWindow(await teacher(), { type: 'close', running: 'finish' });
      expect(change).toMatchObject({ running: 1, assignment: { state: 'closed', finishing: true } });
      await expect(service.startAttempt(made.code, 'Late', null, ANYONE)).rejects.toMatchObject({ reason: 'closed' });
      const attempt = view.attempt!;
      const question = questionsById.get(attempt.questions[0]!.id)!;
      advance(10 * 60_000);
      const save = { questionId: question.id, revision: 1, response: rightResponse(question) };
      await expect(service.saveAnswer(made.code, studentToken, attempt.id, save, ANYONE)).resolves.toEqual({
        revision: 1,
      });
      expect((await service.results(await teacher())).students[0]).toMatchObject({ status: 'in-progress' });
      // The teacher can still close for good: the student's answers are submitted as they stand.
      await service.changeWindow(await teacher(), { type: 'close', running: 'submit' });
      expect((await service.results(await teacher())).students[0]).toMatchObject({ status: 'closed', score: 1 });
    });
  });

  it('grades every attempt whose time ran out, in any assignment, without anyone looking', async () => {
    // Read straight from the table: the student view and the results would grade on the spot themselves.
    const row = async (id: string) => (await database.db.select().from(attempts).where(eq(attempts.id, id)))[0]!;
    const first = await create({ timeLimitMinutes: 5 });
    const second = await create({ timeLimitMinutes: 10 });
    const a = (await service.startAttempt(first.code, 'Mo', null, ANYONE)).view.attempt!.id;
    const b = (await service.startAttempt(second.code, 'Ny', null, ANYONE)).view.attempt!.id;
    await service.gradeDue();
    expect((await row(a)).submittedAt).toBeNull();
    advance(6 * 60_000);
    expect(await service.gradeDue()).toBeGreaterThanOrEqual(1);
    expect(await row(a)).toMatchObject({ submittedBy: 'deadline', submittedAt: (await row(a)).deadline });
    expect((await row(b)).submittedAt).toBeNull();
    advance(5 * 60_000);
    await service.gradeDue();
    expect(await row(b)).toMatchObject({ submittedBy: 'deadline', submittedAt: (await row(b)).deadline });
    expect(await service.gradeDue()).toBe(0);
  });

  it('corrections follow the policy: after close, or never', async () => {
    const afterClose = await create({ corrections: 'after-close', questionCount: 2 });
    const s = await service.startAttempt(afterClose.code, 'Hal', null, ANYONE);
    const submitted = await service.submitAttempt(afterClose.code, s.studentToken, s.view.attempt!.id, ANYONE);
    expect(submitted.attempt!.result!.corrections).toBeNull();
    expect(submitted.attempt!.result!.correctionsNote).toMatch(/after the assignment closes/);
    await service.changeWindow((await service.authorize(afterClose.id, afterClose.teacherKey))!, {
      type: 'close',
      running: 'submit',
    });
    expect(
      (await service.studentView(afterClose.code, s.studentToken, ANYONE)).attempt!.result!.corrections,
    ).toHaveLength(2);

    const never = await create({ corrections: 'never', questionCount: 2 });
    const n = await service.startAttempt(never.code, 'Ivy', null, ANYONE);
    const result = (await service.submitAttempt(never.code, n.studentToken, n.view.attempt!.id, ANYONE)).attempt!
      .result!;
    expect(result.corrections).toBeNull();
    expect(result).toMatchObject({ score: 0, maxScore: 2 });
  });

  it('allows the number of attempts the teacher set', async () => {
    const made = await create({ attemptsAllowed: 2, questionCount: 1 });
    let { studentToken, view } = await service.startAttempt(made.code, 'Jo', null, ANYONE);
    view = await service.submitAttempt(made.code, studentToken, view.attempt!.id, ANYONE);
    expect(view.attempt!.canRetry).toBe(true);
    ({ studentToken, view } = await service.startAttempt(made.code, 'Jo', studentToken, ANYONE));
    expect(view.attempt!.number).toBe(2);
    view = await service.submitAttempt(made.code, studentToken, view.attempt!.id, ANYONE);
    expect(view.attempt!.canRetry).toBe(false);
    await expect(service.startAttempt(made.code, 'Jo', studentToken, ANYONE)).rejects.toMatchObject({
      reason: 'no-attempts-left',
    });
  });

  it('computes item statistics, wrong answers and the histogram in SQL', async () => {
    const made = await create({ shuffleQuestions: false, questionCount: 4 });
    // Four students: scores 4, 3, 1, 0; question 4 is right only for the best student.
    const pattern = [
      [true, true, true, true],
      [true, true, true, false],
      [true, false, false, false],
      [false, false, false, false],
    ];
    for (const [index, rights] of pattern.entries()) {
      advance(1000); // students listed in the order they started
      const { studentToken, view } = await service.startAttempt(made.code, `S${index}`, null, ANYONE);
      await answerAll(made.code, studentToken, view, (i) => rights[i]!);
      await service.submitAttempt(made.code, studentToken, view.attempt!.id, ANYONE);
    }
    const results = await service.results((await service.authorize(made.id, made.teacherKey))!);
    const asked = results.questions.filter((q) => q.attempts > 0);
    expect(asked.map((q) => q.facility)).toEqual([75, 50, 50, 25]);
    // Discrimination: each question's score against the rest of the attempt; all positive here.
    for (const q of asked) expect(q.discrimination).toBeGreaterThan(0);
    const first = questionsById.get(asked[0]!.id)!;
    expect(asked[0]!.wrongAnswers).toEqual([{ answer: expect.any(String), count: 1 }]);
    expect(first.type).toBeDefined();
    expect(results.histogram.map((b) => b.count)).toEqual([1, 0, 1, 0, 0, 0, 0, 1, 0, 1]);

    // A removed entry leaves the statistics; a rename shows.
    const worst = results.students.find((s) => s.name === 'S3')!;
    const teacher = (await service.authorize(made.id, made.teacherKey))!;
    expect(await service.removeAttempt(teacher, worst.attemptId)).toBe(true);
    expect(await service.renameAttempt(teacher, results.students[0]!.attemptId, 'Renamed')).toBe(true);
    const after = await service.results(teacher);
    expect(after.students.map((s) => s.name)).toEqual(['Renamed', 'S1', 'S2']);
    expect(after.questions.filter((q) => q.attempts > 0).map((q) => q.facility)).toEqual([100, 67, 67, 33]);
  });

  describe('wrong join codes', () => {
    const limit = LIMITS['code-guess'];
    let school = 0;
    /** A fresh school network, so the tests do not share address buckets. */
    const network = () => `198.51.${100 + (school += 1)}`;
    const browser = (address: string, n: number): Client => ({ browser: `browser-${address}-${n}-pad`, address });

    it('let a class of 60 behind one address in, each after a typo', async () => {
      advance(limit.windowMs); // a fresh window
      const made = await create();
      const address = `${network()}.7`;
      const joined = [];
      for (let n = 0; n < 60; n += 1) {
        const student = browser(address, n);
        expect(await service.join('ZZZZZZ', student)).toBeNull();
        joined.push(await service.join(made.code, student));
      }
      expect(joined.every((info) => info?.code === made.code)).toBe(true);
    });

    it('stop one browser after its own wrong codes, not its classmates', async () => {
      advance(limit.windowMs);
      const made = await create();
      const address = `${network()}.7`;
      const guesser = browser(address, 0);
      for (let i = 0; i < limit.perBrowser; i += 1) expect(await service.join('ZZZZZZ', guesser)).toBeNull();
      await expect(service.join('ZZZZZZ', guesser)).rejects.toMatchObject({ status: 429, reason: 'rate-limited' });
      expect(await service.join(made.code, browser(address, 1))).not.toBeNull();
      advance(limit.windowMs);
      expect(await service.join(made.code, guesser)).not.toBeNull();
    });

    it('stop an address that drops its cookie or makes new ones, at a ceiling no class reaches', async () => {
      advance(limit.windowMs);
      const made = await create();
      const address = `${network()}.9`;
      // No cookie at all: every request of that address is one browser.
      const cookieless: Client = { browser: null, address };
      for (let i = 0; i < limit.perBrowser; i += 1) expect(await service.join('ZZZZZZ', cookieless)).toBeNull();
      await expect(service.join('ZZZZZZ', cookieless)).rejects.toMatchObject({ status: 429 });
      // A new cookie for every guess: the address's ceiling.
      for (let i = limit.perBrowser; i < limit.perAddress; i += 1) {
        expect(await service.join('ZZZZZZ', browser(address, 1000 + i))).toBeNull();
      }
      await expect(service.join(made.code, browser(address, 99_999))).rejects.toMatchObject({ status: 429 });
      // Another address is not affected.
      expect(await service.join(made.code, browser(`${network()}.9`, 1))).not.toBeNull();
    });

    it('count and refuse an unknown code on every path that tells whether it exists', async () => {
      advance(limit.windowMs);
      const address = `${network()}.3`;
      const guesser = browser(address, 0);
      const answer = { questionId: 'q', revision: 1, response: { type: 'typed' as const, text: 'x' } };
      const paths: Array<() => Promise<unknown>> = [
        () => service.join('ZZZZZZ', guesser),
        () => service.studentView('ZZZZZZ', null, guesser),
        () => service.startAttempt('ZZZZZZ', 'Eve', null, guesser),
        () => service.saveAnswer('ZZZZZZ', 'token', 'attempt', answer, guesser),
        () => service.submitAttempt('ZZZZZZ', 'token', 'attempt', guesser),
      ];
      // Each path counts: two rounds of the five use up the browser's ten.
      for (let round = 0; round < 2; round += 1) {
        for (const path of paths) {
          const outcome = await path().then(
            (value) => value,
            (error: unknown) => error,
          );
          expect(outcome === null || (outcome instanceof AssignmentError && outcome.status === 404)).toBe(true);
        }
      }
      for (const path of paths) await expect(path()).rejects.toMatchObject({ status: 429 });
    });
  });

  it('200 students saving and submitting at once are each recorded once with the right score', async () => {
    const made = await create({ questionCount: 3 });
    const students = await Promise.all(
      Array.from({ length: 200 }, (_, i) => service.startAttempt(made.code, `Student ${i}`, null, ANYONE)),
    );
    await Promise.all(
      students.map(async ({ studentToken, view }, i) => {
        // Student i gets i % 4 questions right (3 of 3 at most), saves twice (a retry), submits twice.
        await answerAll(made.code, studentToken, view, (q) => q < i % 4);
        await answerAll(made.code, studentToken, view, (q) => q < i % 4);
        await Promise.all([
          service.submitAttempt(made.code, studentToken, view.attempt!.id, ANYONE),
          service.submitAttempt(made.code, studentToken, view.attempt!.id, ANYONE),
        ]);
      }),
    );
    const results = await service.results((await service.authorize(made.id, made.teacherKey))!);
    expect(results.students).toHaveLength(200);
    const byName = new Map(results.students.map((s) => [s.name, s]));
    for (let i = 0; i < 200; i += 1) {
      expect(byName.get(`Student ${i}`)).toMatchObject({ status: 'submitted', score: Math.min(i % 4, 3) });
    }
    const rows = await service.answerRows((await service.authorize(made.id, made.teacherKey))!);
    expect(rows).toHaveLength(600);
  }, 120_000);
});

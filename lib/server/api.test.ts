import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as studentAnswers from '@/app/api/a/[code]/attempts/[attemptId]/answers/route';
import * as studentSubmit from '@/app/api/a/[code]/attempts/[attemptId]/submit/route';
import * as studentAttempts from '@/app/api/a/[code]/attempts/route';
import * as studentView from '@/app/api/a/[code]/route';
import * as teacherAttempt from '@/app/api/assignments/[id]/attempts/[attemptId]/route';
import * as teacherExport from '@/app/api/assignments/[id]/export/route';
import * as teacherAssignment from '@/app/api/assignments/[id]/route';
import * as assignmentsRoute from '@/app/api/assignments/route';
import * as joinRoute from '@/app/api/join/route';
import type { StudentView } from '@/lib/assign/dto';
import { listSets } from '@/lib/content/catalog.server';
import { testDatabases } from '@/lib/testing/databases';
import { rightResponse } from '@/lib/testing/responses';
import { ctx, readJson, request } from '@/lib/testing/route-requests';
import { useDatabaseForTests, type Database } from './db/client';
import { MAX_BODY_BYTES } from './http';

/**
 * The route handlers, called as Next calls them, on PGlite and on PostgreSQL: bad input is a 4xx
 * naming the field (never a 500), access is checked in every handler, saves are idempotent.
 */

const questions = new Map(listSets().flatMap((set) => set.questions.map((q) => [q.id, q])));
const json = readJson;

describe.each(testDatabases)('assignment API on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    useDatabaseForTests(database);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  async function create(body: object = {}) {
    const response = await assignmentsRoute.POST(
      request('/api/assignments', {
        body: { title: 'API test', setIds: ['kim-russia-who'], questionCount: 3, ...body },
      }),
    );
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; code: string; teacherKey: string };
  }

  async function start(code: string, name = 'Ada') {
    const response = await studentAttempts.POST(
      request(`/api/a/${code}/attempts`, { body: { displayName: name } }),
      ctx({ code }),
    );
    const cookie = response.headers.get('set-cookie') ?? '';
    return { response, cookie: cookie.split(';')[0]!, view: (await response.json()) as StudentView };
  }

  it('rejects bad assignment input with a 4xx that names the field', async () => {
    const cases: Array<[{ raw?: string; body?: unknown }, number, string]> = [
      [{ raw: '{not json' }, 400, 'body'],
      [{ body: { setIds: ['kim-russia-who'] } }, 400, 'title'],
      [{ body: { title: 'T', setIds: ['nope'] } }, 400, 'setIds.0'],
      [{ body: { title: 'T', setIds: ['kim-russia-who'], timeLimitMinutes: 'ten' } }, 400, 'timeLimitMinutes'],
      [{ body: { title: 'T', setIds: ['kim-russia-who'], corrections: 'sometimes' } }, 400, 'corrections'],
      [{ body: { title: 'T', setIds: ['kim-russia-who'], closesAt: '2001-01-01T00:00:00Z' } }, 400, 'closesAt'],
      [{ body: [] }, 400, ''],
      [{ raw: JSON.stringify({ title: 'x'.repeat(MAX_BODY_BYTES) }) }, 413, 'body'],
    ];
    for (const [input, status, field] of cases) {
      const { status: got, body } = await json(await assignmentsRoute.POST(request('/api/assignments', input)));
      expect([got, body.error?.field ?? '']).toEqual([status, field]);
      expect(body.error.message.length).toBeGreaterThan(5);
    }
  });

  it('the teacher routes need the key; a wrong key looks like an unknown assignment', async () => {
    const made = await create();
    const wrong = await json(await teacherAssignment.GET(request(`/api/assignments/${made.id}`), ctx({ id: made.id })));
    const unknown = await json(
      await teacherAssignment.GET(
        request('/api/assignments/nope', { headers: { authorization: `Bearer ${made.teacherKey}` } }),
        ctx({ id: 'nope' }),
      ),
    );
    expect(wrong).toEqual(unknown);
    expect(wrong.status).toBe(404);
    const right = await teacherAssignment.GET(
      request(`/api/assignments/${made.id}`, { headers: { authorization: `Bearer ${made.teacherKey}` } }),
      ctx({ id: made.id }),
    );
    expect(right.status).toBe(200);
    const badAction = await json(
      await teacherAssignment.PATCH(
        request(`/api/assignments/${made.id}`, {
          method: 'PATCH',
          body: { type: 'extend', minutes: -5 },
          headers: { authorization: `Bearer ${made.teacherKey}` },
        }),
        ctx({ id: made.id }),
      ),
    );
    expect(badAction).toMatchObject({ status: 400, body: { error: { field: 'minutes' } } });
    const badId = await json(
      await teacherAssignment.GET(request('/api/assignments/%3Cscript%3E'), ctx({ id: '<script>' })),
    );
    expect(badId).toMatchObject({ status: 400, body: { error: { field: 'id' } } });
  });

  it('a student joins, saves idempotently, submits once; the cookie is httpOnly and the only key', async () => {
    const made = await create();
    const joined = await json(
      await joinRoute.POST(request('/api/join', { body: { code: ` ${made.code.toLowerCase()} ` } })),
    );
    expect(joined).toMatchObject({ status: 200, body: { assignment: { code: made.code, state: 'open' } } });
    expect(await json(await joinRoute.POST(request('/api/join', { body: { code: 'ZZZZZZ' } })))).toMatchObject({
      status: 404,
      body: { error: { field: 'code' } },
    });

    const badName = await json(
      await studentAttempts.POST(
        request(`/api/a/${made.code}/attempts`, { body: { displayName: '   ' } }),
        ctx({ code: made.code }),
      ),
    );
    expect(badName).toMatchObject({ status: 400, body: { error: { field: 'displayName' } } });

    const { response, cookie, view } = await start(made.code);
    expect(response.status).toBe(201);
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(response.headers.get('set-cookie')).toMatch(/SameSite=lax/i);
    const attempt = view.attempt!;
    const question = questions.get(attempt.questions[0]!.id)!;
    const save = (body: unknown, headers: Record<string, string> = { cookie }) =>
      studentAnswers.PUT(
        request(`/api/a/${made.code}/attempts/${attempt.id}/answers`, { method: 'PUT', body, headers }),
        ctx({ code: made.code, attemptId: attempt.id }),
      );
    const answer = { questionId: question.id, revision: 1, response: rightResponse(question) };
    expect((await save(answer)).status).toBe(200);
    expect((await save(answer)).status).toBe(200); // replayed
    expect(await json(await save(answer, {}))).toMatchObject({ status: 404 }); // no cookie: not yours
    expect(await json(await save({ ...answer, response: { type: 'typed', text: 'x'.repeat(501) } }))).toMatchObject({
      status: 400,
      body: { error: { field: 'response.text' } },
    });
    expect(await json(await save({ ...answer, revision: 0 }))).toMatchObject({
      status: 400,
      body: { error: { field: 'revision' } },
    });
    expect(await json(await save({ ...answer, answer: 'sneaky' }))).toMatchObject({ status: 400 });

    const submit = () =>
      studentSubmit.POST(
        request(`/api/a/${made.code}/attempts/${attempt.id}/submit`, { method: 'POST', headers: { cookie } }),
        ctx({
          code: made.code,
          attemptId: attempt.id,
        }),
      );
    const [first, second] = await Promise.all([json(await submit()), json(await submit())]);
    expect(first.body.attempt.result.score).toBe(1);
    expect(second.body.attempt.result.submittedAt).toBe(first.body.attempt.result.submittedAt);
    expect(await json(await save({ ...answer, revision: 2 }))).toMatchObject({
      status: 409,
      body: { error: { reason: 'submitted' } },
    });

    // Someone else's browser sees no attempt; the owner sees theirs.
    const stranger = await json(await studentView.GET(request(`/api/a/${made.code}`), ctx({ code: made.code })));
    expect(stranger.body.attempt).toBeNull();
    const owner = await json(
      await studentView.GET(request(`/api/a/${made.code}`, { headers: { cookie } }), ctx({ code: made.code })),
    );
    expect(owner.body.attempt.id).toBe(attempt.id);
    expect(await json(await studentView.GET(request('/api/a/0O0O0O'), ctx({ code: '0O0O0O' })))).toMatchObject({
      status: 400,
      body: { error: { field: 'code' } },
    });
  });

  it('renames and removes entries, and exports CSV that a spreadsheet opens safely', async () => {
    const made = await create();
    const auth = { authorization: `Bearer ${made.teacherKey}` };
    const { view } = await start(made.code, '=HYPERLINK("http://evil")');
    const attemptId = view.attempt!.id;
    const csv = await teacherExport.GET(
      request(`/api/assignments/${made.id}/export?format=wide&key=${encodeURIComponent(made.teacherKey)}`),
      ctx({ id: made.id }),
    );
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const long = await teacherExport.GET(
      request(`/api/assignments/${made.id}/export?format=long`, { headers: auth }),
      ctx({ id: made.id }),
    );
    expect((await long.text()).split('\r\n')[0]).toContain('"Question id"');
    expect(
      (
        await teacherExport.GET(
          request(`/api/assignments/${made.id}/export?format=xls`, { headers: auth }),
          ctx({ id: made.id }),
        )
      ).status,
    ).toBe(400);

    const route = `/api/assignments/${made.id}/attempts/${attemptId}`;
    const params = ctx({ id: made.id, attemptId });
    expect(
      await json(
        await teacherAttempt.PATCH(
          request(route, { method: 'PATCH', body: { displayName: '' }, headers: auth }),
          params,
        ),
      ),
    ).toMatchObject({ status: 400, body: { error: { field: 'displayName' } } });
    expect(
      (
        await teacherAttempt.PATCH(
          request(route, { method: 'PATCH', body: { displayName: 'Kind name' }, headers: auth }),
          params,
        )
      ).status,
    ).toBe(200);
    expect((await teacherAttempt.DELETE(request(route, { method: 'DELETE' }), params)).status).toBe(404); // no key
    expect((await teacherAttempt.DELETE(request(route, { method: 'DELETE', headers: auth }), params)).status).toBe(200);
    expect((await teacherAttempt.DELETE(request(route, { method: 'DELETE', headers: auth }), params)).status).toBe(404);
  });
});

/**
 * Server throughput with autocannon: saving an answer and submitting an attempt (realistic bodies,
 * each request its own student's cookie), next to GET /api/health, the same server's no-op route,
 * measured in the same run. 50 connections.
 */
import autocannon from 'autocannon';
import { pool, progress, round } from '../lib.mts';
import type { Check, Section } from '../report.mts';
import { createAssignment, Student, teacherResults } from '../class.mts';

const CONNECTIONS = 50;

type Run = { reqPerSec: number; p50: number; p99: number; errors: number; requests: number };

function run(options: autocannon.Options): Promise<Run> {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, ...options }, (error, result) => {
      if (error) return reject(error);
      resolve({
        reqPerSec: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
        requests: result.requests.total,
      });
    });
  });
}

async function students(base: string, code: string, count: number, prefix: string) {
  return pool(
    Array.from({ length: count }, (_, i) => new Student(base, code, `${prefix} ${i}`)),
    16,
    async (student) => {
      await student.start();
      return student;
    },
  );
}

export async function throughputRuns(base: string, seconds: number) {
  const assignment = await createAssignment(base, {
    title: 'Throughput',
    setIds: ['kim-russia-who'],
    questionCount: 3,
  });
  const noop = () => run({ url: `${base}/api/health`, duration: seconds });
  await run({ url: `${base}/api/health`, duration: 1 }); // warm-up

  const savers = await students(base, assignment.code, CONNECTIONS, 'Saver');
  let next = 0;
  const saveOptions = (duration: number): autocannon.Options => ({
    url: base,
    duration,
    requests: [
      {
        method: 'PUT',
        setupRequest: (request) => {
          const student = savers[next++ % savers.length]!;
          const questionId = student.questionIds[next % student.questionIds.length]!;
          student.revision += 1;
          return {
            ...request,
            path: student.savePath(),
            headers: { 'content-type': 'application/json', cookie: student.cookieHeader() },
            body: JSON.stringify({
              questionId,
              revision: student.revision,
              response: student.responseFor(questionId, next % 2 === 0),
            }),
          };
        },
      },
    ],
  });
  await run(saveOptions(1)); // warm-up
  const noopBefore = await noop();
  progress(`  no-op ${Math.round(noopBefore.reqPerSec)} req/s; saving answers…`);
  const save = await run(saveOptions(seconds));

  // Each submit is a different student's first: prepared with their answers saved, as in class.
  const count = Math.max(300, Math.min(2000, Math.round(save.reqPerSec * 2)));
  progress(`  preparing ${count} attempts to submit…`);
  const submitters = await students(base, assignment.code, count, 'Submitter');
  await pool(submitters, 16, async (student) => {
    for (const [i, questionId] of student.questionIds.entries()) await student.save(questionId, i % 2 === 0);
  });
  let nextSubmit = 0;
  progress('  submitting…');
  const submit = await run({
    url: base,
    amount: count,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const student = submitters[nextSubmit++]!;
          return { ...request, path: student.submitPath(), headers: { cookie: student.cookieHeader() } };
        },
      },
    ],
  });
  const noopAfter = await noop();
  const results = await teacherResults(base, assignment);
  const submitted = results.body.students.filter((s) => s.name.startsWith('Submitter') && s.status === 'submitted');
  return {
    noop: {
      ...noopBefore,
      reqPerSec: (noopBefore.reqPerSec + noopAfter.reqPerSec) / 2,
      p99: Math.max(noopBefore.p99, noopAfter.p99),
    },
    save,
    submit,
    submittedRecorded: submitted.length,
    submitExpected: count,
  };
}

export function throughputSection(
  runs: Array<{ database: string; result: Awaited<ReturnType<typeof throughputRuns>> }>,
  budget: { ratioToNoop: number; p99Ms: number; errors: number },
  seconds: number,
): Section {
  const rows: string[][] = [];
  const checks: Check[] = [];
  for (const { database, result } of runs) {
    rows.push([
      database,
      'GET /api/health (no-op)',
      String(Math.round(result.noop.reqPerSec)),
      '1.00×',
      String(result.noop.p50),
      String(result.noop.p99),
      String(result.noop.errors),
    ]);
    for (const [label, r] of [
      ['save an answer (PUT …/answers)', result.save],
      ['submit an attempt (POST …/submit)', result.submit],
    ] as const) {
      const ratio = r.reqPerSec / result.noop.reqPerSec;
      rows.push([
        database,
        label,
        String(Math.round(r.reqPerSec)),
        `${ratio.toFixed(2)}×`,
        String(r.p50),
        String(r.p99),
        String(r.errors),
      ]);
      const id = `throughput.${database}.${label.split(' (')[0]}`;
      checks.push(
        {
          id: `${id}.ratio`,
          label: `${database}, ${label}: ≥ ${budget.ratioToNoop}× the no-op route`,
          value: round(ratio, 2),
          limit: budget.ratioToNoop,
          ok: ratio >= budget.ratioToNoop,
        },
        {
          id: `${id}.p99`,
          label: `${database}, ${label}: p99 ≤ ${budget.p99Ms} ms`,
          value: r.p99,
          limit: budget.p99Ms,
          ok: r.p99 <= budget.p99Ms,
        },
        {
          id: `${id}.errors`,
          label: `${database}, ${label}: errors`,
          value: r.errors,
          limit: budget.errors,
          ok: r.errors <= budget.errors,
        },
      );
    }
    checks.push({
      id: `throughput.${database}.recorded`,
      label: `${database}: every submitted attempt recorded as submitted`,
      value: result.submittedRecorded,
      limit: result.submitExpected,
      ok: result.submittedRecorded === result.submitExpected,
    });
  }
  return {
    title: `Server throughput (autocannon, ${CONNECTIONS} connections, ${seconds} s per route; submits: one per prepared attempt)`,
    tables: [{ head: ['database', 'route', 'req/s', 'vs no-op', 'p50 ms', 'p99 ms', 'errors'], rows }],
    data: runs,
    checks,
  };
}

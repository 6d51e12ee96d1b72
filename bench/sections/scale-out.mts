/**
 * Scale-out: two app instances on one PostgreSQL behind a tiny round-robin proxy (loopback only).
 * 500 students all start within the same 10 seconds; the proxy sends each request to the next
 * instance in turn, so a student's requests alternate between them. Every attempt must end
 * recorded exactly once with the right score, and both instances' dashboards must agree.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { progress, quantile, round, seeded, sleep, stats, type Server } from '../lib.mts';
import type { Check, Section } from '../report.mts';
import { createAssignment, Student, teacherResults, type Assignment } from '../class.mts';

const STUDENTS = 500;
const START_WINDOW_MS = 10_000;

/** A round-robin HTTP proxy: each request goes to the next upstream. Counts what each one got. */
function roundRobin(upstreams: Server[]) {
  const counts = upstreams.map(() => 0);
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    const index = next++ % upstreams.length;
    counts[index]! += 1;
    const upstream = upstreams[index]!;
    const forward = http.request(
      { host: '127.0.0.1', port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  return new Promise<{ url: string; counts: number[]; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        counts,
        close: () =>
          new Promise((done) => {
            agent.destroy();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

export async function scaleOutSection(instances: [Server, Server]): Promise<Section> {
  const proxy = await roundRobin(instances);
  const assignment: Assignment = await createAssignment(proxy.url, {
    title: 'Scale-out',
    setIds: ['kim-russia-who'],
    questionCount: 3,
  });
  const random = seeded(500);
  const saveTimes: number[] = [];
  const acked = new Map<string, number>(); // student → when their submit was acknowledged
  const seen = new Map<string, number>(); // student → when a dashboard first showed them submitted
  const failures: string[] = [];
  const t0 = Date.now();

  // Both dashboards, polled directly (not through the proxy) while the class works.
  let polling = true;
  const poller = (async () => {
    while (polling) {
      for (const instance of instances) {
        const results = await teacherResults(instance.url, assignment).catch(() => null);
        for (const s of results?.body.students ?? []) {
          if (s.status === 'submitted' && !seen.has(s.name)) seen.set(s.name, Date.now());
        }
      }
      await sleep(250);
    }
  })();

  progress(`Scale-out: ${STUDENTS} students starting within ${START_WINDOW_MS / 1000} s, through the proxy…`);
  const expected = new Map<string, number>();
  await Promise.all(
    Array.from({ length: STUDENTS }, async (_, i) => {
      const name = `Student ${i}`;
      const startAt = random() * START_WINDOW_MS;
      const think = () => sleep(200 + random() * 800);
      await sleep(startAt);
      try {
        const student = new Student(proxy.url, assignment.code, name);
        await student.start();
        // Student i gets (i % 4) answers right, capped at 3; the rest wrong.
        let right = 0;
        for (const [q, questionId] of student.questionIds.entries()) {
          await think();
          const ok = q < i % 4;
          const saved = await student.save(questionId, ok);
          if (saved.status !== 200) throw new Error(`save ${saved.status}`);
          saveTimes.push(saved.ms);
          if (ok) right += 1;
        }
        expected.set(name, right);
        await think();
        const submitted = await student.submit();
        if (submitted.status !== 200) throw new Error(`submit ${submitted.status}`);
        acked.set(name, Date.now());
      } catch (error) {
        failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  const classSeconds = (Date.now() - t0) / 1000;
  // Give the dashboards a last look, then stop polling.
  for (let i = 0; i < 40 && seen.size < acked.size; i += 1) await sleep(250);
  polling = false;
  await poller;
  await proxy.close();

  const [a, b] = await Promise.all([
    teacherResults(instances[0].url, assignment),
    teacherResults(instances[1].url, assignment),
  ]);
  const key = (r: Awaited<ReturnType<typeof teacherResults>>) =>
    JSON.stringify(
      [...r.body.students]
        .map((s) => [s.name, s.status, s.score])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
  const same = key(a) === key(b);
  const byName = new Map<string, number>();
  for (const s of a.body.students) byName.set(s.name, (byName.get(s.name) ?? 0) + 1);
  const once = [...byName.values()].every((n) => n === 1) && byName.size === STUDENTS;
  const wrongScores = a.body.students.filter((s) => s.status !== 'submitted' || s.score !== expected.get(s.name));
  const lags = [...acked].flatMap(([name, at]) => (seen.has(name) ? [Math.max(0, seen.get(name)! - at)] : []));
  const lag = stats(lags);
  const save = stats(saveTimes);
  const notSeen = [...acked.keys()].filter((name) => !seen.has(name)).length;

  const checks: Check[] = [
    {
      id: 'scale-out.errors',
      label: 'requests that failed',
      value: failures.length,
      limit: 0,
      ok: failures.length === 0,
    },
    {
      id: 'scale-out.once',
      label: `students recorded exactly once (of ${STUDENTS})`,
      value: byName.size,
      limit: STUDENTS,
      ok: once,
    },
    {
      id: 'scale-out.scores',
      label: 'attempts with a wrong status or score',
      value: wrongScores.length,
      limit: 0,
      ok: wrongScores.length === 0,
    },
    {
      id: 'scale-out.same',
      label: 'both instances show the same results (1 = yes)',
      value: same ? 1 : 0,
      limit: 1,
      ok: same,
    },
    { id: 'scale-out.seen', label: 'submits never seen on a dashboard', value: notSeen, limit: 0, ok: notSeen === 0 },
  ];
  return {
    title: `Scale-out (2 instances on one PostgreSQL, round-robin proxy, ${STUDENTS} students starting within ${START_WINDOW_MS / 1000} s)`,
    tables: [
      {
        head: ['figure', 'value'],
        rows: [
          ['students (start, 3 saves with 0.2–1 s thinking, submit)', String(STUDENTS)],
          ['requests to instance A / B', proxy.counts.join(' / ')],
          ['whole class done in', `${classSeconds.toFixed(1)} s`],
          [
            'save acknowledged: median / p95 / max',
            `${save.median.toFixed(0)} / ${save.p95.toFixed(0)} / ${save.max.toFixed(0)} ms`,
          ],
          [
            'dashboard lag (submit acknowledged → shown), polled every 250 ms: median / p95 / max',
            `${lag.median.toFixed(0)} / ${quantile(
              [...lags].sort((x, y) => x - y),
              0.95,
            ).toFixed(0)} / ${lag.max.toFixed(0)} ms`,
          ],
          ['failed requests', String(failures.length)],
        ],
      },
    ],
    notes: failures.slice(0, 5),
    data: {
      students: STUDENTS,
      counts: proxy.counts,
      classSeconds: round(classSeconds, 1),
      saveMs: save,
      dashboardLagMs: lag,
      failures: failures.length,
      same,
      once,
      wrongScores: wrongScores.length,
    },
    checks,
  };
}

/**
 * npm test: every suite, in order, on the production build. Keeps going after a failing step so
 * one run shows everything, and always ends with one line, "N passed, N failed":
 *   - each check (content, lint, types, formatting, build) counts as one test;
 *   - Vitest and Playwright count their tests;
 *   - a test that passed only on a retry is flaky: it is named and counted as failed;
 *   - a step that cannot run, crashes without a report, or runs past its time limit counts as 1 failed.
 * Every step has a time limit; a hung step is killed (with its whole process group) and the run goes on.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, findPostgres } from './postgres.mjs';
import { runStep } from './run-step.mjs';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, '.reports');
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const MINUTE = 60_000;

let passed = 0;
let failed = 0;
const summary = [];
/** Every test with its duration, for "slowest tests". */
const timings = [];
const flakyNames = [];
const started = Date.now();

function run(label, command, args, { timeoutMs, extraEnv = {} }) {
  console.log(`\n━━ ${label} ━━`);
  return runStep(label, command, args, { timeoutMs, cwd: root, env: { ...env, ...extraEnv } });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A check that is one test: it passes or fails as a whole. */
async function check(label, command, args, timeoutMs) {
  const result = await run(label, command, args, { timeoutMs });
  if (result.ok) passed += 1;
  else failed += 1;
  summary.push(`${label}: ${result.ok ? 'ok' : result.timedOut ? 'TIMED OUT' : 'FAILED'} (${result.seconds} s)`);
  return result;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function findBrowser() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    // Playwright's own browser, on machines that ran `npx playwright install chromium`.
    const fallback = createRequire(path.join(root, 'package.json'))('playwright-core').chromium.executablePath();
    return existsSync(fallback) ? fallback : null;
  } catch {
    return null;
  }
}

// 1–3. Checks that read the source.
await check('Content check', bin('tsx'), ['scripts/content-check.ts'], 2 * MINUTE);
// The drafting engine on the evaluation articles (reads the judgements; writes nothing).
await check(
  'Drafting evaluation',
  bin('tsx'),
  ['scripts/drafts-eval.ts', '--no-write', '--splits=train,dev'],
  3 * MINUTE,
);
await check('ESLint', bin('eslint'), ['.', '--max-warnings=0'], 5 * MINUTE);
await check('Prettier', bin('prettier'), ['--check', '.', '--log-level=warn'], 3 * MINUTE);

// 4. PostgreSQL for the server tests (they always run on PGlite; on PostgreSQL too when one answers).
const postgres = await findPostgres();
if (postgres)
  console.log(`\nServer tests run on PGlite and on PostgreSQL (${postgres.replace(/:[^:@/]*@/, ':***@')}).`);
else console.log('\nPostgreSQL skipped: no server answered; the server tests run on PGlite only.');
summary.push(
  postgres
    ? 'PostgreSQL: server tests run on it and on PGlite'
    : 'PostgreSQL: SKIPPED (no server answered); PGlite only',
);

// 5. Unit tests.
const vitestReport = path.join(reports, 'vitest.json');
rmSync(vitestReport, { force: true });
const unit = await run(
  'Vitest',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  {
    timeoutMs: 10 * MINUTE,
    extraEnv: postgres ? { TEST_DATABASE_URL: postgres } : {},
  },
);
const vitest = readJson(vitestReport);
if (vitest && !unit.timedOut) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  summary.push(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed (${unit.seconds} s)`);
  for (const file of vitest.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      timings.push({ name: `vitest › ${path.relative(root, file.name)} › ${test.fullName}`, ms: test.duration ?? 0 });
    }
  }
  if (!unit.ok && vitest.numFailedTests === 0) {
    failed += 1;
    summary.push('vitest: exited with an error outside the tests');
  }
} else {
  failed += 1;
  summary.push(`vitest: ${unit.timedOut ? 'TIMED OUT' : 'did not report'} (${unit.seconds} s)`);
}

// 6. Production build (it also generates the route types the type check needs).
const nextBuild = await check('next build', bin('next'), ['build'], 15 * MINUTE);
// The service worker is built from the build's output (every prerendered page goes in its precache).
const swBuild = nextBuild.ok
  ? await check('Service worker build', bin('serwist'), ['build', 'serwist.config.mjs'], 5 * MINUTE)
  : { ok: false };
const build = { ok: nextBuild.ok && swBuild.ok };
await check('TypeScript', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], 5 * MINUTE);
await check('TypeScript (service worker)', bin('tsc'), ['--noEmit', '-p', 'sw/tsconfig.json'], 5 * MINUTE);

// 7. Browser flows.
const browser = findBrowser();
if (!build.ok) {
  failed += 1;
  summary.push('playwright: not run (the build failed)');
} else if (!browser) {
  failed += 1;
  console.error(
    '\nNo Chromium found for the browser tests. Install one of:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)\n' +
      '  anywhere else: npx playwright install chromium\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  summary.push('playwright: not run (no Chromium)');
} else {
  // A port nobody else is using, so a local run never tests some other server on 3100.
  const port = process.env.E2E_PORT ?? String(await freePort());
  console.log(`\nBrowser tests on port ${port} with ${browser} (${os.availableParallelism()} cores)`);
  await playwright('playwright', [], { E2E_PORT: port, E2E_IDP_PORT: String(await freePort()) });
  // The flows that store things on the server once more, on PostgreSQL (a fresh database of their own).
  if (postgres) {
    const database = await createDatabase(postgres, 'newsquiz_e2e');
    await playwright(
      'playwright (assignments and teachers’ articles on PostgreSQL)',
      [
        'e2e/assign.spec.ts',
        'e2e/assign-load.spec.ts',
        'e2e/owners.spec.ts',
        'e2e/sign-in.spec.ts',
        'e2e/author.spec.ts',
        '--project=desktop-chrome',
        '--grep-invert=axe|bad article input',
      ],
      { E2E_PORT: String(await freePort()), E2E_IDP_PORT: String(await freePort()), E2E_DATABASE_URL: database.url },
    );
    await database.drop();
  }
}

// 8. The benchmark's quick mode on this build: page weight against bench/budgets.json (a regression fails).
if (build.ok && browser) {
  await check(
    'Benchmark, quick: page weight budgets',
    bin('tsx'),
    ['bench/run.mts', '--quick', '--no-build'],
    10 * MINUTE,
  );
}

async function playwright(label, args, extraEnv) {
  const playwrightReport = path.join(reports, `${label.replace(/\W+/g, '-')}.json`);
  rmSync(playwrightReport, { force: true });
  const e2e = await run(label === 'playwright' ? 'Playwright' : label, bin('playwright'), ['test', ...args], {
    timeoutMs: 45 * MINUTE,
    extraEnv: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport, CHROMIUM_PATH: browser, ...extraEnv },
  });
  const report = readJson(playwrightReport);
  if (report?.stats && !e2e.timedOut) {
    const { expected, unexpected, flaky, skipped } = report.stats;
    const walk = (suite, titles) => {
      for (const spec of suite.specs ?? []) {
        for (const test of spec.tests ?? []) {
          const name = `${label} › [${test.projectName}] ${[...titles, spec.title].filter(Boolean).join(' › ')}`;
          const results = test.results ?? [];
          const last = results[results.length - 1];
          if (last) timings.push({ name, ms: last.duration ?? 0 });
          if (test.status === 'flaky') flakyNames.push(name);
        }
      }
      for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
    };
    for (const suite of report.suites ?? []) walk(suite, []);
    passed += expected;
    failed += unexpected + flaky;
    summary.push(
      `${label}: ${expected} passed, ${unexpected} failed, ${flaky} flaky, ${skipped} skipped (${e2e.seconds} s)`,
    );
    if (report.errors?.length && unexpected === 0) {
      failed += 1;
      summary.push(`${label}: ${report.errors.length} error(s) outside the tests (see above)`);
    }
  } else {
    failed += 1;
    summary.push(`${label}: ${e2e.timedOut ? 'TIMED OUT' : 'did not report'} (${e2e.seconds} s)`);
  }
}

console.log(`\n━━ Summary (${((Date.now() - started) / 1000).toFixed(0)} s) ━━`);
for (const line of summary) console.log(`  ${line}`);
const slowest = timings.sort((a, b) => b.ms - a.ms).slice(0, 3);
if (slowest.length > 0) {
  console.log('  slowest tests:');
  for (const t of slowest) console.log(`    ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.name}`);
}
console.log(
  `  flaky (passed only on a retry, counted as failed): ${flakyNames.length}${flakyNames.length ? '' : ' (none)'}`,
);
for (const name of flakyNames) console.log(`    ${name}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

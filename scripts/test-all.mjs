/**
 * npm test: every suite, in order, on the production build.
 *   1. content check   2. Vitest (unit)   3. next build   4. Playwright (flows, desktop + phone)
 * Keeps going after a failing suite so one run shows everything, and ends with one line:
 * "N passed, N failed", summing Vitest and Playwright (a step that cannot run counts as 1 failed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, '.reports');
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
const lines = [];
const started = Date.now();

function run(label, command, args, extraEnv = {}) {
  const t0 = Date.now();
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Content check: a broken content file stops nothing else, but counts as a failure.
const content = run('Content check', bin('tsx'), ['scripts/content-check.ts']);
if (!content.ok) failed += 1;
lines.push(`content check: ${content.ok ? 'ok' : 'FAILED'} (${content.seconds} s)`);

// 2. Unit tests.
const vitestReport = path.join(reports, 'vitest.json');
rmSync(vitestReport, { force: true });
const unit = run('Vitest', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  lines.push(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed (${unit.seconds} s)`);
} else {
  failed += 1;
  lines.push(`vitest: did not report (${unit.seconds} s)`);
}

// 3. Production build.
const build = run('next build', bin('next'), ['build']);
lines.push(`next build: ${build.ok ? 'ok' : 'FAILED'} (${build.seconds} s)`);

// 4. Flows.
function findBrowser() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const probe = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return probe.status === 0 && existsSync(probe.stdout) ? probe.stdout : null;
}

if (!build.ok) {
  failed += 1;
  lines.push('playwright: not run (the build failed)');
} else if (!findBrowser()) {
  failed += 1;
  console.error(
    '\nNo Chromium found for the browser tests. Install one of:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)\n' +
      '  anywhere else: npx playwright install chromium\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  lines.push('playwright: not run (no Chromium)');
} else {
  const playwrightReport = path.join(reports, 'playwright.json');
  rmSync(playwrightReport, { force: true });
  const e2e = run('Playwright', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
  const stats = readJson(playwrightReport)?.stats;
  if (stats) {
    const ok = stats.expected + stats.flaky;
    passed += ok;
    failed += stats.unexpected;
    lines.push(
      `playwright: ${ok} passed${stats.flaky ? ` (${stats.flaky} after a retry)` : ''}, ${stats.unexpected} failed, ${stats.skipped} skipped (${e2e.seconds} s)`,
    );
  } else {
    failed += 1;
    lines.push(`playwright: did not report (${e2e.seconds} s)`);
  }
}

console.log(`\n━━ Summary (${((Date.now() - started) / 1000).toFixed(0)} s) ━━`);
for (const line of lines) console.log(`  ${line}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

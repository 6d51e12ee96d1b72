import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStep } from './run-step.mjs';

type Result = { ok: boolean; timedOut: boolean; status: number | null };
const node = process.execPath;
const quiet = { stdio: ['ignore', 'ignore', 'ignore'], env: process.env, cwd: process.cwd() };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('runStep (every step of npm test has a time limit)', () => {
  it('reports a step that passes and one that fails', async () => {
    const pass: Result = await runStep('pass', node, ['-e', 'process.exit(0)'], { ...quiet, timeoutMs: 10_000 });
    const fail: Result = await runStep('fail', node, ['-e', 'process.exit(3)'], { ...quiet, timeoutMs: 10_000 });
    expect(pass).toMatchObject({ ok: true, timedOut: false, status: 0 });
    expect(fail).toMatchObject({ ok: false, timedOut: false, status: 3 });
  });

  it('stops a hung step, and what it started, at the time limit', async () => {
    // The step starts a process of its own that would run forever (as next start would); both must stop.
    const pidFile = path.join(mkdtempSync(path.join(tmpdir(), 'run-step-')), 'pid');
    const script = `const { spawn } = require('node:child_process');
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(child.pid));
      setInterval(() => {}, 1000);`;
    const started = Date.now();
    const result: Result = await runStep('hang', node, ['-e', script], { ...quiet, timeoutMs: 1_500 });
    expect(result).toMatchObject({ ok: false, timedOut: true });
    expect(Date.now() - started).toBeLessThan(10_000);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    await expect.poll(() => isRunning(grandchild), { timeout: 8_000 }).toBe(false);
  });

  it('reports a command that cannot start as a failure, without throwing', async () => {
    const result: Result = await runStep('missing', '/no/such/command', [], { ...quiet, timeoutMs: 5_000 });
    expect(result.ok).toBe(false);
  });
});

import { spawn } from 'node:child_process';

/**
 * Runs one step of the test run with a time limit. The child gets its own process group, so a
 * timeout also stops what it started (next start, browsers). Resolves, never rejects:
 * { ok, timedOut, status, seconds }.
 */
export function runStep(label, command, args, { timeoutMs, cwd, env, stdio = ['ignore', 'inherit', 'inherit'] }) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(command, args, { cwd, stdio, env, detached: true });
    } catch (error) {
      console.error(`${label}: could not start (${error.message})`);
      resolve({ ok: false, timedOut: false, status: null, seconds: '0.0' });
      return;
    }
    let timedOut = false;
    let settled = false;
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`\n${label}: still running after ${Math.round(timeoutMs / 1000)} s; stopping it.`);
      kill('SIGTERM');
      setTimeout(() => kill('SIGKILL'), 5_000).unref();
    }, timeoutMs);
    const finish = (status) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ok: status === 0 && !timedOut, timedOut, status, seconds: ((Date.now() - t0) / 1000).toFixed(1) });
    };
    child.on('error', (error) => {
      console.error(`${label}: could not start (${error.message})`);
      finish(null);
    });
    child.on('exit', (code) => finish(code));
  });
}

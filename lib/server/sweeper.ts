import 'server-only';
import { assignmentService } from './assignments';
import { getDb } from './db/client';

/** How often the server looks for attempts whose time has run out. */
export const SWEEP_MS = 15_000;

/**
 * Grades attempts when their deadline passes, not only when someone looks (the student's page, the
 * teacher's results and the CSV still grade on the spot, so they never wait for a sweep). Started once
 * per server process at start-up (instrumentation.ts); a failed sweep (the database away for a
 * moment) is logged and tried again at the next tick.
 */
export function startDeadlineSweeper(intervalMs = SWEEP_MS, sweep: () => Promise<number> = sweepOnce): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return; // a slow sweep is never overlapped by the next
    running = true;
    sweep()
      .catch((error: unknown) => console.error('Grading attempts whose time ran out failed; trying again', error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref(); // never keeps the process alive on its own
  return () => clearInterval(timer);
}

async function sweepOnce(): Promise<number> {
  const service = assignmentService(await getDb());
  let graded = 0;
  // Batches of 500 until one is not full (at most 20 a sweep: the next tick takes the rest).
  for (let round = 0; round < 20; round += 1) {
    const batch = await service.gradeDue(500);
    graded += batch;
    if (batch < 500) break;
  }
  return graded;
}

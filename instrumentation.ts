/**
 * Runs once when the server starts: stamps each request with its connection's address (for rate
 * limits: lib/server/peer-address.ts), then opens the database and applies pending migrations
 * (drizzle/), so a wrong DATABASE_URL or a failed migration stops the start with a message instead
 * of failing the first request, and starts grading attempts when their time runs out
 * (lib/server/sweeper.ts). Not during `next build`, which needs no database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { stampPeerAddress } = await import('./lib/server/peer-address');
  stampPeerAddress();
  // A half-set teacher sign-in stops the start with the name of the setting, as a bad DATABASE_URL does.
  const { authConfig } = await import('./lib/server/env');
  authConfig();
  const { openAtStartup } = await import('./lib/server/db/startup');
  await openAtStartup();
  const { startDeadlineSweeper } = await import('./lib/server/sweeper');
  startDeadlineSweeper();
}

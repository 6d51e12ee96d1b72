import { json } from '@/lib/api/responses';

/**
 * GET /api/health: the process is up and serving requests. Touches nothing else (not the
 * database), so a load balancer can tell a live instance from a dead one cheaply, and the
 * benchmark uses it as the same server's no-op route next to the ones that do work.
 */
export function GET() {
  return json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}

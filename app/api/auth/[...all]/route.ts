import { jsonError } from '@/lib/api/responses';
import { getAuth } from '@/lib/server/auth';
import { answer } from '@/lib/server/http';

/**
 * /api/auth/*: teacher sign-in (better-auth; lib/server/auth.ts): POST sign-in/social starts signing
 * in with the school account, GET callback/school finishes it, POST sign-out ends this session,
 * POST revoke-sessions ends every session of the teacher, GET get-session reads the current one.
 * When sign-in is not configured, every path answers 404 with a JSON error saying so.
 */
function handle(request: Request): Promise<Response> {
  return answer(async () => {
    const auth = await getAuth();
    if (!auth) return jsonError(404, 'Teacher sign-in is not set up on this server (see the README: OIDC_ISSUER).');
    return auth.handler(request);
  });
}

export const GET = handle;
export const POST = handle;

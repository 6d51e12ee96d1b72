import { getAuth } from '@/lib/server/auth';
import { answer } from '@/lib/server/http';
import { jsonError } from '@/lib/api/responses';

/**
 * /api/auth/*: teacher sign-in (better-auth; lib/server/auth.ts): POST sign-in/social starts signing
 * in with the school account, GET callback/school finishes it, the passkey/* paths make, use, list
 * and remove passkeys, POST sign-out ends this session, POST revoke-sessions ends every session of
 * the teacher, GET get-session reads the current one. When sign-in is not configured, every path
 * answers 404 with a JSON error saying so. A refusal answers in the app's own shape
 * ({ error: { message, code } }), whatever better-auth said; a failure of its own is a 503, never a 500.
 */
function handle(request: Request): Promise<Response> {
  return answer(async () => {
    const auth = await getAuth();
    if (!auth) return jsonError(404, 'Teacher sign-in is not set up on this server (see the README: Teacher sign-in).');
    return asAppError(await auth.handler(request));
  });
}

async function asAppError(response: Response): Promise<Response> {
  if (response.status < 400) return response;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { message?: unknown; code?: unknown } | null;
  const status = response.status >= 500 ? 503 : response.status;
  const message =
    status === 503
      ? 'Signing in could not be done just now (the sign-in service did not answer). Try again in a moment.'
      : typeof body?.message === 'string' && body.message
        ? body.message
        : response.status === 404
          ? 'No such sign-in path.'
          : `Signing in refused this request (${response.status}).`;
  const headers = new Headers(response.headers);
  headers.set('content-type', 'application/json');
  headers.delete('content-length');
  const code = typeof body?.code === 'string' ? { code: body.code } : {};
  return new Response(JSON.stringify({ error: { message, ...code } }), { status, headers });
}

export const GET = handle;
export const POST = handle;

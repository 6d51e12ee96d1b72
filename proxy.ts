import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { AUTHORED_ID_MARK } from '@/lib/drafts/ids';
import { devPolicies, policyFor, readPolicies, type Policies, type ResponsePolicy } from '@/lib/security/policies';

/**
 * Three jobs before the router sees a path:
 * - The Content-Security-Policy of every response (decision 018, lib/security/policies.ts): a
 *   prerendered page allows its own inline scripts by hash, a page rendered per request by a nonce,
 *   which is passed on in the request's CSP header for Next to put on its scripts.
 * - Paths whose percent-encoding is broken ("/sets/%ZZ", "/articles/%E0%A4%A") are answered before
 *   the router tries to decode them, which would answer a bare 500. Pages get the styled 404 (by
 *   rewriting to a path no route matches); the API gets its JSON 400.
 * - Study addresses (/sets/…, /articles/…) of a teacher's own article, opened for self-study, are the
 *   same as the app's own; their pages are rendered from the database (app/shared/…), while the app's
 *   own content stays prerendered. Which is which shows in the id (AUTHORED_ID_MARK).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const csp = policyFor(pathname, policies());
  if (pathname.includes('%') && !isDecodable(pathname)) {
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      return withPolicy(
        NextResponse.json(
          { error: { message: 'The path is not valid: it has a broken percent-encoding', field: 'path' } },
          { status: 400 },
        ),
        csp,
      );
    }
    return withPolicy(NextResponse.rewrite(new URL('/_malformed-path', request.url), forward(request, csp)), csp);
  }
  const study = /^\/(?:sets|articles)\/([^/]+)(?:\/.*)?$/.exec(pathname);
  if (study && AUTHORED_ID_MARK.test(decodeURIComponent(study[1]!))) {
    const url = request.nextUrl.clone();
    url.pathname = `/shared${pathname}`;
    return withPolicy(NextResponse.rewrite(url, forward(request, csp)), csp);
  }
  return withPolicy(NextResponse.next(forward(request, csp)), csp);
}

let built: Policies | undefined;

/** Read once from the build's prerendered pages (`next start` runs in the project folder). */
function policies(): Policies {
  built ??=
    process.env.NODE_ENV === 'development'
      ? devPolicies()
      : readPolicies(path.join(process.cwd(), '.next', 'server', 'app'));
  return built;
}

/** A page rendered for this request learns its nonce from the request's CSP header (Next reads it there). */
function forward(request: NextRequest, csp: ResponsePolicy) {
  if (!csp.nonce) return undefined;
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp.policy);
  return { request: { headers } };
}

function withPolicy(response: NextResponse, csp: ResponsePolicy): NextResponse {
  response.headers.set('Content-Security-Policy', csp.policy);
  return response;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Static files and Next's own assets never need the checks, and a policy only governs documents and workers.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};

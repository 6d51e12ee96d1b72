import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { AUTHORED_ID_MARK } from '@/lib/drafts/ids';
import { CLIENT_COOKIE } from '@/lib/server/client-cookie';
import { devPolicies, policyFor, readPolicies, type Policies, type ResponsePolicy } from '@/lib/security/policies';

/**
 * Four jobs before the router sees a path:
 * - The Content-Security-Policy of every response (decision 018, lib/security/policies.ts): a
 *   prerendered page allows its own inline scripts by hash, a page rendered per request by a nonce,
 *   which is passed on in the request's CSP header for Next to put on its scripts.
 * - Paths whose percent-encoding is broken ("/sets/%ZZ", "/articles/%E0%A4%A") are answered before
 *   the router tries to decode them, which would answer a bare 500. Pages get the styled 404 (by
 *   rewriting to a path no route matches); the API gets its JSON 400.
 * - Visitors of the assignment and authoring paths get a first-party browser cookie (CLIENT_COOKIE), so
 *   rate limits count per browser and a whole class behind one school address is not one client
 *   (lib/server/limits.ts). A request that arrives without one is given one at once.
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
  const browser = needsBrowserId(request) ? newBrowserId() : null;
  const study = /^\/(?:sets|articles)\/([^/]+)(?:\/.*)?$/.exec(pathname);
  if (study && AUTHORED_ID_MARK.test(decodeURIComponent(study[1]!))) {
    const url = request.nextUrl.clone();
    url.pathname = `/shared${pathname}`;
    return withPolicy(NextResponse.rewrite(url, forward(request, csp, browser)), csp);
  }
  return withBrowserId(withPolicy(NextResponse.next(forward(request, csp, browser)), csp), request, browser);
}

/** The paths whose requests are rate-limited per browser: joining, a student's assignment, authoring. */
const BROWSER_PATHS = /^\/(?:join|a\/|api\/join|api\/a\/|teach|api\/drafts|api\/authored)/;

function needsBrowserId(request: NextRequest): boolean {
  return BROWSER_PATHS.test(request.nextUrl.pathname) && !request.cookies.has(CLIENT_COOKIE);
}

function newBrowserId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

function withBrowserId(response: NextResponse, request: NextRequest, browser: string | null): NextResponse {
  if (browser) {
    response.cookies.set(CLIENT_COOKIE, browser, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.nextUrl.protocol === 'https:',
      path: '/',
      maxAge: 60 * 60 * 24 * 400,
    });
  }
  return response;
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

/**
 * A page rendered for this request learns its nonce from the request's CSP header (Next reads it
 * there); a request given its browser cookie just now carries it already, so it counts as that browser.
 */
function forward(request: NextRequest, csp: ResponsePolicy, browser: string | null = null) {
  if (!csp.nonce && !browser) return undefined;
  const headers = new Headers(request.headers);
  if (csp.nonce) headers.set('Content-Security-Policy', csp.policy);
  if (browser) {
    const cookie = request.headers.get('cookie');
    headers.set('cookie', `${cookie ? `${cookie}; ` : ''}${CLIENT_COOKIE}=${browser}`);
  }
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

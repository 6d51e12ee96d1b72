import { NextResponse, type NextRequest } from 'next/server';
import { AUTHORED_ID_MARK } from '@/lib/drafts/ids';

/**
 * Two jobs before the router sees a path:
 * - Paths whose percent-encoding is broken ("/sets/%ZZ", "/articles/%E0%A4%A") are answered before
 *   the router tries to decode them, which would answer a bare 500. Pages get the styled 404 (by
 *   rewriting to a path no route matches); the API gets its JSON 400.
 * - Study addresses (/sets/…, /articles/…) of a teacher's own article, opened for self-study, are the
 *   same as the app's own; their pages are rendered from the database (app/shared/…), while the app's
 *   own content stays prerendered. Which is which shows in the id (AUTHORED_ID_MARK).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.includes('%') && !isDecodable(pathname)) {
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      return NextResponse.json(
        { error: { message: 'The path is not valid: it has a broken percent-encoding', field: 'path' } },
        { status: 400 },
      );
    }
    return NextResponse.rewrite(new URL('/_malformed-path', request.url));
  }
  const study = /^\/(?:sets|articles)\/([^/]+)(?:\/.*)?$/.exec(pathname);
  if (study && AUTHORED_ID_MARK.test(decodeURIComponent(study[1]!))) {
    const url = request.nextUrl.clone();
    url.pathname = `/shared${pathname}`;
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
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
  // Static files and Next's own assets never need the checks.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};

import { NextResponse, type NextRequest } from 'next/server';

/**
 * Rejects paths whose percent-encoding is broken ("/sets/%ZZ", "/articles/%E0%A4%A") before the
 * router tries to decode them, which would answer a bare 500. Pages get the styled 404 (by
 * rewriting to a path no route matches); the API gets its JSON 400.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!pathname.includes('%') || isDecodable(pathname)) return NextResponse.next();
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    return NextResponse.json(
      { error: { message: 'The path is not valid: it has a broken percent-encoding', field: 'path' } },
      { status: 400 },
    );
  }
  return NextResponse.rewrite(new URL('/_malformed-path', request.url));
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
  // Static files and Next's own assets never need the check.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};

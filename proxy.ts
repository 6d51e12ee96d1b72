import { NextResponse, type NextRequest } from 'next/server';
import { AUTHORED_ID_MARK } from '@/lib/drafts/ids';

/**
 * Study addresses (/sets/…, /articles/…) of a teacher's own article, opened for self-study, are
 * the same as the app's own; their pages are rendered from the database (app/shared/…), while
 * the app's own content stays prerendered. Which is which shows in the id (AUTHORED_ID_MARK).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const match = /^\/(sets|articles)\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match || !AUTHORED_ID_MARK.test(decodeURIComponent(match[2]!))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/shared${pathname}`;
  return NextResponse.rewrite(url);
}

export const config = { matcher: ['/sets/:path*', '/articles/:path*'] };

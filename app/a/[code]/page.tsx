import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { TakeAssignment } from '@/components/assign/take-assignment';
import { normaliseJoinCode } from '@/lib/assign/codes';
import { AssignmentError } from '@/lib/server/assignments';
import { CLIENT_COOKIE, clientFrom } from '@/lib/server/client';
import { service, studentCookieName } from '@/lib/server/http';
import { RateLimited } from '@/lib/server/limits';

export const metadata: Metadata = { title: 'Assignment', robots: { index: false } };

/** A student's page for an assignment (the student link and the QR code lead here). Rendered per request. */
export default async function AssignmentPage({ params }: PageProps<'/a/[code]'>) {
  const code = normaliseJoinCode(decodeURIComponent((await params).code));
  if (!code) notFound();
  const jar = await cookies();
  const token = jar.get(studentCookieName(code))?.value ?? null;
  const client = clientFrom(await headers(), jar.get(CLIENT_COOKIE)?.value);
  const view = await (await service()).studentView(code, token, client).catch((error: unknown) => {
    if (error instanceof RateLimited) return error;
    if (error instanceof AssignmentError && error.status === 404) notFound();
    throw error;
  });
  if (view instanceof RateLimited) {
    // The same answer whether or not the code exists: nothing to learn from it.
    return (
      <div className="mx-auto max-w-xl px-4 py-10 sm:px-6">
        <div className="rounded-2xl border border-line bg-surface p-6 shadow-card">
          <h1 className="text-2xl font-bold tracking-tight">Too many wrong codes</h1>
          <p className="mt-2 text-ink-muted">{view.message}</p>
          <p className="mt-2 text-ink-muted">
            If your teacher gave you this link, check it with them, or type the code on the{' '}
            <a href="/join" className="font-semibold text-accent">
              join page
            </a>{' '}
            later.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <TakeAssignment code={code} initial={view} />
    </div>
  );
}

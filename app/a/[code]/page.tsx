import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { TakeAssignment } from '@/components/assign/take-assignment';
import { normaliseJoinCode } from '@/lib/assign/codes';
import { AssignmentError } from '@/lib/server/assignments';
import { service, studentCookieName } from '@/lib/server/http';

export const metadata: Metadata = { title: 'Assignment', robots: { index: false } };

/** A student's page for an assignment (the student link and the QR code lead here). Rendered per request. */
export default async function AssignmentPage({ params }: PageProps<'/a/[code]'>) {
  const code = normaliseJoinCode(decodeURIComponent((await params).code));
  if (!code) notFound();
  const token = (await cookies()).get(studentCookieName(code))?.value ?? null;
  const view = await (await service()).studentView(code, token).catch((error: unknown) => {
    if (error instanceof AssignmentError && error.status === 404) notFound();
    throw error;
  });
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <TakeAssignment code={code} initial={view} />
    </div>
  );
}

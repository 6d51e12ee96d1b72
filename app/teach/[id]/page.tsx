import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import QRCode from 'qrcode';
import { TeacherDashboard } from '@/components/assign/teacher-dashboard';
import { routes } from '@/lib/routes';
import { viewerId } from '@/lib/server/auth';
import { idParam, service } from '@/lib/server/http';

export const metadata: Metadata = { title: 'Assignment results', robots: { index: false } };

/**
 * The teacher's private page (read-only with a colleague's results link). A wrong or missing key gets
 * the same 404 as an unknown assignment.
 */
export default async function TeacherPage({ params, searchParams }: PageProps<'/teach/[id]'>) {
  const id = idParam.safeParse((await params).id);
  const given = (await searchParams).key;
  if (!id.success || Array.isArray(given)) notFound();
  // The key link, or a signed-in teacher's own assignment (then no key is needed).
  const key = given ?? '';
  const head = await headers();
  const assignments = await service();
  // The teacher (key or owner), or a colleague with the read-only results link.
  const access = await assignments.access(id.data, key || null, await viewerId({ headers: head }));
  if (!access) notFound();
  const { assignment, role } = access;
  const results = await assignments.results(assignment);
  const host = head.get('x-forwarded-host') ?? head.get('host') ?? 'localhost:3000';
  const protocol =
    head.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  const origin = `${protocol}://${host}`;
  const studentUrl = `${origin}${routes.assignment(assignment.code)}`;
  const qrSvg = await QRCode.toString(studentUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
      <TeacherDashboard
        initial={results}
        teacherKey={key}
        studentUrl={studentUrl}
        teacherUrl={key && role === 'teacher' ? `${origin}${routes.teacherDashboard(assignment.id, key)}` : null}
        qrSvg={qrSvg}
        role={role}
        resultsShared={assignment.viewKeyHash !== null}
      />
    </div>
  );
}

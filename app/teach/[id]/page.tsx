import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import QRCode from 'qrcode';
import { TeacherDashboard } from '@/components/assign/teacher-dashboard';
import { routes } from '@/lib/routes';
import { idParam, service } from '@/lib/server/http';

export const metadata: Metadata = { title: 'Assignment results', robots: { index: false } };

/** The teacher's private page. A wrong or missing key gets the same 404 as an unknown assignment. */
export default async function TeacherPage({ params, searchParams }: PageProps<'/teach/[id]'>) {
  const id = idParam.safeParse((await params).id);
  const key = (await searchParams).key;
  if (!id.success || typeof key !== 'string') notFound();
  const assignments = await service();
  const assignment = await assignments.authorize(id.data, key);
  if (!assignment) notFound();
  const results = await assignments.results(assignment);
  const head = await headers();
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
        teacherUrl={`${origin}${routes.teacherDashboard(assignment.id, key)}`}
        qrSvg={qrSvg}
      />
    </div>
  );
}

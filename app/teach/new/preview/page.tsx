import type { Metadata } from 'next';
import { Suspense } from 'react';
import { StudentPreview } from '@/components/author/student-preview';

export const metadata: Metadata = { title: 'Preview as a student', robots: { index: false } };

/** The accepted questions of the article on the authoring screen, tried as a student (prerendered shell). */
export default function StudentPreviewPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-4 sm:px-6 sm:py-8">
      <Suspense>
        <StudentPreview />
      </Suspense>
    </div>
  );
}

import type { Metadata } from 'next';
import { JoinForm } from '@/components/assign/join-form';

export const metadata: Metadata = { title: 'Join an assignment' };

/** Where a student types the code the teacher shows. */
export default function JoinPage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-10 sm:px-6 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight break-words hyphens-auto sm:text-4xl">Join an assignment</h1>
      <p className="mt-2 text-lg text-ink-muted">Type the 6-character code your teacher shows. No account needed.</p>
      <JoinForm />
    </div>
  );
}

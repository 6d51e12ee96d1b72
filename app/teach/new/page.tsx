import type { Metadata } from 'next';
import { AuthoringScreen } from '@/components/author/authoring-screen';
import { TeacherLinksPanel } from '@/components/assign/teacher-links-panel';

export const metadata: Metadata = { title: 'Make a quiz from an article' };

/** Paste an article → draft questions that cite their sentence → review → publish (prerendered shell). */
export default function NewArticlePage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Make a quiz from an article</h1>
      <p className="mt-2 max-w-3xl text-lg text-ink-muted">
        Paste a news article and get draft questions, each citing the sentence it comes from. Accept, edit or reject
        them, add your own, then publish and assign. Your work is saved in this browser as you go.
      </p>
      <AuthoringScreen />
      <TeacherLinksPanel show="articles" />
    </div>
  );
}

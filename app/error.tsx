'use client';

import { buttonClass } from '@/components/ui/button-styles';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center sm:py-24">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-4 text-lg text-ink-muted">
        This page hit an unexpected problem. Your saved progress is untouched. Try again, or go back to the start.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className={buttonClass('primary', 'lg')}>
          Try again
        </button>
        <a href="/" className={buttonClass('secondary', 'lg')}>
          Back to all sets
        </a>
      </div>
    </div>
  );
}

import type { ReactNode } from 'react';

/** A calm, dismissible-by-parent message box, announced politely to screen readers. */
export function Notice({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-partial/40 bg-partial-soft px-4 py-3 text-sm text-ink"
    >
      <p className="min-w-0 flex-1">{children}</p>
      {action}
    </div>
  );
}

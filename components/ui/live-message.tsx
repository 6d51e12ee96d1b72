/**
 * A live region that is always in the page, so screen readers announce its text when it changes
 * (a region that appears already holding its text is often not read out).
 * Without a tone it is visually hidden; with tone="notice" it shows as a notice while it has text.
 */
export function LiveMessage({ children, tone }: { children: string; tone?: 'notice' }) {
  if (tone === 'notice') {
    return (
      <div
        role="status"
        className="rounded-xl border border-partial/40 bg-partial-soft px-4 py-3 text-sm text-ink empty:border-0 empty:p-0"
      >
        {children}
      </div>
    );
  }
  return (
    <p aria-live="polite" aria-atomic="true" className="sr-only">
      {children}
    </p>
  );
}

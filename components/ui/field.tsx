import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

/**
 * A labelled form field: the label, the control, a hint and the error for it. The control is
 * described by the hint and the error (aria-describedby), so a screen reader reads them with it.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {isValidElement(children)
        ? cloneElement(children as ReactElement<{ 'aria-describedby'?: string }>, {
            'aria-describedby': [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' '),
          })
        : children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-ink-muted">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} className="mt-1 text-sm font-medium text-bad empty:hidden" role="alert">
        {error}
      </p>
    </div>
  );
}

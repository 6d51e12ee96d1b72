'use client';

import { useState } from 'react';
import { buttonClass } from '@/components/ui/button-styles';

/** A read-only field with its value and a Copy button (the field selects itself when the clipboard is refused). */
export function CopyField({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const id = `copy-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-semibold text-ink-muted">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(e) => e.target.select()}
          className="min-h-11 min-w-0 flex-1 rounded-xl border border-line-strong bg-bg px-3 font-mono text-sm"
        />
        <button
          type="button"
          className={buttonClass('secondary')}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setCopied(true);
              setTimeout(() => setCopied(false), 2000);
            } catch {
              document.getElementById(id)?.focus();
            }
          }}
        >
          {copied ? 'Copied' : 'Copy'}
          <span className="sr-only"> {label.toLowerCase()}</span>
        </button>
      </div>
    </div>
  );
}

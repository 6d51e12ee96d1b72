'use client';

import { buttonClass } from '@/components/ui/button-styles';

/** Opens the browser's print dialog (the worksheet page's only script). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass('primary', 'lg')}>
      Print
    </button>
  );
}

'use client';

import { lazy, Suspense } from 'react';
import type { StoreNotice } from '@/stores/notices';

// The words are fetched only when there is something to say: most visits have no notice.
const SavedDataNoticeBody = lazy(() => import('./saved-data-notice-body'));

/**
 * A notice about saved data (set aside, read-only, storage full). The status region is always in
 * the page so the message is announced when it arrives.
 */
export function SavedDataNotice({ notice, onDismiss }: { notice: StoreNotice | null; onDismiss: () => void }) {
  return (
    <div role="status" className={notice ? 'mb-6' : undefined}>
      {notice ? (
        <Suspense fallback={null}>
          <SavedDataNoticeBody notice={notice} onDismiss={onDismiss} />
        </Suspense>
      ) : null}
    </div>
  );
}

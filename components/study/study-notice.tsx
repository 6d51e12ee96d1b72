'use client';

import { useStudyStore } from '@/stores/study-store-provider';

/**
 * Says, once, that saved progress had to be dropped (corrupted, or from another version). The
 * status region is always present so the message is announced when it arrives.
 */
export function StudyNotice() {
  const notice = useStudyStore((s) => s.notice);
  const dismiss = useStudyStore((s) => s.dismissNotice);
  return (
    <div role="status" className={notice ? 'mb-6' : undefined}>
      {notice ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-partial/40 bg-partial-soft px-4 py-3 text-sm text-ink">
          <p className="min-w-0 flex-1">{notice}</p>
          <button
            type="button"
            onClick={dismiss}
            className="min-h-11 rounded-lg px-3 font-semibold text-accent hover:bg-accent-soft"
          >
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}

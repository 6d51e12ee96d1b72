'use client';

import { Notice } from '@/components/ui/notice';
import { useStudyStore } from '@/stores/study-store-provider';

/** Says, once, that saved progress had to be dropped (corrupted, or from another version). */
export function StudyNotice() {
  const notice = useStudyStore((s) => s.notice);
  const dismiss = useStudyStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className="mb-6">
      <Notice
        action={
          <button
            type="button"
            onClick={dismiss}
            className="min-h-11 rounded-lg px-3 font-semibold text-accent hover:bg-accent-soft"
          >
            Dismiss
          </button>
        }
      >
        {notice}
      </Notice>
    </div>
  );
}

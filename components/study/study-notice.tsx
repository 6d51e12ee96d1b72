'use client';

import { useStudyStore } from '@/stores/study-store-provider';
import { SavedDataNotice } from '@/components/ui/saved-data-notice';

/** Says, once, what happened to saved progress that could not be used or saved as usual. */
export function StudyNotice() {
  const notice = useStudyStore((s) => s.notice);
  const dismiss = useStudyStore((s) => s.dismissNotice);
  return <SavedDataNotice notice={notice} onDismiss={dismiss} />;
}

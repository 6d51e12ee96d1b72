'use client';

import type { StoreNoticeView } from '@/stores/notices';

/**
 * A notice about saved data (set aside, read-only, storage full). The status region is always in
 * the page so the message is announced when it arrives. When a copy was set aside, it can be
 * downloaded, so the learner holds what the app could not read.
 */
export function SavedDataNotice({ notice, onDismiss }: { notice: StoreNoticeView | null; onDismiss: () => void }) {
  const download = () => {
    if (!notice?.backupKey) return;
    let raw: string | null = null;
    try {
      raw = window.localStorage.getItem(notice.backupKey);
    } catch {
      raw = null;
    }
    if (raw === null) return;
    const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${notice.backupKey.replace(/[^a-z0-9.-]+/gi, '-')}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div role="status" className={notice ? 'mb-6' : undefined}>
      {notice ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-partial/40 bg-partial-soft px-4 py-3 text-sm text-ink">
          <p className="min-w-0 flex-1 basis-60">{notice.message}</p>
          <div className="flex flex-wrap gap-2">
            {notice.backupKey ? (
              <button
                type="button"
                onClick={download}
                className="min-h-11 rounded-lg px-3 font-semibold text-accent hover:bg-accent-soft"
              >
                Download the copy
              </button>
            ) : null}
            <button
              type="button"
              onClick={onDismiss}
              className="min-h-11 rounded-lg px-3 font-semibold text-accent hover:bg-accent-soft"
            >
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

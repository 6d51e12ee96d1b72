'use client';

import { noticeView, type StoreNotice } from '@/stores/notices';

/**
 * The words and buttons of a notice about saved data. Loaded only when there is a notice (most
 * visits have none), from SavedDataNotice. When a copy was set aside it can be downloaded, so the
 * learner holds what the app could not read.
 */
export default function SavedDataNoticeBody({ notice, onDismiss }: { notice: StoreNotice; onDismiss: () => void }) {
  const view = noticeView(notice)!;
  const download = () => {
    if (!view.backupKey) return;
    let raw: string | null = null;
    try {
      raw = window.localStorage.getItem(view.backupKey);
    } catch {
      raw = null;
    }
    if (raw === null) return;
    const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${view.backupKey.replace(/[^a-z0-9.-]+/gi, '-')}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-partial/40 bg-partial-soft px-4 py-3 text-sm text-ink">
      <p className="min-w-0 flex-1 basis-60">{view.message}</p>
      <div className="flex flex-wrap gap-2">
        {view.backupKey ? (
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
  );
}

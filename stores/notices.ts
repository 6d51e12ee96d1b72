import type { StoredNotice } from './safe-storage';

/**
 * What a learner is told about their saved progress. Each message says what happened, that
 * nothing was lost, and what they can do.
 */

/**
 * What a store keeps: what happened to its saved data (and what that data is, "flashcard
 * progress"), or a message of its own. Turned into words only when shown (noticeView), so the
 * words are downloaded only by a browser that has something to say (components/ui/saved-data-notice).
 */
export type StoreNotice = { stored: StoredNotice; what?: string } | { message: string };

export type StoreNoticeView = {
  message: string;
  /** A copy of saved data that was set aside, offered for download. */
  backupKey?: string;
};

const SET_ASIDE_REASONS = {
  corrupt: 'Your saved progress could not be read',
  older: 'Your saved progress is from a version of this app that can no longer be carried over',
  'invalid-entries': 'Part of your saved progress could not be read',
} as const;

export function describeStoredNotice(notice: StoredNotice, what = 'progress'): StoreNoticeView {
  switch (notice.kind) {
    case 'set-aside':
      return {
        message: `${SET_ASIDE_REASONS[notice.reason].replace('progress', what)}, so a copy was set aside in this browser and ${
          notice.reason === 'invalid-entries'
            ? `the ${notice.dropped === 1 ? 'entry' : `${notice.dropped} entries`} in question left out. Everything else is as you left it.`
            : 'you are starting afresh.'
        }`,
        backupKey: notice.backupKey,
      };
    case 'unreadable-kept':
      return {
        message: `${SET_ASIDE_REASONS[notice.reason].replace('progress', what)}, and there is no room to keep a copy, so it is left untouched. What you do now is not saved; free some browser storage and reload.`,
      };
    case 'newer-version':
      return {
        message: `Your saved ${what} was made by a newer version of this app (perhaps in another tab). Reload to use it. Until then, nothing you do here is saved, so nothing is overwritten.`,
      };
    case 'validator-unavailable':
      return {
        message: `Your saved ${what} could not be loaded right now. It is kept as it was; reload the page to try again.`,
      };
    case 'storage-full':
      return {
        message: `Your browser’s storage for this site is full, so new ${what} is kept only while this tab stays open. What was saved before is untouched.`,
      };
    case 'storage-unavailable':
      return {
        message: `This browser is not letting the app save ${what} (private browsing can do this), so it is kept only while this tab stays open.`,
      };
  }
}

/** The words for a store's notice (null when there is none). */
export function noticeView(notice: StoreNotice | null): StoreNoticeView | null {
  if (!notice) return null;
  return 'stored' in notice ? describeStoredNotice(notice.stored, notice.what) : { message: notice.message };
}

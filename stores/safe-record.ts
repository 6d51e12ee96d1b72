import { isQuotaError, migrate, parseEnvelope, setAside, type StoredNotice } from './safe-storage';

/**
 * The same rules for a small value read and written at once, outside a zustand store: the lists of
 * a teacher's links and keys, a student's answer outbox. Every write first reads what is saved now
 * (so a change made in another tab is kept, not overwritten), then:
 * - a value from a newer version of the app is left alone (the write is refused, and said);
 * - a value it cannot read, or entries it drops, are copied aside first; if they cannot be, the
 *   write is refused rather than losing them;
 * - a full or blocked storage never throws.
 * A saved value without an envelope (what these lists wrote before) is version 0.
 */
export type SafeRecordOptions<T> = {
  key: string;
  version: number;
  /** The state from a saved one (already migrated to `version`), keeping what is valid; null when unreadable. */
  restore: (state: unknown) => { state: T; dropped: number } | null;
  migrations?: Record<number, (state: unknown) => unknown>;
  empty: () => T;
  getStorage?: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'> | undefined;
  now?: () => number;
};

export type SafeRecordRead<T> = {
  state: T;
  /** Why the saved value was not (all) used, or cannot be written. */
  notice: StoredNotice | null;
};

export type SafeRecord<T> = {
  read: () => SafeRecordRead<T>;
  /** Applies a change to what is saved now and writes it; the notice says why it could not be written. */
  update: (change: (current: T) => T) => { state: T; written: boolean; notice: StoredNotice | null };
  /** Removes the saved value (only when this version can read it). */
  clear: () => boolean;
};

export function createSafeRecord<T>(options: SafeRecordOptions<T>): SafeRecord<T> {
  const getStorage =
    options.getStorage ?? (() => (typeof window === 'undefined' ? undefined : (window.localStorage as Storage)));
  const now = options.now ?? Date.now;

  type Loaded = {
    state: T;
    raw: string | null;
    problem: 'corrupt' | 'older' | 'invalid-entries' | 'newer' | null;
    dropped: number;
  };

  const load = (storage: ReturnType<typeof getStorage>): Loaded => {
    const raw = storage?.getItem(options.key) ?? null;
    if (raw === null) return { state: options.empty(), raw, problem: null, dropped: 0 };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { state: options.empty(), raw, problem: 'corrupt', dropped: 1 };
    }
    const envelope = parseEnvelope(raw) ?? { state: parsed, version: 0 };
    if (envelope.version > options.version) return { state: options.empty(), raw, problem: 'newer', dropped: 0 };
    const migrated = migrate(envelope.state, envelope.version, options.version, options.migrations ?? {});
    if (!migrated.ok) return { state: options.empty(), raw, problem: 'older', dropped: 1 };
    const restored = options.restore(migrated.state);
    if (!restored) return { state: options.empty(), raw, problem: 'corrupt', dropped: 1 };
    return {
      state: restored.state,
      raw,
      problem: restored.dropped > 0 ? 'invalid-entries' : null,
      dropped: restored.dropped,
    };
  };

  const noticeOf = (loaded: Loaded): StoredNotice | null => {
    if (!loaded.problem) return null;
    if (loaded.problem === 'newer') return { kind: 'newer-version' };
    return { kind: 'unreadable-kept', reason: loaded.problem };
  };

  return {
    read() {
      try {
        const loaded = load(getStorage());
        return { state: loaded.state, notice: noticeOf(loaded) };
      } catch {
        return { state: options.empty(), notice: { kind: 'storage-unavailable' } };
      }
    },

    update(change) {
      let storage: ReturnType<typeof getStorage>;
      let loaded: Loaded;
      try {
        storage = getStorage();
        loaded = load(storage);
      } catch {
        return { state: change(options.empty()), written: false, notice: { kind: 'storage-unavailable' } };
      }
      const next = change(loaded.state);
      if (!storage) return { state: next, written: false, notice: { kind: 'storage-unavailable' } };
      if (loaded.problem === 'newer') return { state: next, written: false, notice: { kind: 'newer-version' } };
      let notice: StoredNotice | null = null;
      if (loaded.problem && loaded.raw !== null) {
        const backupKey = setAside(storage as Storage, options.key, loaded.raw, now());
        if (backupKey === null) return { state: next, written: false, notice: noticeOf(loaded) };
        notice = { kind: 'set-aside', reason: loaded.problem, dropped: loaded.dropped, backupKey };
      }
      try {
        storage.setItem(options.key, JSON.stringify({ state: next, version: options.version }));
        return { state: next, written: true, notice };
      } catch (error) {
        return {
          state: next,
          written: false,
          notice: { kind: isQuotaError(error) ? 'storage-full' : 'storage-unavailable' },
        };
      }
    },

    clear() {
      try {
        const storage = getStorage();
        const loaded = load(storage);
        if (loaded.problem) return false;
        storage?.removeItem(options.key);
        return true;
      } catch {
        return false;
      }
    },
  };
}

import type { PersistStorage } from 'zustand/middleware';

/**
 * localStorage for a zustand `persist` store that never destroys what it cannot read
 * (docs/decisions/009-saved-progress-is-never-destroyed.md). Every persisted store uses it.
 *
 * - A value saved by a newer version of the app (another tab, or a phone that updated while an
 *   old tab stayed open) is left alone: this tab goes read-only and says so.
 * - A value it cannot read (broken JSON, an older version with no migration, entries that fail
 *   their schema) is first copied to `<key>.backup-<time>`, then the app goes on with what was
 *   valid. If the copy cannot be made (storage full), the tab goes read-only instead.
 * - A full or blocked storage never throws: the store keeps working and says so.
 * - Nothing is written before the saved value has been read once.
 *
 * Whatever cannot be written (read-only, full, blocked) is kept in this tab's memory instead, so
 * moving from page to page keeps the learner's work until the tab is closed.
 *
 * The schema check is loaded on demand (`loadRestore`), only when something is saved, so a first
 * visit does not download the validator.
 */

export type StoredNotice =
  | { kind: 'set-aside'; reason: 'corrupt' | 'older' | 'invalid-entries'; dropped: number; backupKey: string }
  | { kind: 'unreadable-kept'; reason: 'corrupt' | 'older' | 'invalid-entries' }
  | { kind: 'newer-version' }
  | { kind: 'validator-unavailable' }
  | { kind: 'storage-full' }
  | { kind: 'storage-unavailable' };

export type Restore<T> = (value: unknown) => { state: T; dropped: number };

export type SafeStorageOptions<T> = {
  version: number;
  /** Steps from version n to n + 1; a missing step means the value cannot be carried over. */
  migrations: Record<number, (state: unknown) => unknown>;
  /** The state to start from when nothing usable is saved. */
  empty: () => T;
  /** Checks a saved (migrated) value entry by entry, keeping what is valid. */
  loadRestore: () => Promise<Restore<T>>;
  getStorage: () => Storage | undefined;
  now: () => number;
  onNotice: (notice: StoredNotice) => void;
};

export type SafeStorage<T> = PersistStorage<T> & {
  /** True when the saved value must not be written over (newer version, or no safe copy). */
  readonly readOnly: boolean;
  /** Writes a save that is waiting (large values are written just after the change, not during it). */
  flush: () => void;
};

/**
 * Above this size a save waits for the end of the current task (and is merged with any save after
 * it), so grading a card paints the next one before a year of review log is written. Measured on
 * this machine: 2.9 MB takes 130–300 ms to save in Chromium (docs/decisions/012-flashcards-and-fsrs.md).
 */
export const DEFER_ABOVE_BYTES = 256 * 1024;
const DEFER_MS = 50;

const BACKUP_MARK = '.backup-';

/**
 * What this tab could not write, per storage: the latest value of each key, why it is held here,
 * and the keys this tab must not write at all. It lives as long as the page's JavaScript does (a
 * tab moving between pages), which is what the notices promise.
 */
type TabMemory = { unsaved: Map<string, string>; why: Map<string, StoredNotice>; blocked: Set<string> };
const memories = new WeakMap<object, TabMemory>();
const NO_STORAGE = {};

function memoryOf(storage: Storage | undefined): TabMemory {
  const owner = storage ?? NO_STORAGE;
  let memory = memories.get(owner);
  if (!memory) {
    memory = { unsaved: new Map(), why: new Map(), blocked: new Set() };
    memories.set(owner, memory);
  }
  return memory;
}

/** Runs the migration steps from `from` to `to`; not ok when a step is missing or throws. */
export function migrate(
  state: unknown,
  from: number,
  to: number,
  steps: Record<number, (state: unknown) => unknown>,
): { ok: true; state: unknown } | { ok: false } {
  let current = state;
  for (let version = from; version < to; version += 1) {
    const step = steps[version];
    if (!step) return { ok: false };
    try {
      current = step(current);
    } catch {
      return { ok: false };
    }
  }
  return { ok: true, state: current };
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** The keys of the copies set aside for `key`, oldest first. */
export function backupKeys(storage: Storage, key: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const name = storage.key(i);
    if (name?.startsWith(key + BACKUP_MARK)) keys.push(name);
  }
  return keys.sort();
}

/** Copies a raw saved value aside (once: an identical copy is reused); its key, or null when it could not be copied. */
export function setAside(storage: Storage, name: string, raw: string, now: number): string | null {
  try {
    const existing = backupKeys(storage, name).find((key) => storage.getItem(key) === raw);
    if (existing) return existing;
    const key = `${name}${BACKUP_MARK}${new Date(now).toISOString()}`;
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

type Envelope = { state: unknown; version: number };

export function parseEnvelope(raw: string): Envelope | null {
  try {
    const parsed: unknown = JSON.parse(raw);
    const envelope = parsed as { state?: unknown; version?: unknown } | null;
    if (!envelope || typeof envelope !== 'object' || typeof envelope.version !== 'number' || !('state' in envelope)) {
      return null;
    }
    return { state: envelope.state, version: envelope.version };
  } catch {
    return null;
  }
}

export function createSafeStorage<T>(options: SafeStorageOptions<T>): SafeStorage<T> {
  let readOnly = false;
  let hasRead = false;
  let lastSize = 0;
  let waiting: { name: string; value: unknown } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const access = (): { storage: Storage | undefined; available: boolean } => {
    try {
      return { storage: options.getStorage(), available: true };
    } catch {
      return { storage: undefined, available: false };
    }
  };

  /** Keeps a value this tab could not write, and says why (once per reason). */
  const keepInMemory = (memory: TabMemory, name: string, json: string, why: StoredNotice | null) => {
    memory.unsaved.set(name, json);
    if (why && memory.why.get(name)?.kind !== why.kind) {
      memory.why.set(name, why);
      options.onNotice(why);
    }
  };

  const restore = async (state: unknown) => {
    try {
      return (await options.loadRestore())(state);
    } catch (error) {
      // The check could not be loaded (offline, say): keep the saved value exactly as it is.
      readOnly = true;
      hasRead = true;
      options.onNotice({ kind: 'validator-unavailable' });
      throw error;
    }
  };

  /** Writes a value now; what cannot be written is kept in the tab's memory and said. */
  const write = (name: string, value: unknown) => {
    const json = JSON.stringify(value);
    lastSize = json.length;
    const { storage, available } = access();
    const memory = memoryOf(storage);
    if (readOnly) {
      keepInMemory(memory, name, json, null);
      return;
    }
    if (!available || !storage) {
      keepInMemory(memory, name, json, available ? null : { kind: 'storage-unavailable' });
      return;
    }
    try {
      storage.setItem(name, json);
      memory.unsaved.delete(name);
      memory.why.delete(name);
    } catch (error) {
      // The saved value is unchanged (a failed setItem writes nothing); the work is kept in memory.
      keepInMemory(memory, name, json, { kind: isQuotaError(error) ? 'storage-full' : 'storage-unavailable' });
    }
  };

  const api: SafeStorage<T> = {
    get readOnly() {
      return readOnly;
    },

    async getItem(name) {
      const { storage, available } = access();
      const memory = memoryOf(storage);
      if (memory.blocked.has(name)) readOnly = true;

      // Work this tab could not save yet is newer than anything in storage.
      const unsaved = memory.unsaved.get(name);
      if (unsaved !== undefined) {
        const envelope = parseEnvelope(unsaved);
        const why = memory.why.get(name);
        if (why) options.onNotice(why);
        const restored = envelope ? await restore(envelope.state) : { state: options.empty(), dropped: 0 };
        hasRead = true;
        return { state: restored.state, version: options.version };
      }

      if (!available) {
        hasRead = true;
        memory.why.set(name, { kind: 'storage-unavailable' });
        options.onNotice({ kind: 'storage-unavailable' });
        return null;
      }
      let raw: string | null = null;
      try {
        raw = storage?.getItem(name) ?? null;
      } catch {
        hasRead = true;
        memory.why.set(name, { kind: 'storage-unavailable' });
        options.onNotice({ kind: 'storage-unavailable' });
        return null;
      }
      if (!storage || raw === null) {
        hasRead = true;
        return null;
      }
      lastSize = raw.length;

      let problem: 'corrupt' | 'older' | null = null;
      let migrated: unknown;
      const envelope = parseEnvelope(raw);
      if (!envelope) {
        problem = 'corrupt';
      } else if (envelope.version > options.version) {
        // Made by a newer version of the app: not ours to change. This tab works without saving.
        readOnly = true;
        hasRead = true;
        memory.blocked.add(name);
        memory.why.set(name, { kind: 'newer-version' });
        options.onNotice({ kind: 'newer-version' });
        return null;
      } else {
        const result = migrate(envelope.state, envelope.version, options.version, options.migrations);
        if (result.ok) migrated = result.state;
        else problem = 'older';
      }

      const restored = problem ? { state: options.empty(), dropped: 1 } : await restore(migrated);
      hasRead = true;
      if (problem || restored.dropped > 0) {
        const reason = problem ?? 'invalid-entries';
        const backupKey = setAside(storage, name, raw, options.now());
        if (backupKey === null) {
          readOnly = true;
          memory.blocked.add(name);
          memory.why.set(name, { kind: 'unreadable-kept', reason });
          options.onNotice({ kind: 'unreadable-kept', reason });
        } else {
          options.onNotice({ kind: 'set-aside', reason, dropped: restored.dropped, backupKey });
        }
      }
      return { state: restored.state, version: options.version };
    },

    setItem(name, value) {
      if (!hasRead) return;
      if (lastSize > DEFER_ABOVE_BYTES) {
        waiting = { name, value };
        if (timer === null) {
          timer = setTimeout(() => api.flush(), DEFER_MS);
          // Whatever happens next (the tab is hidden, closed, or navigates), the save is written first.
          if (typeof window !== 'undefined') {
            window.addEventListener('pagehide', flushOnLeave);
            document.addEventListener('visibilitychange', flushOnLeave);
          }
        }
        return;
      }
      write(name, value);
    },

    flush() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', flushOnLeave);
        document.removeEventListener('visibilitychange', flushOnLeave);
      }
      const next = waiting;
      waiting = null;
      if (next) write(next.name, next.value);
    },

    removeItem(name) {
      if (readOnly) return;
      try {
        access().storage?.removeItem(name);
      } catch {
        // Nothing to do.
      }
    },
  };

  function flushOnLeave() {
    api.flush();
  }

  return api;
}

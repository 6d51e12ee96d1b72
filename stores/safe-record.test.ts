import { describe, expect, it } from 'vitest';
import type { StudentAttempt } from '@/lib/assign/dto';
import { MemoryStorage } from '@/lib/testing/memory-storage';
import { createAssignmentStore, outboxKey } from './assignment-store';
import { createSafeRecord } from './safe-record';
import { backupKeys } from './safe-storage';

type List = { entries: Array<{ id: string; title: string }> };
const KEY = 'test:list';

function list(storage: MemoryStorage) {
  return createSafeRecord<List>({
    key: KEY,
    version: 1,
    migrations: { 0: (state) => ({ entries: state }) },
    empty: () => ({ entries: [] }),
    restore: (state) => {
      const entries = (state as { entries?: unknown }).entries;
      if (!Array.isArray(entries)) return null;
      const valid = entries.filter(
        (e): e is List['entries'][number] => typeof e?.id === 'string' && typeof e?.title === 'string',
      );
      return { state: { entries: valid }, dropped: entries.length - valid.length };
    },
    getStorage: () => storage,
    now: () => Date.parse('2026-12-07T10:00:00Z'),
  });
}
const add = (id: string) => (current: List) => ({ entries: [...current.entries, { id, title: id }] });

describe('a safe record', () => {
  it('reads what the lists wrote before (a bare array) and keeps it on the next write', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, JSON.stringify([{ id: 'a', title: 'A' }]));
    expect(list(storage).read()).toEqual({ state: { entries: [{ id: 'a', title: 'A' }] }, notice: null });
    list(storage).update(add('b'));
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({
      state: {
        entries: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'b' },
        ],
      },
      version: 1,
    });
  });

  it('keeps what another tab wrote in between: each write reads first', () => {
    const storage = new MemoryStorage();
    const tabA = list(storage);
    const tabB = list(storage);
    tabA.update(add('from-a'));
    tabB.update(add('from-b'));
    expect(tabA.read().state.entries.map((e) => e.id)).toEqual(['from-a', 'from-b']);
  });

  it('copies an entry it cannot read aside before writing without it', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ state: { entries: [{ id: 'a', title: 'A' }, { id: 7 }] }, version: 1 });
    storage.setItem(KEY, raw);
    expect(list(storage).read().notice).toEqual({ kind: 'unreadable-kept', reason: 'invalid-entries' });
    const result = list(storage).update(add('b'));
    expect(result).toMatchObject({
      written: true,
      notice: { kind: 'set-aside', reason: 'invalid-entries', dropped: 1 },
    });
    const [backup] = backupKeys(storage, KEY);
    expect(storage.getItem(backup!)).toBe(raw);
    expect(
      list(storage)
        .read()
        .state.entries.map((e) => e.id),
    ).toEqual(['a', 'b']);
  });

  it('copies broken JSON aside too, and refuses to write when there is no room for the copy', () => {
    const storage = new MemoryStorage(60);
    storage.setItem(KEY, '{"state": [broken');
    const result = list(storage).update(add('b'));
    expect(result).toMatchObject({ written: false, notice: { kind: 'unreadable-kept', reason: 'corrupt' } });
    expect(storage.getItem(KEY)).toBe('{"state": [broken');
    const roomy = new MemoryStorage();
    roomy.setItem(KEY, '{"state": [broken');
    expect(list(roomy).update(add('b'))).toMatchObject({
      written: true,
      notice: { kind: 'set-aside', reason: 'corrupt' },
    });
    expect(roomy.getItem(backupKeys(roomy, KEY)[0]!)).toBe('{"state": [broken');
  });

  it('never writes over a value from a newer version of the app', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ state: { entries: [], more: true }, version: 2 });
    storage.setItem(KEY, newer);
    expect(list(storage).update(add('b'))).toMatchObject({ written: false, notice: { kind: 'newer-version' } });
    expect(storage.getItem(KEY)).toBe(newer);
    expect(list(storage).clear()).toBe(false);
  });

  it('says when the storage is full, and leaves what was saved as it was', () => {
    const storage = new MemoryStorage(90);
    list(storage).update(add('a'));
    const before = storage.getItem(KEY);
    expect(list(storage).update(add('a-much-longer-entry-than-fits'))).toMatchObject({
      written: false,
      notice: { kind: 'storage-full' },
    });
    expect(storage.getItem(KEY)).toBe(before);
  });
});

describe("a student's outbox", () => {
  const attempt = {
    id: 'attempt-1',
    questions: [
      { id: 'q1', type: 'typed', prompt: 'One?' },
      { id: 'q2', type: 'typed', prompt: 'Two?' },
    ],
    answers: {},
    startedAt: '2026-12-07T10:00:00.000Z',
  } as unknown as StudentAttempt;
  const typed = (text: string) => ({ type: 'typed' as const, text });

  it('keeps the answers two tabs of one attempt queued, each tab its own', () => {
    const storage = new MemoryStorage();
    const tabA = createAssignmentStore(attempt, { storage });
    const tabB = createAssignmentStore(attempt, { storage });
    tabA.getState().answer(typed('Kim'));
    tabB.getState().goTo(1);
    tabB.getState().answer(typed('Putin'));
    const stored = JSON.parse(storage.getItem(outboxKey(attempt.id))!) as { state: Record<string, unknown> };
    expect(Object.keys(stored.state).sort()).toEqual(['q1', 'q2']);
    // A reload sees both.
    expect(Object.keys(createAssignmentStore(attempt, { storage }).getState().outbox).sort()).toEqual(['q1', 'q2']);
  });

  it('copies an unreadable outbox aside instead of writing over it', () => {
    const storage = new MemoryStorage();
    storage.setItem(outboxKey(attempt.id), '{"q1": {"revision": "x"');
    createAssignmentStore(attempt, { storage }).getState().answer(typed('Kim'));
    const [backup] = backupKeys(storage, outboxKey(attempt.id));
    expect(storage.getItem(backup!)).toBe('{"q1": {"revision": "x"');
    expect(Object.keys(JSON.parse(storage.getItem(outboxKey(attempt.id))!).state)).toEqual(['q1']);
  });

  it('leaves nothing behind once every answer is confirmed', () => {
    const storage = new MemoryStorage();
    const store = createAssignmentStore(attempt, { storage });
    store.getState().answer(typed('Kim'));
    store.getState().confirmed('q1', 1);
    expect(storage.getItem(outboxKey(attempt.id))).toBeNull();
  });
});

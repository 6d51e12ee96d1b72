import { describe, expect, it } from 'vitest';
import type { Question } from '@/lib/content/schema';
import {
  createStudyStorage,
  migrateStudy,
  STUDY_STORAGE_KEY,
  STUDY_STORAGE_VERSION,
  unusable,
} from './study-persistence';
import { createStudyStore } from './study-store';
import { restoreStudy } from './study-validation';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const questions: Question[] = [
  { id: 'q-one', type: 'truefalse', prompt: 'One?', answer: true, explanation: 'Yes.', evidence: 'one' },
  { id: 'q-two', type: 'typed', prompt: 'Two?', answer: 'two', explanation: 'Two.', evidence: 'two' },
  {
    id: 'q-three',
    type: 'single',
    prompt: 'Three?',
    options: ['a', 'b', 'c', 'd'],
    answer: 'c',
    explanation: 'C.',
    evidence: 'c',
  },
];
const byId = new Map(questions.map((q) => [q.id, q]));

function setup(storage = new MemoryStorage(), start = 1_000_000) {
  let clock = start;
  const store = createStudyStore({ storage: () => storage, now: () => clock });
  return {
    store,
    storage,
    tick: (ms: number) => {
      clock += ms;
    },
  };
}

async function hydrate(store: ReturnType<typeof createStudyStore>) {
  await store.persist.rehydrate();
  return store.getState();
}

function saved(storage: Storage) {
  return JSON.parse(storage.getItem(STUDY_STORAGE_KEY) ?? 'null');
}

describe('study store: a quiz from start to history', () => {
  it('runs a practice quiz, saves every step, and records the attempt with its score and time', async () => {
    const { store, storage, tick } = setup();
    await hydrate(store);
    const ids = questions.map((q) => q.id);
    const session = store
      .getState()
      .startQuiz({ setId: 's', questionIds: ids, mode: 'practice', shuffle: false, seed: 'x' });
    expect(session.questionIds).toEqual(ids);
    expect(saved(storage).state.sessions.s.id).toBe(session.id);
    expect(saved(storage).version).toBe(STUDY_STORAGE_VERSION);

    tick(4_000);
    store.getState().answer('s', { type: 'truefalse', value: true });
    store.getState().next('s'); // practice: cannot move on before checking
    expect(store.getState().sessions.s!.index).toBe(0);
    store.getState().check('s');
    store.getState().next('s');
    tick(6_000);
    store.getState().answer('s', { type: 'typed', text: 'Two' });
    store.getState().check('s');
    store.getState().next('s');
    tick(2_000);
    store.getState().answer('s', { type: 'single', choice: 'a' });
    store.getState().check('s');

    const record = store.getState().finish('s', byId)!;
    expect(record.points).toBe(2);
    expect(record.percent).toBe(67);
    expect(record.scores).toEqual({ 'q-one': 1, 'q-two': 1, 'q-three': 0 });
    expect(record.durationMs).toBe(12_000);
    expect(store.getState().sessions.s).toBeUndefined();
    expect(store.getState().history.s!.best!.percent).toBe(67);
    expect(saved(storage).state.history.s.attempts[0].id).toBe(record.id);
    expect(saved(storage).state.sessions.s).toBeUndefined();
  });

  it('a second store on the same storage resumes the quiz exactly where it was (a reload)', async () => {
    const { store, storage } = setup();
    await hydrate(store);
    store
      .getState()
      .startQuiz({ setId: 's', questionIds: questions.map((q) => q.id), mode: 'test', shuffle: true, seed: 'seed' });
    store.getState().answer('s', { type: 'truefalse', value: false });
    store.getState().next('s');
    store.getState().answer('s', { type: 'typed', text: 'draft' });
    const before = store.getState().sessions.s;

    const reloaded = setup(storage).store;
    expect(reloaded.getState().sessions.s).toBeUndefined(); // nothing is read before hydration
    const state = await hydrate(reloaded);
    expect(state.sessions.s).toEqual(before);
    expect(state.notice).toBeNull();
  });

  it('discard removes only that set’s quiz', async () => {
    const { store } = setup();
    await hydrate(store);
    store.getState().startQuiz({ setId: 'a', questionIds: ['q-one'], mode: 'test', shuffle: false });
    store.getState().startQuiz({ setId: 'b', questionIds: ['q-two'], mode: 'test', shuffle: false });
    store.getState().discard('a');
    expect(Object.keys(store.getState().sessions)).toEqual(['b']);
  });
});

describe('study store: saved values that cannot be used', () => {
  it('unreadable JSON is dropped with a notice, and the next save replaces it', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STUDY_STORAGE_KEY, '{"state": {"sessions": ');
    const { store } = setup(storage);
    const state = await hydrate(store);
    expect(state.sessions).toEqual({});
    expect(state.notice).toMatch(/could not be read/);
    store.getState().startQuiz({ setId: 's', questionIds: ['q-one'], mode: 'test', shuffle: false });
    expect(saved(storage).state.sessions.s).toBeDefined();
  });

  it('JSON of the wrong shape is dropped with a notice', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STUDY_STORAGE_KEY, JSON.stringify([1, 2, 3]));
    const state = await hydrate(setup(storage).store);
    expect(state.notice).toMatch(/could not be read/);
    expect(state.history).toEqual({});
  });

  it('one broken entry is dropped; the rest of the progress is kept', async () => {
    const { store, storage } = setup();
    await hydrate(store);
    store.getState().startQuiz({ setId: 'good', questionIds: ['q-one'], mode: 'test', shuffle: false });
    const value = saved(storage);
    value.state.sessions.bad = { ...value.state.sessions.good, setId: 'bad', index: 'three' };
    value.state.history.other = { attempts: 'not a list', best: null };
    storage.setItem(STUDY_STORAGE_KEY, JSON.stringify(value));

    const state = await hydrate(setup(storage).store);
    expect(Object.keys(state.sessions)).toEqual(['good']);
    expect(state.history).toEqual({});
    expect(state.notice).toMatch(/2 items/);
  });

  it('a value from an older version with no migration is dropped with a notice', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STUDY_STORAGE_KEY, JSON.stringify({ state: { progress: [] }, version: 0 }));
    const state = await hydrate(setup(storage).store);
    expect(state.notice).toMatch(/older version/);
    expect(state.sessions).toEqual({});
  });

  it('a value from a newer version is dropped with a notice', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STUDY_STORAGE_KEY, JSON.stringify({ state: { sessions: {}, history: {} }, version: 99 }));
    const state = await hydrate(setup(storage).store);
    expect(state.notice).toMatch(/newer version/);
  });

  it('a session pointing past its last question is rejected by the schema', () => {
    const restored = restoreStudy({
      sessions: {
        s: {
          id: 'x',
          setId: 's',
          mode: 'test',
          seed: 'a',
          shuffle: false,
          questionIds: ['q'],
          index: 1,
          answers: {},
          startedAt: 0,
          lastActiveAt: 0,
          activeMs: 0,
          retryOf: null,
        },
      },
      history: {},
    });
    expect(restored.state.sessions).toEqual({});
    expect(restored.dropped).toBe(1);
  });

  it('if the validator cannot be loaded, the saved value is left untouched', async () => {
    const storage = new MemoryStorage();
    const original = JSON.stringify({ state: { sessions: {}, history: {} }, version: 1 });
    storage.setItem(STUDY_STORAGE_KEY, original);
    const failing = createStudyStorage(
      () => storage,
      () => Promise.reject(new Error('offline')),
    );
    await expect(Promise.resolve(failing.getItem(STUDY_STORAGE_KEY))).rejects.toThrow('offline');
    expect(failing.readOnly).toBe(true);
    failing.setItem(STUDY_STORAGE_KEY, { state: { sessions: {}, history: {} }, version: 1 });
    expect(storage.getItem(STUDY_STORAGE_KEY)).toBe(original);
  });

  it('nothing saved means the validator is never loaded', async () => {
    let loads = 0;
    const storage = createStudyStorage(
      () => new MemoryStorage(),
      async () => {
        loads += 1;
      },
    );
    expect(await storage.getItem(STUDY_STORAGE_KEY)).toBeNull();
    expect(loads).toBe(0);
  });
});

describe('migrations', () => {
  it('apply in order from the saved version to the current one', () => {
    // A made-up history, to prove the chain: v-1 → v0 → v1.
    const steps = {
      [-1]: (state: unknown) => ({ ...(state as object), renamed: true }),
      0: (state: unknown) => ({ ...(state as object), sessions: {}, history: {} }),
    };
    expect(migrateStudy({ old: 1 }, -1, steps)).toEqual({ old: 1, renamed: true, sessions: {}, history: {} });
  });

  it('a missing step or a newer version gives an unusable value', () => {
    expect(migrateStudy({}, 0, {})).toEqual(unusable('older'));
    expect(migrateStudy({}, STUDY_STORAGE_VERSION + 1)).toEqual(unusable('newer'));
    expect(migrateStudy({ a: 1 }, STUDY_STORAGE_VERSION)).toEqual({ a: 1 });
  });
});

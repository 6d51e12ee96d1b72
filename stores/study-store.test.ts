import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '@/lib/testing/memory-storage';
import type { Question } from '@/lib/content/schema';
import { finishSession } from '@/lib/quiz/scoring';
import { restoreStudy } from './study-validation';
import { backupKeys, migrate } from './safe-storage';
import { STUDY_STORAGE_KEY, STUDY_STORAGE_VERSION, studyMigrations } from './study-persistence';
import { createStudyStore } from './study-store';
import { noticeView } from './notices';

/** localStorage in memory, with an optional size limit (in characters) to act out a full storage. */

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

function setup(storage: Storage = new MemoryStorage(), start = 1_000_000) {
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
  store.setState({ hasHydrated: true });
  return store.getState();
}

function saved(storage: Storage) {
  return JSON.parse(storage.getItem(STUDY_STORAGE_KEY) ?? 'null');
}

/** A version-1 value as the first release of the app saved it. */
function versionOneValue() {
  const session = {
    id: 'v1-session',
    setId: 'who',
    mode: 'test',
    seed: 'abc',
    shuffle: true,
    questionIds: ['q-one', 'q-two'],
    index: 1,
    answers: { 'q-one': { response: { type: 'truefalse', value: true }, checked: true } },
    startedAt: 10,
    lastActiveAt: 20,
    activeMs: 10,
    retryOf: null,
  };
  const attempt = {
    id: 'v1-attempt',
    setId: 'where',
    mode: 'practice',
    questionIds: ['q-one'],
    responses: { 'q-one': { type: 'truefalse', value: true } },
    scores: { 'q-one': 1 },
    points: 1,
    total: 1,
    percent: 100,
    startedAt: 1,
    finishedAt: 2,
    durationMs: 1,
    retryOf: null,
  };
  return {
    state: {
      sessions: { who: session },
      history: {
        where: {
          attempts: [attempt],
          best: { attemptId: 'v1-attempt', percent: 100, points: 1, total: 1, finishedAt: 2 },
        },
      },
    },
    version: 1,
  };
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

    const record = store.getState().finish('s', (session, now) => finishSession(session, byId, now))!;
    expect(record.points).toBe(2);
    expect(record.percent).toBe(67);
    expect(record.scores).toEqual({ 'q-one': 1, 'q-two': 1, 'q-three': 0 });
    expect(record.durationMs).toBe(12_000);
    expect(record.setSize).toBe(3);
    expect(store.getState().sessions.s).toBeUndefined();
    expect(store.getState().history.s!.best!.percent).toBe(67);
    expect(saved(storage).state.history.s.attempts[0].id).toBe(record.id);
    expect(saved(storage).state.sessions.s).toBeUndefined();
  });

  it('runs a test with a skipped and a flagged question, going back before finishing', async () => {
    const { store } = setup();
    await hydrate(store);
    store.getState().startQuiz({ setId: 's', questionIds: questions.map((q) => q.id), mode: 'test', shuffle: false });
    store.getState().next('s'); // skip q-one
    store.getState().answer('s', { type: 'typed', text: 'two' });
    store.getState().toggleFlag('s', 'q-two');
    store.getState().next('s');
    store.getState().answer('s', { type: 'single', choice: 'c' });
    store.getState().next('s'); // the last question opens the review
    expect(store.getState().sessions.s!.reviewing).toBe(true);
    store.getState().goTo('s', 0);
    store.getState().answer('s', { type: 'truefalse', value: false });
    store.getState().openReview('s');
    const record = store.getState().finish('s', (session, now) => finishSession(session, byId, now))!;
    expect(record.scores).toEqual({ 'q-one': 0, 'q-two': 1, 'q-three': 1 });
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

  it('a question removed from the set leaves the quiz; the other answers stay and the learner stays put', async () => {
    const { store, storage } = setup();
    await hydrate(store);
    store.getState().startQuiz({ setId: 's', questionIds: questions.map((q) => q.id), mode: 'test', shuffle: false });
    store.getState().answer('s', { type: 'truefalse', value: true });
    store.getState().next('s');
    store.getState().next('s');
    store.getState().answer('s', { type: 'single', choice: 'c' });
    const withoutTwo = new Map([...byId].filter(([id]) => id !== 'q-two'));
    store.getState().reconcile('s', withoutTwo);
    const session = saved(storage).state.sessions.s;
    expect(session.questionIds).toEqual(['q-one', 'q-three']);
    expect(session.index).toBe(1);
    expect(Object.keys(session.answers).sort()).toEqual(['q-one', 'q-three']);
    expect(noticeView(store.getState().notice)?.message).toMatch(
      /A question was removed from this set since you started/,
    );
  });

  it('nothing is written before the saved value has been read', () => {
    const storage = new MemoryStorage();
    storage.setItem(STUDY_STORAGE_KEY, JSON.stringify(versionOneValue()));
    const before = storage.snapshot();
    const { store } = setup(storage);
    store.getState().startQuiz({ setId: 'x', questionIds: ['q-one'], mode: 'test', shuffle: false });
    expect(storage.snapshot()).toEqual(before);
  });
});

describe('study store: saved values it cannot read are never destroyed', () => {
  it('a value from a newer version is left exactly as it is, and this tab goes on without saving', async () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ state: { sessions: {}, history: {}, cards: { 'q-one': 'x' } }, version: 99 });
    storage.setItem(STUDY_STORAGE_KEY, newer);
    const { store } = setup(storage);
    const state = await hydrate(store);
    expect(noticeView(state.notice)?.message).toMatch(/newer version/);
    expect(store.storageIsReadOnly()).toBe(true);
    // The app still works in memory…
    store.getState().startQuiz({ setId: 's', questionIds: ['q-one'], mode: 'test', shuffle: false });
    expect(store.getState().sessions.s).toBeDefined();
    // …and nothing is written over the newer value.
    expect(storage.snapshot()).toEqual({ [STUDY_STORAGE_KEY]: newer });
  });

  it('an old tab does not wipe what a newer tab saved when it hears about it through the storage event', async () => {
    const storage = new MemoryStorage();
    const { store } = setup(storage);
    await hydrate(store);
    store.getState().startQuiz({ setId: 's', questionIds: ['q-one'], mode: 'test', shuffle: false });
    // A newer version of the app, in another tab, saves its own shape.
    const newer = JSON.stringify({
      state: { sessions: {}, history: {}, extra: true },
      version: STUDY_STORAGE_VERSION + 1,
    });
    storage.setItem(STUDY_STORAGE_KEY, newer);
    await store.persist.rehydrate(); // what the provider does on a "storage" event
    store.getState().answer('s', { type: 'truefalse', value: true });
    store.getState().discard('s');
    expect(storage.getItem(STUDY_STORAGE_KEY)).toBe(newer);
    expect(noticeView(store.getState().notice)?.message).toMatch(/newer version/);
  });

  it('a value from the previous version is migrated, keeping every entry', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STUDY_STORAGE_KEY, JSON.stringify(versionOneValue()));
    const { store } = setup(storage);
    const state = await hydrate(store);
    expect(state.notice).toBeNull();
    expect(state.sessions.who).toMatchObject({
      id: 'v1-session',
      index: 1,
      flagged: [],
      reviewing: false,
      setSize: null,
    });
    expect(state.history.where!.attempts[0]).toMatchObject({ id: 'v1-attempt', setSize: null });
    expect(state.history.where!.best!.percent).toBe(100);
    // What is in storage after the next save: version 2, with every v1 entry.
    store.getState().answer('who', { type: 'typed', text: 'two' });
    const after = saved(storage);
    expect(after.version).toBe(STUDY_STORAGE_VERSION);
    expect(Object.keys(after.state.sessions)).toEqual(['who']);
    expect(after.state.sessions.who.answers['q-one']).toEqual({
      response: { type: 'truefalse', value: true },
      checked: true,
    });
    expect(after.state.history.where.attempts).toHaveLength(1);
    expect(backupKeys(storage, STUDY_STORAGE_KEY)).toEqual([]);
  });

  it('an older version with no way to migrate is set aside under a backup key, then the app starts afresh', async () => {
    const storage = new MemoryStorage();
    const old = JSON.stringify({ state: { progress: ['a'] }, version: 0 });
    storage.setItem(STUDY_STORAGE_KEY, old);
    const { store } = setup(storage);
    const state = await hydrate(store);
    expect(noticeView(state.notice)?.message).toMatch(/can no longer be carried over/);
    const [backup] = backupKeys(storage, STUDY_STORAGE_KEY);
    expect(backup).toMatch(/^newsquiz:study-progress\.backup-\d{4}-/);
    expect(noticeView(state.notice)?.backupKey).toBe(backup);
    expect(storage.getItem(backup!)).toBe(old);
    store.getState().startQuiz({ setId: 's', questionIds: ['q-one'], mode: 'test', shuffle: false });
    expect(saved(storage).state.sessions.s).toBeDefined();
    expect(storage.getItem(backup!)).toBe(old);
  });

  it('truncated JSON is set aside under a backup key, and the app works on a fresh state', async () => {
    const storage = new MemoryStorage();
    const truncated = JSON.stringify(versionOneValue()).slice(0, 80);
    storage.setItem(STUDY_STORAGE_KEY, truncated);
    const { store } = setup(storage);
    const state = await hydrate(store);
    expect(noticeView(state.notice)?.message).toMatch(/could not be read, so a copy was set aside/);
    expect(state.sessions).toEqual({});
    const [backup] = backupKeys(storage, STUDY_STORAGE_KEY);
    expect(storage.getItem(backup!)).toBe(truncated);
    store.getState().startQuiz({ setId: 's', questionIds: ['q-one'], mode: 'test', shuffle: false });
    expect(saved(storage).state.sessions.s).toBeDefined();
    expect(storage.getItem(backup!)).toBe(truncated);
  });

  it('a valid envelope with some bad entries keeps the good ones and sets the whole value aside', async () => {
    const { store, storage } = setup();
    await hydrate(store);
    store.getState().startQuiz({ setId: 'good', questionIds: ['q-one'], mode: 'test', shuffle: false });
    const value = saved(storage);
    value.state.sessions.bad = { ...value.state.sessions.good, setId: 'bad', index: 'three' };
    value.state.history.other = { attempts: 'not a list', best: null };
    const raw = JSON.stringify(value);
    storage.setItem(STUDY_STORAGE_KEY, raw);

    const reloaded = setup(storage).store;
    const state = await hydrate(reloaded);
    expect(Object.keys(state.sessions)).toEqual(['good']);
    expect(state.history).toEqual({});
    expect(noticeView(state.notice)?.message).toMatch(
      /the 2 entries in question left out\. Everything else is as you left it/,
    );
    const [backup] = backupKeys(storage, STUDY_STORAGE_KEY);
    expect(storage.getItem(backup!)).toBe(raw);
    // The next save keeps the good entry; the bad ones live on in the backup only.
    reloaded.getState().answer('good', { type: 'truefalse', value: false });
    expect(Object.keys(saved(storage).state.sessions)).toEqual(['good']);
  });

  it('the same unreadable value is set aside once, not once per page load', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STUDY_STORAGE_KEY, '{"state":');
    await hydrate(setup(storage).store);
    await hydrate(setup(storage).store);
    expect(backupKeys(storage, STUDY_STORAGE_KEY)).toHaveLength(1);
  });

  it('when storage is full, what was saved stays as it was and the learner is told; the quiz goes on in memory', async () => {
    const { store: first, storage } = setup(new MemoryStorage(1_500));
    await hydrate(first);
    first.getState().startQuiz({ setId: 's', questionIds: ['q-one'], mode: 'test', shuffle: false });
    const before = storage.getItem(STUDY_STORAGE_KEY);
    // A long answer pushes the value past the quota.
    first.getState().answer('s', { type: 'typed', text: 'x'.repeat(2_000) });
    expect(storage.getItem(STUDY_STORAGE_KEY)).toBe(before);
    expect(noticeView(first.getState().notice)?.message).toMatch(/storage for this site is full/);
    expect(first.getState().sessions.s!.answers['q-one']).toBeDefined();
  });

  it('work that could not be saved follows the learner to the next page of the same tab', async () => {
    const storage = new MemoryStorage(1_500);
    const { store: first } = setup(storage);
    await hydrate(first);
    first.getState().startQuiz({ setId: 's', questionIds: ['q-one'], mode: 'test', shuffle: false });
    first.getState().answer('s', { type: 'typed', text: 'y'.repeat(2_000) });
    const before = storage.getItem(STUDY_STORAGE_KEY);
    // The next page makes its own store on the same storage: it sees the unsaved answer, and says why.
    const { store: next } = setup(storage);
    const state = await hydrate(next);
    expect(state.sessions.s!.answers['q-one']!.response).toEqual({ type: 'typed', text: 'y'.repeat(2_000) });
    expect(noticeView(state.notice)?.message).toMatch(/storage for this site is full/);
    expect(storage.getItem(STUDY_STORAGE_KEY)).toBe(before);
  });

  it('a tab that went read-only keeps its own work across pages, still without writing', async () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ state: { sessions: {}, history: {} }, version: 99 });
    storage.setItem(STUDY_STORAGE_KEY, newer);
    const { store: first } = setup(storage);
    await hydrate(first);
    first.getState().startQuiz({ setId: 's', questionIds: ['q-one'], mode: 'test', shuffle: false });
    const { store: next } = setup(storage);
    const state = await hydrate(next);
    expect(state.sessions.s).toBeDefined();
    expect(next.storageIsReadOnly()).toBe(true);
    next.getState().answer('s', { type: 'truefalse', value: true });
    expect(storage.snapshot()).toEqual({ [STUDY_STORAGE_KEY]: newer });
  });

  it('when an unreadable value cannot be copied aside (storage full), it is left untouched and nothing is saved', async () => {
    const storage = new MemoryStorage(60);
    storage.setItem(STUDY_STORAGE_KEY, '{"state": {"sessions": "broken"'); // 44 characters with the key
    const { store } = setup(storage);
    const state = await hydrate(store);
    expect(noticeView(state.notice)?.message).toMatch(/no room to keep a copy/);
    store.getState().startQuiz({ setId: 's', questionIds: ['q-one'], mode: 'test', shuffle: false });
    expect(storage.snapshot()).toEqual({ [STUDY_STORAGE_KEY]: '{"state": {"sessions": "broken"' });
  });

  it('when storage is unavailable (private mode), the app works in memory and says so', async () => {
    const store = createStudyStore({
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const state = await hydrate(store);
    expect(noticeView(state.notice)?.message).toMatch(/not letting the app save/);
    store.getState().startQuiz({ setId: 's', questionIds: ['q-one'], mode: 'test', shuffle: false });
    expect(store.getState().sessions.s).toBeDefined();
  });

  it('if the validator cannot be loaded, the saved value is left untouched', async () => {
    const storage = new MemoryStorage();
    const original = JSON.stringify({ state: { sessions: {}, history: {} }, version: STUDY_STORAGE_VERSION });
    storage.setItem(STUDY_STORAGE_KEY, original);
    const store = createStudyStore({ storage: () => storage, loadRestore: () => Promise.reject(new Error('offline')) });
    await store.persist.rehydrate();
    expect(store.storageIsReadOnly()).toBe(true);
    expect(noticeView(store.getState().notice)?.message).toMatch(/could not be loaded right now/);
    store.getState().startQuiz({ setId: 's', questionIds: ['q-one'], mode: 'test', shuffle: false });
    expect(storage.snapshot()).toEqual({ [STUDY_STORAGE_KEY]: original });
  });

  it('nothing saved means the validator is never loaded', async () => {
    let loads = 0;
    const store = createStudyStore({
      storage: () => new MemoryStorage(),
      loadRestore: async () => {
        loads += 1;
        return restoreStudy;
      },
    });
    await store.persist.rehydrate();
    expect(loads).toBe(0);
  });
});

describe('migrations', () => {
  it('apply in order from the saved version to the current one', () => {
    const steps = {
      [-1]: (state: unknown) => ({ ...(state as object), renamed: true }),
      0: (state: unknown) => ({ ...(state as object), sessions: {}, history: {} }),
    };
    expect(migrate({ old: 1 }, -1, 1, steps)).toEqual({
      ok: true,
      state: { old: 1, renamed: true, sessions: {}, history: {} },
    });
  });

  it('a missing or throwing step means the value cannot be carried over', () => {
    expect(migrate({}, 0, STUDY_STORAGE_VERSION, studyMigrations)).toEqual({ ok: false });
    expect(
      migrate({}, 0, 1, {
        0: () => {
          throw new Error('bad');
        },
      }),
    ).toEqual({ ok: false });
  });

  it('the v1 → v2 step passes on what it does not recognise, for the schema check to judge', () => {
    expect(studyMigrations[1]!({ sessions: { a: 'junk' }, history: 5 })).toEqual({
      sessions: { a: 'junk' },
      history: 5,
    });
  });
});

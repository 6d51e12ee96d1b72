import { describe, expect, it } from 'vitest';
import { draftQuestions } from '@/lib/drafts/generate';
import { MemoryStorage } from '@/lib/testing/memory-storage';
import { AUTHORING_STORAGE_KEY, AUTHORING_STORAGE_VERSION, createAuthoringStore } from './authoring-store';
import { backupKeys } from './safe-storage';
import { noticeView } from './notices';

/**
 * The authoring screen's saved work: every change is saved at once, read back whole, and what
 * cannot be read (broken JSON, broken drafts, a newer version) is set aside or left alone, with
 * a notice, never overwritten.
 */

const TEXT = [
  'Anna Berg, the mayor of Uppsala, opened the new central library on Monday after two years of building work.',
  'About 300 residents attended the opening, and the library will now stay open on Sundays as well.',
  'Critics in Stockholm said the building cost too much, but Berg said it would serve the city for decades.',
].join('\n\n');

async function opened(storage: MemoryStorage) {
  const store = createAuthoringStore(() => storage);
  await store.persist.rehydrate();
  store.setState({ hasHydrated: true });
  return store;
}

describe('authoring store', () => {
  it('saves every change at once and reads the same work back', async () => {
    const storage = new MemoryStorage();
    const store = await opened(storage);
    store.getState().setField('title', 'Library opens');
    const result = draftQuestions({ title: 'Library opens', date: '2024-03-04', text: TEXT });
    store.getState().startReview(result);
    const [first, second] = store.getState().items;
    store.getState().accept(first!.draft.id);
    store.getState().reject(second!.draft.id, 'trivial');
    const again = await opened(storage);
    expect(again.getState().title).toBe('Library opens');
    expect(again.getState().phase).toBe('review');
    expect(
      again
        .getState()
        .items.map((i) => i.status)
        .slice(0, 2),
    ).toEqual(['accepted', 'rejected']);
    expect(again.getState().notice).toBeNull();
  });

  it('keeps the valid drafts of a partly broken save, sets the original aside, and says so', async () => {
    const storage = new MemoryStorage();
    const store = await opened(storage);
    store.getState().startReview(draftQuestions({ title: 'Library opens', date: '2024-03-04', text: TEXT }));
    const saved = JSON.parse(storage.getItem(AUTHORING_STORAGE_KEY)!) as { state: { items: unknown[] } };
    const count = saved.state.items.length;
    saved.state.items[0] = { draft: { id: 'Not A Slug' }, status: 'maybe' };
    storage.setItem(AUTHORING_STORAGE_KEY, JSON.stringify(saved));
    const again = await opened(storage);
    expect(again.getState().items).toHaveLength(count - 1);
    expect(noticeView(again.getState().notice)?.message).toMatch(/could not be read/);
    expect(backupKeys(storage, AUTHORING_STORAGE_KEY)).toHaveLength(1);
  });

  it('sets aside a truncated save and starts afresh, without writing over the copy', async () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTHORING_STORAGE_KEY, '{"state":{"phase":"review","title":"Half');
    const store = await opened(storage);
    expect(store.getState().phase).toBe('paste');
    expect(noticeView(store.getState().notice)?.message).toMatch(/set aside/);
    const [backup] = backupKeys(storage, AUTHORING_STORAGE_KEY);
    expect(storage.getItem(backup!)).toBe('{"state":{"phase":"review","title":"Half');
  });

  it('leaves a save from a newer version alone and goes read-only', async () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({
      state: { phase: 'review', title: 'From the future' },
      version: AUTHORING_STORAGE_VERSION + 1,
    });
    storage.setItem(AUTHORING_STORAGE_KEY, newer);
    const store = await opened(storage);
    store.getState().setField('title', 'Typed here');
    expect(storage.getItem(AUTHORING_STORAGE_KEY)).toBe(newer);
    expect(noticeView(store.getState().notice)?.message).toMatch(/newer/i);
  });

  describe('several articles', () => {
    it("a new article starts empty with today's date and never touches the first, which reopens as it was", async () => {
      const storage = new MemoryStorage();
      const store = await opened(storage);
      store.getState().setField('title', 'Library opens');
      store.getState().setField('date', '2024-03-04');
      store.getState().startReview(draftQuestions({ title: 'Library opens', date: '2024-03-04', text: TEXT }));
      store.getState().markPublished('library-opens-abc1234567', 'the-key');
      const firstId = store.getState().workId;
      store.getState().newArticle();
      expect(store.getState()).toMatchObject({ title: '', text: '', items: [], published: null, phase: 'paste' });
      expect(store.getState().date).toBe(new Date().toISOString().slice(0, 10));
      store.getState().setField('title', 'Second article');
      const again = await opened(storage);
      expect(again.getState().title).toBe('Second article');
      expect(again.getState().others[firstId]).toMatchObject({
        title: 'Library opens',
        date: '2024-03-04',
        published: { id: 'library-opens-abc1234567' },
      });
      expect(again.getState().openPublished('library-opens-abc1234567')).toBe(true);
      expect(again.getState()).toMatchObject({ title: 'Library opens', phase: 'review', workId: firstId });
      expect(Object.values(again.getState().others).map((w) => w.title)).toEqual(['Second article']);
      expect(again.getState().openPublished('someone-elses-abc7654321')).toBe(false);
    });

    it('an empty article is not kept when another is opened', async () => {
      const storage = new MemoryStorage();
      const store = await opened(storage);
      store.getState().setField('title', 'Kept');
      const kept = store.getState().workId;
      store.getState().newArticle();
      store.getState().openWork(kept);
      expect(store.getState().title).toBe('Kept');
      expect(Object.keys(store.getState().others)).toEqual([]);
    });

    it('reads the single article saved before, as the one on screen', async () => {
      const storage = new MemoryStorage();
      const old = {
        phase: 'paste',
        title: 'Old work',
        date: '2024-01-02',
        source: '',
        text: 'Some text.',
        sentences: [],
        paragraphs: [],
        items: [],
        sets: [],
        published: null,
      };
      storage.setItem(AUTHORING_STORAGE_KEY, JSON.stringify({ state: old, version: 1 }));
      const store = await opened(storage);
      expect(store.getState()).toMatchObject({ title: 'Old work', date: '2024-01-02', others: {} });
      expect(store.getState().notice).toBeNull();
    });

    it('a broken article among several is set aside, the others kept', async () => {
      const storage = new MemoryStorage();
      const store = await opened(storage);
      store.getState().setField('title', 'First');
      store.getState().newArticle();
      store.getState().setField('title', 'Second');
      store.getState().newArticle();
      store.getState().setField('title', 'Third');
      const saved = JSON.parse(storage.getItem(AUTHORING_STORAGE_KEY)!) as {
        state: { others: Record<string, unknown> };
      };
      const [firstId] = Object.keys(saved.state.others);
      saved.state.others[firstId!] = { title: 42 };
      storage.setItem(AUTHORING_STORAGE_KEY, JSON.stringify(saved));
      const again = await opened(storage);
      expect(again.getState().title).toBe('Third');
      expect(Object.values(again.getState().others).map((w) => w.title)).toEqual(['Second']);
      expect(backupKeys(storage, AUTHORING_STORAGE_KEY)).toHaveLength(1);
    });
  });
});

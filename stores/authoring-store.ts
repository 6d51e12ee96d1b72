import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import {
  emptyAuthoring,
  isEmptyWork,
  itemsFromDrafts,
  newWorkId,
  workOf,
  swapDistractor,
  switchType,
  type Authoring,
  type AuthoringWorks,
  type AuthoringDraft,
  type Grouping,
  type RejectReason,
  type SetEntry,
} from '@/lib/drafts/authoring';
import type { SetCategory } from '@/lib/content/schema';
import { afterRedraft, confirmGrounding, regrounded, withoutEvidence } from '@/lib/interop/grounding-state';
import type { Draft } from '@/lib/drafts/types';
import type { StoreNotice } from './notices';
import { createSafeStorage } from './safe-storage';

/**
 * The authoring screen's work in progress: every change is saved in this browser at once (through
 * safe-storage.ts, which never overwrites what it cannot read), so closing the tab loses nothing.
 * Nothing here reaches students: only publishing sends the accepted questions to the server.
 */

export const AUTHORING_STORAGE_KEY = 'newsquiz:authoring';
export const AUTHORING_STORAGE_VERSION = 2;

export type AuthoringActions = {
  setField: (field: 'title' | 'date' | 'source' | 'text', value: string) => void;
  startReview: (result: { sentences: string[]; paragraphs: string[]; drafts: Draft[]; more?: Draft[] }) => void;
  backToText: () => void;
  showReview: () => void;
  accept: (id: string) => void;
  reject: (id: string, reason: RejectReason) => void;
  reopen: (id: string) => void;
  saveEdit: (id: string, draft: AuthoringDraft) => void;
  switchType: (id: string) => void;
  swapDistractor: (id: string, index: number, replacement: string) => void;
  addOwn: (draft: AuthoringDraft, setKey: string) => void;
  /** Questions read from another tool's file, as drafts to review (lib/interop/grounding.ts). */
  importDrafts: (drafts: AuthoringDraft[]) => void;
  /** An imported draft's evidence: the suggested sentence confirmed, another sentence, or none. */
  ground: (id: string, choice: 'confirm' | 'none' | number) => void;
  moveToSet: (id: string, setKey: string) => void;
  setGrouping: (grouping: Grouping) => void;
  addSet: (title: string, category: SetCategory) => string;
  renameSet: (key: string, title: string) => void;
  markPublished: (id: string, key: string) => void;
  startOver: () => void;
  /** Keeps the article on screen apart and starts an empty one (today's date). */
  newArticle: () => void;
  /** Keeps the article on screen apart and reopens another. */
  openWork: (workId: string) => void;
  /** Reopens the work that published this article; false when it was not published from this browser. */
  openPublished: (articleId: string) => boolean;
  dismissNotice: () => void;
};

export type AuthoringStore = AuthoringWorks &
  AuthoringActions & {
    hasHydrated: boolean;
    notice: StoreNotice | null;
    /** An article asked for by its link was published from another browser: its drafts are not here. */
    notHere: boolean;
  };

const today = () => new Date().toISOString().slice(0, 10);

export function createAuthoringStore(
  getStorage: () => Storage | undefined = () => (typeof window === 'undefined' ? undefined : window.localStorage),
) {
  const made: {
    api?: { setState: (partial: Partial<AuthoringStore>) => void; persist: { hasHydrated: () => boolean } };
  } = {};
  let pendingNotice: StoreNotice | null = null;
  const storage = createSafeStorage<AuthoringWorks>({
    version: AUTHORING_STORAGE_VERSION,
    // Version 1 kept one article: it becomes the one on screen.
    migrations: { 1: (state) => ({ ...(state as object), workId: newWorkId(), others: {} }) },
    empty: () => ({ ...emptyAuthoring(today()), workId: newWorkId(), others: {} }),
    loadRestore: async () => {
      const { restoreAuthoringWorks } = await import('@/lib/drafts/authoring-restore');
      return (value: unknown) => restoreAuthoringWorks(value, today());
    },
    getStorage,
    now: () => Date.now(),
    onNotice: (notice) => {
      const view: StoreNotice = { stored: notice, what: 'draft questions' };
      if (made.api?.persist.hasHydrated()) made.api.setState({ notice: view });
      else pendingNotice = view;
    },
  });

  const store = createStore<AuthoringStore>()(
    persist(
      (set, get) => {
        const update = (id: string, change: (item: Authoring['items'][number]) => Authoring['items'][number]) =>
          set({ items: get().items.map((item) => (item.draft.id === id ? change(item) : item)) });
        /** The work on screen goes among the others (unless it is empty), and `next` takes its place. */
        const switchTo = (nextId: string, next: Authoring) => {
          const state = get();
          const others = { ...state.others };
          if (!isEmptyWork(state)) others[state.workId] = workOf(state);
          delete others[nextId];
          set({ ...next, workId: nextId, others, notHere: false });
        };
        return {
          ...emptyAuthoring(today()),
          workId: newWorkId(),
          others: {},
          notHere: false,
          hasHydrated: false,
          notice: null,
          setField: (field, value) => set({ [field]: value } as Partial<Authoring>),
          // Drafting again keeps "published": publishing then updates the same article (same key, same link).
          // Imported questions are kept; the engine's drafts and the teacher's own questions are replaced.
          startReview: ({ sentences, paragraphs, drafts, more }) =>
            set({
              phase: 'review',
              sentences,
              paragraphs,
              items: afterRedraft(get().items, sentences, itemsFromDrafts(drafts, more)),
            }),
          showReview: () => set({ phase: 'review' }),
          backToText: () => set({ phase: 'paste' }),
          // Accepting an imported question confirms the sentence it shows.
          accept: (id) =>
            update(id, (item) => ({
              ...item,
              draft: item.draft.grounding?.state === 'suggested' ? confirmGrounding(item.draft) : item.draft,
              status: 'accepted',
              reason: undefined,
            })),
          reject: (id, reason) => update(id, (item) => ({ ...item, status: 'rejected', reason })),
          reopen: (id) => update(id, (item) => ({ ...item, status: 'pending', reason: undefined })),
          saveEdit: (id, draft) =>
            update(id, (item) => ({
              ...item,
              draft: draft.grounding?.state === 'suggested' ? confirmGrounding(draft) : draft,
              edited: true,
              status: 'accepted',
              reason: undefined,
            })),
          switchType: (id) => update(id, (item) => ({ ...item, draft: switchType(item.draft), edited: true })),
          swapDistractor: (id, index, replacement) =>
            update(id, (item) => ({ ...item, draft: swapDistractor(item.draft, index, replacement), edited: true })),
          addOwn: (draft, setKey) =>
            set({ items: [...get().items, { draft, status: 'accepted', edited: true, setKey }] }),
          // Ids are checked again against the items as they are now (never two items with one id).
          importDrafts: (drafts) => {
            const used = new Set(get().items.map((item) => item.draft.id));
            const fresh = drafts.map((draft) => {
              let id = draft.id;
              for (let n = 2; used.has(id); n += 1) id = `${draft.id}-${n}`;
              used.add(id);
              return { draft: { ...draft, id }, status: 'pending' as const, edited: false, setKey: draft.category };
            });
            set({ items: [...fresh, ...get().items] });
          },
          ground: (id, choice) =>
            update(id, (item) => ({
              ...item,
              draft:
                choice === 'confirm'
                  ? confirmGrounding(item.draft)
                  : choice === 'none'
                    ? withoutEvidence(item.draft)
                    : regrounded(item.draft, choice, get().sentences),
            })),
          moveToSet: (id, setKey) => update(id, (item) => ({ ...item, setKey })),
          setGrouping: (grouping) => set({ grouping }),
          addSet: (title, category) => {
            const key = `own-${get().sets.length + 1}-${Date.now().toString(36)}`;
            set({ sets: [...get().sets, { key, title, category } satisfies SetEntry] });
            return key;
          },
          renameSet: (key, title) => set({ sets: get().sets.map((s) => (s.key === key ? { ...s, title } : s)) }),
          markPublished: (id, key) => set({ published: { id, key, at: new Date().toISOString() } }),
          startOver: () => set({ ...emptyAuthoring(today()) }),
          newArticle: () => switchTo(newWorkId(), emptyAuthoring(today())),
          openWork: (workId) => {
            const next = get().others[workId];
            if (next) switchTo(workId, next);
          },
          openPublished: (articleId) => {
            const state = get();
            if (state.published?.id === articleId) return true;
            const found = Object.entries(state.others).find(([, work]) => work.published?.id === articleId);
            if (!found) {
              set({ notHere: true });
              return false;
            }
            switchTo(found[0], found[1]);
            return true;
          },
          dismissNotice: () => set({ notice: null }),
        };
      },
      {
        name: AUTHORING_STORAGE_KEY,
        version: AUTHORING_STORAGE_VERSION,
        storage,
        partialize: (state): AuthoringWorks => ({ ...workOf(state), workId: state.workId, others: state.others }),
        onRehydrateStorage: () => () => {
          if (pendingNotice && made.api) {
            const notice = pendingNotice;
            pendingNotice = null;
            made.api.setState({ notice });
          }
        },
        skipHydration: true,
      },
    ),
  );
  made.api = store;
  return store;
}

export type AuthoringStoreApi = ReturnType<typeof createAuthoringStore>;

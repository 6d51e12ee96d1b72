import { createStore } from 'zustand/vanilla';
import type { StudentAttempt } from '@/lib/assign/dto';
import {
  confirm,
  dropConfirmed,
  enqueue,
  mergeAnswers,
  mergeOutboxes,
  type Outbox,
  type PendingAnswer,
} from '@/lib/assign/outbox';
import type { QuizResponse } from '@/lib/quiz/response';
import { advance, goBack, goTo, openReview, setResponse, toggleFlag, type QuizSession } from '@/lib/quiz/session';
import { createSafeRecord } from './safe-record';

/**
 * Client state for one assignment attempt: where the student is in the quiz (the same session
 * moves as self-study, in Test mode) and the outbox of answers the server has not confirmed yet.
 * The outbox is kept in localStorage under the attempt's id, so a reload or a closed tab while
 * offline loses nothing. The server is the source of truth for everything else.
 */

export type SaveStatus =
  { kind: 'saved' } | { kind: 'saving' } | { kind: 'offline'; since: number } | { kind: 'refused'; message: string };

export type AssignmentState = {
  attempt: StudentAttempt;
  session: QuizSession;
  /** The latest revision given to each question's answer. */
  revisions: Record<string, number>;
  outbox: Outbox;
  status: SaveStatus;
};

export type AssignmentActions = {
  answer: (response: QuizResponse) => void;
  next: () => void;
  back: () => void;
  goTo: (index: number) => void;
  review: () => void;
  toggleFlag: (questionId: string) => void;
  confirmed: (questionId: string, revision: number) => void;
  setStatus: (status: SaveStatus) => void;
};

export type AssignmentStore = AssignmentState & AssignmentActions;
export type AssignmentStoreApi = ReturnType<typeof createAssignmentStore>;

export function outboxKey(attemptId: string): string {
  return `newsquiz:assignment-outbox:${attemptId}`;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function isPending(value: unknown): value is PendingAnswer {
  const entry = value as PendingAnswer | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    Number.isInteger(entry.revision) &&
    entry.revision > 0 &&
    (entry.response === null || (typeof entry.response === 'object' && typeof entry.response.type === 'string'))
  );
}

/**
 * The attempt's outbox in this browser, through safe-storage's record: a write merges with what
 * another tab of the same attempt queued (the newer revision of each answer wins), and an entry it
 * cannot read is copied aside before anything is written over it.
 */
export function outboxRecord(storage: StorageLike | null, attemptId: string) {
  return createSafeRecord<Outbox>({
    key: outboxKey(attemptId),
    version: 1,
    // Version 0: the bare object this outbox was saved as before.
    migrations: { 0: (state) => state },
    empty: () => ({}),
    restore: (state) => {
      if (!state || typeof state !== 'object' || Array.isArray(state)) return null;
      const entries = Object.entries(state as Record<string, unknown>);
      const valid = entries.filter((entry): entry is [string, PendingAnswer] => isPending(entry[1]));
      return { state: Object.fromEntries(valid), dropped: entries.length - valid.length };
    },
    getStorage: () => storage ?? undefined,
  });
}

/** Writes the change into what is saved now; an empty outbox leaves nothing behind. */
function saveOutbox(storage: StorageLike | null, attemptId: string, change: (stored: Outbox) => Outbox): Outbox {
  const record = outboxRecord(storage, attemptId);
  const { state } = record.update(change);
  if (Object.keys(state).length === 0) record.clear();
  return state;
}

export function createAssignmentStore(
  attempt: StudentAttempt,
  options: { storage?: StorageLike | null; now?: () => number } = {},
) {
  const storage =
    options.storage === undefined ? (typeof localStorage === 'undefined' ? null : localStorage) : options.storage;
  const now = options.now ?? Date.now;
  const saved = Object.fromEntries(
    Object.entries(attempt.answers).map(([id, answer]) => [
      id,
      { revision: answer.revision, response: answer.response },
    ]),
  );
  const outbox = dropConfirmed(outboxRecord(storage, attempt.id).read().state, saved);
  const answers = mergeAnswers(saved, outbox);
  const started = Date.parse(attempt.startedAt);
  const session: QuizSession = {
    id: attempt.id,
    setId: attempt.id,
    mode: 'test',
    seed: attempt.id,
    shuffle: false,
    questionIds: attempt.questions.map((q) => q.id),
    index: 0,
    answers: Object.fromEntries(
      Object.entries(answers).flatMap(([id, answer]) =>
        answer.response ? [[id, { response: answer.response, checked: false }]] : [],
      ),
    ),
    startedAt: started,
    lastActiveAt: started,
    activeMs: 0,
    retryOf: null,
    setSize: null,
    flagged: [],
    reviewing: false,
  };
  // Resume at the first unanswered question.
  const firstOpen = session.questionIds.findIndex((id) => !session.answers[id]);
  session.index = firstOpen === -1 ? 0 : firstOpen;

  return createStore<AssignmentStore>()((set, get) => {
    const move = (change: (session: QuizSession, at: number) => QuizSession) =>
      set((state) => ({ session: change(state.session, now()) }));
    return {
      attempt,
      session,
      revisions: Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, answer.revision])),
      outbox,
      status: Object.keys(outbox).length > 0 ? { kind: 'saving' } : { kind: 'saved' },
      answer: (response) => {
        const state = get();
        if (state.status.kind === 'refused') return;
        const id = state.session.questionIds[state.session.index];
        if (!id) return;
        const session = setResponse(state.session, response, now());
        if (session === state.session) return;
        const revision = (state.revisions[id] ?? 0) + 1;
        const answer = { revision, response };
        // This tab's queue plus whatever another tab of this attempt queued meanwhile.
        const stored = saveOutbox(storage, attempt.id, (current) => enqueue(current, id, answer));
        const next = enqueue(mergeOutboxes(state.outbox, stored), id, answer);
        set({
          session,
          revisions: { ...state.revisions, [id]: revision },
          outbox: next,
          status: state.status.kind === 'offline' ? state.status : { kind: 'saving' },
        });
      },
      next: () => move(advance),
      back: () => move(goBack),
      goTo: (index) => move((s, at) => goTo(s, index, at)),
      review: () => move(openReview),
      toggleFlag: (questionId) => move((s, at) => toggleFlag(s, questionId, at)),
      confirmed: (questionId, revision) => {
        saveOutbox(storage, attempt.id, (current) => confirm(current, questionId, revision));
        set({ outbox: confirm(get().outbox, questionId, revision) });
      },
      setStatus: (status) => set({ status }),
    };
  });
}

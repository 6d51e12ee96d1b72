import { createStore } from 'zustand/vanilla';
import type { StudentAttempt } from '@/lib/assign/dto';
import { confirm, dropConfirmed, enqueue, mergeAnswers, type Outbox } from '@/lib/assign/outbox';
import type { QuizResponse } from '@/lib/quiz/response';
import { advance, goBack, goTo, openReview, setResponse, toggleFlag, type QuizSession } from '@/lib/quiz/session';

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

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function readOutbox(storage: StorageLike | null, attemptId: string): Outbox {
  try {
    const raw = storage?.getItem(outboxKey(attemptId));
    const value: unknown = raw ? JSON.parse(raw) : {};
    return value && typeof value === 'object' ? (value as Outbox) : {};
  } catch {
    return {}; // unreadable: left in place (never overwritten until something new is queued)
  }
}

function writeOutbox(storage: StorageLike | null, attemptId: string, outbox: Outbox) {
  try {
    if (Object.keys(outbox).length === 0) storage?.removeItem(outboxKey(attemptId));
    else storage?.setItem(outboxKey(attemptId), JSON.stringify(outbox));
  } catch {
    // Storage full or blocked: the outbox still lives in this tab until the server confirms.
  }
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
  const outbox = dropConfirmed(readOutbox(storage, attempt.id), saved);
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
        const next = enqueue(state.outbox, id, { revision, response });
        writeOutbox(storage, attempt.id, next);
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
        const next = confirm(get().outbox, questionId, revision);
        writeOutbox(storage, attempt.id, next);
        set({ outbox: next });
      },
      setStatus: (status) => set({ status }),
    };
  });
}

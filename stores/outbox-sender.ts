import type { ApiResult } from '@/lib/api-client';
import type { PendingAnswer } from '@/lib/assign/outbox';
import type { AssignmentStoreApi } from './assignment-store';

export type SendResult = 'ok' | 'offline' | 'refused';

/**
 * Sends a student's queued answers (stores/assignment-store.ts) one by one until the outbox is
 * empty: a confirmed answer leaves the queue, a network failure or a server error stops the round
 * as "offline" (the caller retries with back-off), a refusal (time up, closed, removed) stops
 * sending for good and says why. One round at a time: a flush asked for during a round waits for
 * it, then sends what is left.
 */
export function createOutboxSender(
  store: AssignmentStoreApi,
  send: (questionId: string, answer: PendingAnswer) => Promise<ApiResult<{ revision: number }>>,
) {
  let round: Promise<SendResult> | null = null;
  let failures = 0;

  async function sendAll(): Promise<SendResult> {
    for (;;) {
      const { outbox, status } = store.getState();
      if (status.kind === 'refused') return 'refused';
      const entry = Object.entries(outbox)[0];
      if (!entry) {
        store.getState().setStatus({ kind: 'saved' });
        failures = 0;
        return 'ok';
      }
      const [questionId, pending] = entry;
      if (store.getState().status.kind !== 'offline') store.getState().setStatus({ kind: 'saving' });
      const result = await send(questionId, pending);
      if (result.ok) {
        store.getState().confirmed(questionId, result.data.revision);
        continue;
      }
      if (result.offline) {
        failures += 1;
        const current = store.getState().status;
        store.getState().setStatus({ kind: 'offline', since: current.kind === 'offline' ? current.since : Date.now() });
        return 'offline';
      }
      store.getState().setStatus({ kind: 'refused', message: result.error.message });
      return 'refused';
    }
  }

  return {
    async flush(): Promise<SendResult> {
      while (round) await round;
      round = sendAll();
      try {
        return await round;
      } finally {
        round = null;
      }
    },
    /** Failed rounds in a row (0 after a round that emptied the queue). */
    get failures() {
      return failures;
    },
    resetFailures() {
      failures = 0;
    },
  };
}

export type OutboxSender = ReturnType<typeof createOutboxSender>;

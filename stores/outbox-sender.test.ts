import { describe, expect, it } from 'vitest';
import type { ApiResult } from '@/lib/api-client';
import type { StudentAttempt } from '@/lib/assign/dto';
import type { PendingAnswer } from '@/lib/assign/outbox';
import { MemoryStorage } from '@/lib/testing/memory-storage';
import { createAssignmentStore } from './assignment-store';
import { createOutboxSender } from './outbox-sender';

const attempt = {
  id: 'attempt-1',
  questions: [
    { id: 'q1', type: 'typed', prompt: 'One?' },
    { id: 'q2', type: 'typed', prompt: 'Two?' },
  ],
  answers: {},
  startedAt: '2026-12-07T10:00:00.000Z',
} as unknown as StudentAttempt;

type Reply = ApiResult<{ revision: number }>;
const saved = (revision: number): Reply => ({ ok: true, data: { revision } });
const offline: Reply = { ok: false, offline: true, error: { status: 0, message: 'offline' } };
const refused: Reply = { ok: false, offline: false, error: { status: 409, message: 'Time is up.' } };

function twoAnswers() {
  const store = createAssignmentStore(attempt, { storage: new MemoryStorage() });
  store.getState().answer({ type: 'typed', text: 'Kim' });
  store.getState().goTo(1);
  store.getState().answer({ type: 'typed', text: 'Putin' });
  return store;
}

describe('the outbox sender', () => {
  it('sends every queued answer once and empties the queue', async () => {
    const store = twoAnswers();
    const sent: string[] = [];
    const sender = createOutboxSender(store, async (questionId: string, answer: PendingAnswer) => {
      sent.push(questionId);
      return saved(answer.revision);
    });
    expect(await sender.flush()).toBe('ok');
    expect(sent).toEqual(['q1', 'q2']);
    expect(store.getState().outbox).toEqual({});
    expect(store.getState().status).toEqual({ kind: 'saved' });
  });

  it('stops a round when offline, counts it, and sends the rest next time', async () => {
    const store = twoAnswers();
    const replies = [saved(1), offline, saved(1)];
    const sender = createOutboxSender(store, async () => replies.shift()!);
    expect(await sender.flush()).toBe('offline');
    expect(sender.failures).toBe(1);
    expect(Object.keys(store.getState().outbox)).toEqual(['q2']);
    expect(store.getState().status.kind).toBe('offline');
    expect(await sender.flush()).toBe('ok');
    expect(sender.failures).toBe(0);
  });

  it('stops for good on a refusal, saying why', async () => {
    const store = twoAnswers();
    const sender = createOutboxSender(store, async () => refused);
    expect(await sender.flush()).toBe('refused');
    expect(store.getState().status).toEqual({ kind: 'refused', message: 'Time is up.' });
    expect(await sender.flush()).toBe('refused');
  });

  it('runs one round at a time: a flush during a round waits, then sends what is left', async () => {
    const store = twoAnswers();
    let inFlight = 0;
    let most = 0;
    const sender = createOutboxSender(store, async (_id, answer) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return saved(answer.revision);
    });
    const results = await Promise.all([sender.flush(), sender.flush(), sender.flush()]);
    expect(results).toEqual(['ok', 'ok', 'ok']);
    expect(most).toBe(1);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDeadlineSweeper } from './sweeper';

describe('the deadline sweeper', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('sweeps at every tick, never two at once, and keeps going after a failure', async () => {
    vi.useFakeTimers();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    let finish: () => void = () => {};
    const calls: string[] = [];
    const sweep = vi
      .fn<() => Promise<number>>()
      .mockImplementationOnce(() => {
        calls.push('slow');
        return new Promise((resolve) => (finish = () => resolve(3)));
      })
      .mockImplementationOnce(() => {
        calls.push('fails');
        return Promise.reject(new Error('database away'));
      })
      .mockImplementation(() => {
        calls.push('ok');
        return Promise.resolve(0);
      });
    const stop = startDeadlineSweeper(1000, sweep);
    await vi.advanceTimersByTimeAsync(3000); // the first sweep is still running: no second one
    expect(calls).toEqual(['slow']);
    finish();
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toEqual(['slow', 'fails', 'ok']);
    expect(log).toHaveBeenCalledTimes(1);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(3);
  });
});

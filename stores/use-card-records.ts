'use client';

import { useEffect, useState } from 'react';
import type { CardRecord } from '@/lib/srs/card';
import type { LogEntry } from '@/lib/srs/log';
import { cardRecords, loadScheduler } from './cards-store';

/**
 * Every card's schedule for the log. ts-fsrs loads only when the log has reviews to replay, so a
 * first visit never downloads it (bench/results.md, page weight). While it loads: the schedule shown
 * before (so a view that was on screen stays, with what it had), or null on a page's first render
 * and until a log with reviews has had its schedule once.
 */
export function useCardRecords(log: readonly LogEntry[]): ReadonlyMap<string, CardRecord> | null {
  const records = cardRecords(log);
  // The last schedule there was for a log with reviews (React's "store information from previous
  // renders"). Not the empty log's: before saved reviews are read the log is empty, and its schedule
  // ("20 new today") is not what the page shows while ts-fsrs loads to replay them; null (a placeholder) is.
  const [previous, setPrevious] = useState(log.length > 0 ? records : null);
  if (records && records !== previous && log.length > 0) setPrevious(records);
  const [, setLoaded] = useState(false);
  const waiting = records === null;
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    void loadScheduler().then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [waiting]);
  return records ?? previous;
}

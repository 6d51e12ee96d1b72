'use client';

import { useEffect, useState } from 'react';
import { teacherResults } from '@/lib/api-client';
import { plural } from '@/lib/format';

const STATES = { open: 'Open', closed: 'Closed', 'not-open': 'Not open yet' } as const;

/**
 * On "Your assignments": whether an assignment is open and how many have submitted, read from the
 * server with the key this browser keeps (the list itself lives only here).
 */
export function AssignmentStatus({ id, teacherKey }: { id: string; teacherKey: string }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void teacherResults(id, teacherKey).then((loaded) => {
      if (!live) return;
      if (!loaded.ok) {
        setText(loaded.error.status === 404 ? 'Not found on this server' : 'Status unavailable');
        return;
      }
      const { assignment, students } = loaded.data;
      const submitted = students.filter((s) => s.status !== 'in-progress').length;
      const answering = students.length - submitted;
      const state = assignment.finishing ? 'Closed to new students' : STATES[assignment.state];
      setText(`${state} · ${plural(submitted, 'submission')}${answering > 0 ? `, ${answering} answering` : ''}`);
    });
    return () => {
      live = false;
    };
  }, [id, teacherKey]);
  return (
    <span className="text-sm font-semibold text-ink" aria-live="off">
      {text ?? (
        <span className="inline-block h-4 w-32 max-w-full animate-pulse rounded bg-surface-2 motion-reduce:animate-none" />
      )}
    </span>
  );
}

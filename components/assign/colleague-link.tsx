'use client';

import { useState } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { shareResults, stopSharingResults } from '@/lib/api-client/accounts';
import { routes } from '@/lib/routes';
import { CopyField } from './copy-field';

/**
 * A read-only results link for a colleague: they watch the results and download the CSV, and
 * can change nothing. Making a new link ends the old one; "Stop sharing" ends it. Only the hash of
 * the link's key is stored, so a link made earlier cannot be shown again.
 */
export function ColleagueLink({
  assignmentId,
  teacherKey,
  shared,
}: {
  assignmentId: string;
  teacherKey: string;
  shared: boolean;
}) {
  const [state, setState] = useState<{ url: string | null; shared: boolean }>({ url: null, shared });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const make = async () => {
    setBusy(true);
    const made = await shareResults(assignmentId, teacherKey);
    setBusy(false);
    if (!made.ok) {
      setMessage(made.error.message);
      return;
    }
    setState({
      url: `${window.location.origin}${routes.teacherDashboard(assignmentId, made.data.viewKey)}`,
      shared: true,
    });
    setMessage(
      state.shared ? 'New read-only link made: the one shared before no longer opens.' : 'Read-only link made.',
    );
  };
  const stop = async () => {
    setBusy(true);
    const stopped = await stopSharingResults(assignmentId, teacherKey);
    setBusy(false);
    if (!stopped.ok) {
      setMessage(stopped.error.message);
      return;
    }
    setState({ url: null, shared: false });
    setMessage('Stopped sharing: the read-only link no longer opens these results.');
  };

  return (
    <div className="mt-6 border-t border-line pt-4">
      <h3 className="font-semibold">Share the results with a colleague</h3>
      <p className="mt-1 text-sm text-ink-muted">
        A read-only link: they see the results as they arrive and can download them, but cannot close, rename, remove or
        share anything.
      </p>
      {state.url ? (
        <div className="mt-3">
          <CopyField label="Read-only results link" value={state.url} />
        </div>
      ) : state.shared ? (
        <p className="mt-3 text-sm">
          A read-only link is shared. For safety it is not shown again: make a new one to copy it.
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" disabled={busy} className={buttonClass('secondary')} onClick={() => void make()}>
          {state.shared ? 'Make a new read-only link' : 'Make a read-only link'}
        </button>
        {state.shared ? (
          <button type="button" disabled={busy} className={buttonClass('ghost')} onClick={() => void stop()}>
            Stop sharing
          </button>
        ) : null}
      </div>
      <p role="status" className="mt-2 text-sm font-medium empty:hidden">
        {message}
      </p>
    </div>
  );
}

'use client';

import { useEffect, useState } from 'react';
import { AssignmentStatus } from '@/components/assign/assignment-status';
import { buttonClass } from '@/components/ui/button-styles';
import { signOut, signOutEverywhere, startSignIn, teacherHome, type TeacherHome } from '@/lib/api-client';
import { formatAttemptDay } from '@/lib/format';

/**
 * On "Assign a quiz": sign in with the school account (when the server has it set up), and then
 * everything the teacher made signed in, on any device: assignments with their status, articles.
 * Signing in and out go through /api/auth (better-auth); no sign-in code ships to student pages.
 */
export function TeacherAccount() {
  const [home, setHome] = useState<TeacherHome | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<'in' | 'out' | 'everywhere' | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    let live = true;
    void teacherHome().then((loaded) => {
      if (!live) return;
      if (loaded.ok) setHome(loaded.data);
      else setFailed(true);
    });
    return () => {
      live = false;
    };
  }, []);

  if (failed) return null; // the rest of the page works with key links as before
  if (!home) {
    return (
      <div
        aria-busy="true"
        data-placeholder
        className="mt-6 h-24 animate-pulse rounded-2xl bg-surface-2 motion-reduce:animate-none"
      />
    );
  }
  if (!home.signIn.configured) return null;

  const signIn = async () => {
    setBusy('in');
    setMessage('');
    const started = await startSignIn(window.location.pathname);
    if (started.ok) {
      window.location.assign(started.data.url);
      return;
    }
    setBusy(null);
    setMessage(`Could not start signing in: ${started.error.message}`);
  };
  const leave = async (everywhere: boolean) => {
    setBusy(everywhere ? 'everywhere' : 'out');
    const done = everywhere ? await signOutEverywhere() : await signOut();
    if (done.ok) {
      window.location.reload();
      return;
    }
    setBusy(null);
    setMessage(`Could not sign out: ${done.error.message}`);
  };
  const returnedWithError = new URLSearchParams(window.location.search).has('error');

  return (
    <section
      aria-labelledby="account-heading"
      className="mt-6 space-y-4 rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-6"
    >
      {home.teacher ? (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div className="min-w-0">
              <h2 id="account-heading" className="text-xl font-bold">
                Your work, on any device
              </h2>
              <p className="text-ink-muted [overflow-wrap:anywhere]">
                Signed in as {home.teacher.name} ({home.teacher.email})
              </p>
            </div>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                disabled={busy !== null}
                onClick={() => void leave(false)}
                className={buttonClass('secondary')}
              >
                {busy === 'out' ? 'Signing out…' : 'Sign out'}
              </button>
              <button
                type="button"
                disabled={busy !== null}
                onClick={() => void leave(true)}
                className={buttonClass('ghost')}
              >
                {busy === 'everywhere' ? 'Signing out…' : 'Sign out everywhere'}
              </button>
            </div>
          </div>
          <div className="grid gap-6 md:grid-cols-2">
            <div>
              <h3 className="font-semibold">Assignments ({home.assignments.length})</h3>
              {home.assignments.length === 0 ? (
                <p className="mt-1 text-sm text-ink-muted">Assignments you make while signed in appear here.</p>
              ) : (
                <ul className="mt-2 space-y-2">
                  {home.assignments.map((a) => (
                    <li key={a.id} className="rounded-xl border border-line p-3">
                      <a href={`/teach/${encodeURIComponent(a.id)}`} className="font-semibold text-accent">
                        {a.title}
                      </a>
                      <span className="block text-sm text-ink-muted">
                        Made {formatAttemptDay(Date.parse(a.createdAt))} · code {a.code}
                      </span>
                      <AssignmentStatus id={a.id} teacherKey="" />
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3 className="font-semibold">Articles ({home.articles.length})</h3>
              {home.articles.length === 0 ? (
                <p className="mt-1 text-sm text-ink-muted">Articles you publish while signed in appear here.</p>
              ) : (
                <ul className="mt-2 space-y-2">
                  {home.articles.map((a) => (
                    <li key={a.id} className="rounded-xl border border-line p-3">
                      <a href={`/teach/articles/${encodeURIComponent(a.id)}`} className="font-semibold text-accent">
                        {a.title}
                      </a>
                      <span className="block text-sm text-ink-muted">
                        Changed {formatAttemptDay(Date.parse(a.updatedAt))}
                        {a.shared ? ' · open for self-study' : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="min-w-0">
            <h2 id="account-heading" className="text-xl font-bold">
              Sign in to find your work on any device
            </h2>
            <p className="text-ink-muted">
              What you make signed in is kept with your account, not only in this browser. Students never sign in.
            </p>
          </div>
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => void signIn()}
            className={buttonClass('primary')}
          >
            {busy === 'in' ? 'Opening…' : `Sign in with ${home.signIn.providerName}`}
          </button>
        </div>
      )}
      {/* Always in the page, so a message added later is announced; takes no room while empty. */}
      <div role="alert" className="empty:hidden">
        {message || (returnedWithError && !home.teacher) ? (
          <p className="text-sm font-medium text-bad">{message || 'Signing in did not finish. Try again.'}</p>
        ) : null}
      </div>
    </section>
  );
}

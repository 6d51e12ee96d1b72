'use client';

import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { AssignmentStatus } from '@/components/assign/assignment-status';
import { buttonClass } from '@/components/ui/button-styles';
import {
  deletePasskey,
  signOut,
  signOutEverywhere,
  startSignIn,
  teacherHome,
  type TeacherHome,
} from '@/lib/api-client/accounts';
import { formatAttemptDay } from '@/lib/format';
import { ClaimLinks } from './claim-links';
import { makePasskey, signInWithPasskey } from './passkeys';

/**
 * On "Assign a quiz": sign in with the school account or a passkey (as the server has them set up),
 * and then everything the teacher made signed in, on any device: assignments with their status,
 * articles, links to move in from this browser, passkeys. Signing in and out go through /api/auth
 * (better-auth); no sign-in code ships to student pages.
 */
export function TeacherAccount() {
  const [home, setHome] = useState<TeacherHome | null>(null);
  const [failed, setFailed] = useState(false);
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    const loaded = await teacherHome();
    if (loaded.ok) setHome(loaded.data);
    else setFailed(true);
  }, []);

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
  if (!home.signIn.configured) {
    return (
      <p className="mt-6 rounded-2xl border border-line bg-surface-2 p-4 text-sm text-ink-muted">
        Teacher sign-in is not set up on this server, so what you make is kept by its private links (listed below).
        Whoever runs the app can turn it on: <code className="text-ink">APP_URL</code> and{' '}
        <code className="text-ink">AUTH_SECRET</code> for passkeys, and <code className="text-ink">OIDC_ISSUER</code>,{' '}
        <code className="text-ink">OIDC_CLIENT_ID</code>, <code className="text-ink">OIDC_CLIENT_SECRET</code> for
        school accounts (README, “Teacher sign-in”).
      </p>
    );
  }
  const returnedWithError =
    !home.teacher && typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('error');

  return (
    <section
      aria-labelledby="account-heading"
      className="mt-6 space-y-5 rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-6"
    >
      {home.teacher ? (
        <SignedIn home={home} onChange={load} onMessage={setMessage} />
      ) : (
        <SignedOut home={home} onMessage={setMessage} />
      )}
      {/* Always in the page, so a message added later is announced; takes no room while empty. */}
      <div role="alert" className="empty:hidden">
        {message || returnedWithError ? (
          <p className="text-sm font-medium text-bad">{message || 'Signing in did not finish. Try again.'}</p>
        ) : null}
      </div>
    </section>
  );
}

type PanelProps = { home: TeacherHome; onMessage: (message: string) => void };

function SignedOut({ home, onMessage }: PanelProps) {
  const [busy, setBusy] = useState<'school' | 'passkey' | 'new' | null>(null);
  const [name, setName] = useState('');
  const nameId = useId();
  const { providerName, passkeys } = home.signIn;

  const school = async () => {
    setBusy('school');
    onMessage('');
    const started = await startSignIn(window.location.pathname);
    if (started.ok) {
      window.location.assign(started.data.url);
      return;
    }
    setBusy(null);
    onMessage(`Could not start signing in: ${started.error.message}`);
  };
  const withPasskey = async () => {
    setBusy('passkey');
    onMessage('');
    const done = await signInWithPasskey();
    if (done.ok) {
      window.location.reload();
      return;
    }
    setBusy(null);
    onMessage(done.message);
  };
  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      onMessage('Type your name first: it is what your account is called.');
      document.getElementById(nameId)?.focus();
      return;
    }
    setBusy('new');
    onMessage('');
    const done = await makePasskey(name.trim());
    if (done.ok) {
      window.location.reload();
      return;
    }
    setBusy(null);
    onMessage(done.message);
  };

  return (
    <>
      <div>
        <h2 id="account-heading" className="text-xl font-bold">
          Sign in to find your work on any device
        </h2>
        <p className="text-ink-muted">
          What you make signed in is kept with your account, not only in this browser. Students never sign in.
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        {providerName ? (
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => void school()}
            className={buttonClass('primary')}
          >
            {busy === 'school' ? 'Opening…' : `Sign in with ${providerName}`}
          </button>
        ) : null}
        {passkeys ? (
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => void withPasskey()}
            className={buttonClass(providerName ? 'secondary' : 'primary')}
          >
            {busy === 'passkey' ? 'Waiting for your passkey…' : 'Sign in with a passkey'}
          </button>
        ) : null}
      </div>
      {passkeys ? (
        <details className="rounded-xl border border-line p-4">
          <summary className="cursor-pointer font-semibold text-accent">
            {providerName
              ? 'No school account? Make an account with a passkey'
              : 'New here? Make an account with a passkey'}
          </summary>
          <form onSubmit={create} className="mt-3 space-y-3">
            <p className="text-sm text-ink-muted">
              No e-mail and no password: this device (or your phone) keeps a passkey, unlocked the way you unlock it.
            </p>
            <div>
              <label htmlFor={nameId} className="block text-sm font-semibold">
                Your name
              </label>
              <input
                id={nameId}
                value={name}
                maxLength={80}
                autoComplete="name"
                onChange={(e) => setName(e.target.value)}
                className="mt-1 min-h-11 w-full max-w-md rounded-xl border border-line-strong bg-bg px-3"
              />
            </div>
            <button type="submit" disabled={busy !== null} className={buttonClass('secondary')}>
              {busy === 'new' ? 'Waiting for your passkey…' : 'Make my account with a passkey'}
            </button>
          </form>
        </details>
      ) : null}
    </>
  );
}

function SignedIn({ home, onChange, onMessage }: PanelProps & { onChange: () => Promise<void> }) {
  const [busy, setBusy] = useState<'out' | 'everywhere' | null>(null);
  const teacher = home.teacher!;

  const leave = async (everywhere: boolean) => {
    setBusy(everywhere ? 'everywhere' : 'out');
    const done = everywhere ? await signOutEverywhere() : await signOut();
    if (done.ok) {
      window.location.reload();
      return;
    }
    setBusy(null);
    onMessage(`Could not sign out: ${done.error.message}`);
  };

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <h2 id="account-heading" className="text-xl font-bold">
            Your work, on any device
          </h2>
          <p className="text-ink-muted [overflow-wrap:anywhere]">
            Signed in as {teacher.name} {teacher.email ? `(${teacher.email})` : 'with a passkey'}
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
      <ClaimLinks home={home} onClaimed={onChange} />
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
      {home.signIn.passkeys ? <Passkeys home={home} onChange={onChange} onMessage={onMessage} /> : null}
    </>
  );
}

function Passkeys({ home, onChange, onMessage }: PanelProps & { onChange: () => Promise<void> }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // An account made with a passkey alone has no other way in: its last passkey cannot be removed.
  const lastWayIn = home.teacher?.email === null && home.passkeys.length === 1;

  const add = async () => {
    setBusy('add');
    onMessage('');
    const done = await makePasskey();
    setBusy(null);
    if (!done.ok) {
      onMessage(done.message);
      return;
    }
    setStatus('Passkey added: you can sign in with it on this device.');
    await onChange();
  };
  const remove = async (id: string) => {
    setBusy(id);
    onMessage('');
    const done = await deletePasskey(id);
    setBusy(null);
    if (!done.ok) {
      onMessage(`Could not remove the passkey: ${done.error.message}`);
      return;
    }
    setStatus('Passkey removed: it no longer signs in to this account.');
    await onChange();
  };

  return (
    <div className="border-t border-line pt-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 className="font-semibold">Passkeys ({home.passkeys.length})</h3>
        <button type="button" disabled={busy !== null} onClick={() => void add()} className={buttonClass('secondary')}>
          {busy === 'add' ? 'Waiting for your passkey…' : 'Add a passkey'}
        </button>
      </div>
      {home.passkeys.length === 0 ? (
        <p className="mt-1 text-sm text-ink-muted">
          A passkey signs you in on this device without your school account’s password.
        </p>
      ) : (
        <ul className="mt-2 space-y-2">
          {home.passkeys.map((p) => (
            <li
              key={p.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-line p-3"
            >
              <span>
                <span className="font-semibold">{p.name || 'Passkey'}</span>
                <span className="block text-sm text-ink-muted">Added {formatAttemptDay(Date.parse(p.createdAt))}</span>
              </span>
              {lastWayIn ? (
                <span className="text-sm text-ink-muted">Your only way to sign in: add another before removing it</span>
              ) : (
                <button
                  type="button"
                  disabled={busy !== null}
                  onClick={() => void remove(p.id)}
                  className={buttonClass('ghost')}
                >
                  {busy === p.id ? 'Removing…' : 'Remove'}
                  <span className="sr-only"> passkey added {formatAttemptDay(Date.parse(p.createdAt))}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="mt-2 text-sm font-medium empty:hidden">
        {status}
      </p>
    </div>
  );
}

'use client';

import { useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { claimLinks, type ClaimItem, type ClaimOutcome, type TeacherHome } from '@/lib/api-client/accounts';
import { parseTeacherLink } from '@/lib/assign/teacher-link';
import { NO_TEACHER_LINKS, subscribeTeacherLinks, teacherLinksSnapshot } from '@/stores/teacher-links';

/**
 * Moves what the teacher made before signing in into the account: the links this browser remembers
 * (one button), or a teacher link pasted by hand. Once moved, an assignment or article is on the
 * teacher's home on any device and opens without its key; the old links keep working.
 */
export function ClaimLinks({ home, onClaimed }: { home: TeacherHome; onClaimed: () => Promise<void> }) {
  const links = useSyncExternalStore(subscribeTeacherLinks, teacherLinksSnapshot, () => NO_TEACHER_LINKS);
  // Links the server would not move (another account's, or gone): not offered again on this page.
  const [settled, setSettled] = useState<Set<string>>(new Set());
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState<'browser' | 'pasted' | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const inputId = useId();

  const inAccount = new Set([
    ...home.assignments.map((a) => `assignment:${a.id}`),
    ...home.articles.map((a) => `article:${a.id}`),
  ]);
  const waiting: ClaimItem[] = [
    ...links.assignments.map((a) => ({ kind: 'assignment' as const, id: a.id, key: a.key })),
    ...links.articles.map((a) => ({ kind: 'article' as const, id: a.id, key: a.key })),
  ].filter((item) => !inAccount.has(`${item.kind}:${item.id}`) && !settled.has(`${item.kind}:${item.id}`));

  const move = async (items: ClaimItem[], from: 'browser' | 'pasted') => {
    setBusy(from);
    setMessage('');
    setError('');
    const done = await claimLinks(items);
    setBusy(null);
    if (!done.ok) {
      setError(`Nothing moved: ${done.error.message}`);
      return false;
    }
    const count = (outcome: ClaimOutcome) => done.data.results.filter((r) => r.outcome === outcome).length;
    setSettled((before) => new Set([...before, ...done.data.results.map((r) => `${r.kind}:${r.id}`)]));
    const parts = [
      count('claimed') ? `Moved ${count('claimed')} into your account: they open without their keys now` : '',
      count('already-yours') ? `${count('already-yours')} already in your account` : '',
      count('another-account') ? `${count('another-account')} in another teacher’s account, left there` : '',
      count('not-found') ? `${count('not-found')} not found (the key is wrong, or it was deleted)` : '',
    ].filter(Boolean);
    const sentence = `${parts.join('; ')}.`;
    if (count('claimed') + count('already-yours') > 0) setMessage(sentence);
    else setError(sentence);
    await onClaimed();
    return count('claimed') + count('already-yours') > 0;
  };

  const movePasted = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseTeacherLink(pasted);
    if (!parsed.ok) {
      setMessage('');
      setError(parsed.message);
      document.getElementById(inputId)?.focus();
      return;
    }
    if (await move([parsed.item], 'pasted')) setPasted('');
  };

  const assignments = waiting.filter((item) => item.kind === 'assignment').length;
  const articles = waiting.length - assignments;
  const what = [
    assignments ? `${assignments} ${assignments === 1 ? 'assignment' : 'assignments'}` : '',
    articles ? `${articles} ${articles === 1 ? 'article' : 'articles'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');

  return (
    <div className="space-y-3 rounded-xl border border-line bg-surface-2 p-4">
      {waiting.length > 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="min-w-0">
            <span className="font-semibold">This browser also has {what}</span>{' '}
            <span className="text-ink-muted">made with private links, not in your account yet.</span>
          </p>
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => void move(waiting, 'browser')}
            className={buttonClass('primary')}
          >
            {busy === 'browser' ? 'Moving…' : 'Move them into your account'}
          </button>
        </div>
      ) : null}
      <form onSubmit={movePasted} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-60">
          <label htmlFor={inputId} className="block text-sm font-semibold">
            Move one in by its teacher link
          </label>
          <input
            id={inputId}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            placeholder="https://…/teach/…?key=…"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error && busy === null && pasted ? true : undefined}
            className="mt-1 min-h-11 w-full rounded-xl border border-line-strong bg-bg px-3 font-mono text-sm"
          />
        </div>
        <button type="submit" disabled={busy !== null} className={buttonClass('secondary')}>
          {busy === 'pasted' ? 'Moving…' : 'Move into my account'}
        </button>
      </form>
      <p role="status" className="text-sm font-medium empty:hidden">
        {message}
      </p>
      <p role="alert" className="text-sm font-medium text-bad empty:hidden">
        {error}
      </p>
    </div>
  );
}

'use client';

import { useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { joinAssignment } from '@/lib/api-client';
import { normaliseJoinCode } from '@/lib/assign/codes';
import { routes } from '@/lib/routes';

/** A join code, checked with the server (which slows down repeated wrong codes), then the assignment. */
export function JoinForm() {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const normalised = normaliseJoinCode(code);
    if (!normalised) {
      setError('A code has 6 letters and digits, like K7M Q2X.');
      return;
    }
    setBusy(true);
    setError('');
    const joined = await joinAssignment(normalised);
    if (!joined.ok) {
      setError(joined.error.message);
      setBusy(false);
      return;
    }
    window.location.assign(routes.assignment(normalised));
  };

  return (
    <form onSubmit={submit} noValidate className="mt-8">
      <label htmlFor="join-code" className="block font-semibold">
        Code
      </label>
      <div className="mt-2 flex flex-wrap gap-3">
        <input
          id="join-code"
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          aria-invalid={error ? true : undefined}
          aria-describedby="join-code-error"
          className="min-h-12 w-48 max-w-full min-w-0 rounded-xl border border-line-strong bg-bg px-4 font-mono text-2xl tracking-[0.2em] uppercase"
        />
        <button type="submit" disabled={busy} className={buttonClass('primary', 'lg')}>
          Join
        </button>
      </div>
      <p id="join-code-error" role="alert" className="mt-2 font-medium text-bad empty:hidden">
        {error}
      </p>
    </form>
  );
}

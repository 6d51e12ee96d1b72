'use client';

import { forwardRef } from 'react';

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  locked: boolean;
  state?: 'correct' | 'incorrect';
  describedBy?: string;
};

/** A free-text answer. Enter submits the surrounding form, which checks the answer. */
export const TypedAnswer = forwardRef<HTMLInputElement, Props>(function TypedAnswer(
  { id, value, onChange, locked, state, describedBy },
  ref,
) {
  const tone =
    state === 'correct'
      ? 'border-good bg-good-soft'
      : state === 'incorrect'
        ? 'border-bad bg-bad-soft'
        : 'border-line-strong bg-surface';
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        Your answer
      </label>
      <input
        ref={ref}
        id={id}
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        readOnly={locked}
        aria-describedby={describedBy}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="done"
        maxLength={200}
        className={`mt-2 block min-h-14 w-full rounded-xl border-2 px-4 text-lg text-ink placeholder:text-ink-muted focus-visible:border-accent ${tone}`}
        placeholder="Type here, then press Enter"
      />
    </div>
  );
});

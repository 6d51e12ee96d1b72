'use client';

import { CheckIcon, CrossIcon } from '@/components/ui/icons';

type Props = {
  name: string;
  kind: 'radio' | 'checkbox';
  options: string[];
  selected: string[];
  onToggle: (option: string) => void;
  locked: boolean;
  /** When set, marks which options are right (shown after checking in Practice mode). */
  correct?: string[];
  describedBy?: string;
};

/**
 * Answer options as real radio buttons or checkboxes inside their labels: arrow keys, Space and
 * screen readers work as they do everywhere. Keys 1–9 are added by the quiz runner.
 */
export function ChoiceOptions({ name, kind, options, selected, onToggle, locked, correct, describedBy }: Props) {
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="sr-only">{kind === 'radio' ? 'Choose one answer' : 'Select all that apply'}</legend>
      <ul className="space-y-3">
        {options.map((option, index) => {
          const isSelected = selected.includes(option);
          const isRight = correct?.includes(option) ?? false;
          const revealed = correct !== undefined;
          const tone = !revealed
            ? 'border-line has-[:checked]:border-accent has-[:checked]:bg-accent-soft hover:border-line-strong'
            : isRight
              ? 'border-good bg-good-soft'
              : isSelected
                ? 'border-bad bg-bad-soft'
                : 'border-line opacity-80';
          return (
            <li key={option}>
              <label
                className={`flex min-h-14 items-start gap-3 rounded-xl border-2 bg-surface p-3 sm:p-4 ${tone} ${
                  locked ? 'cursor-default' : 'cursor-pointer'
                } has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus`}
              >
                <input
                  type={kind}
                  name={name}
                  value={option}
                  checked={isSelected}
                  disabled={locked}
                  onChange={() => onToggle(option)}
                  className="sr-only"
                />
                <span
                  aria-hidden="true"
                  className={`grid size-7 shrink-0 place-items-center border-2 text-sm font-bold ${
                    kind === 'radio' ? 'rounded-full' : 'rounded-md'
                  } ${isSelected ? 'border-accent bg-accent text-on-accent' : 'border-line-strong text-ink-muted'}`}
                >
                  {index < 9 ? index + 1 : ''}
                </span>
                <span className="min-w-0 flex-1 pt-0.5 text-base leading-snug sm:text-lg">{option}</span>
                {revealed && (isRight || isSelected) ? (
                  <span
                    className={`flex shrink-0 items-center gap-1 pt-1 text-sm font-semibold ${isRight ? 'text-good' : 'text-bad'}`}
                  >
                    {isRight ? <CheckIcon size={18} /> : <CrossIcon size={18} />}
                    {isRight ? (isSelected ? 'Your answer, correct' : 'Correct answer') : 'Your answer'}
                  </span>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

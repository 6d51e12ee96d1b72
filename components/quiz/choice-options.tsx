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
  /** The question's prompt names the group. */
  labelledBy: string;
  describedBy?: string;
};

/**
 * Answer options as real radio buttons or checkboxes inside their labels: arrow keys, Space and
 * screen readers work as they do everywhere. Keys 1–9 are added by the quiz runner.
 */
export function ChoiceOptions({
  name,
  kind,
  options,
  selected,
  onToggle,
  locked,
  correct,
  labelledBy,
  describedBy,
}: Props) {
  const revealed = correct !== undefined;
  return (
    <div role={kind === 'radio' ? 'radiogroup' : 'group'} aria-labelledby={labelledBy} aria-describedby={describedBy}>
      <ul className="space-y-3">
        {options.map((option, index) => {
          const isSelected = selected.includes(option);
          const isRight = correct?.includes(option) ?? false;
          const tone = !revealed
            ? 'border-line bg-surface hover:border-line-strong has-[:checked]:border-accent has-[:checked]:bg-accent-soft'
            : isRight
              ? 'border-good bg-good-soft'
              : isSelected
                ? 'border-bad bg-bad-soft'
                : 'border-line bg-surface';
          return (
            <li key={option}>
              <label
                className={`flex min-h-14 items-start gap-3 rounded-xl border-2 p-3 sm:p-4 ${tone} ${
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
                  aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
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
                <span className="min-w-0 flex-1 pt-0.5">
                  <span className="block text-base leading-snug sm:text-lg">{option}</span>
                  {revealed && (isRight || isSelected) ? (
                    <span
                      className={`mt-1 flex items-center gap-1 text-sm font-semibold ${isRight ? 'text-good' : 'text-bad'}`}
                    >
                      {isRight ? <CheckIcon size={16} /> : <CrossIcon size={16} />}
                      {isRight ? (isSelected ? 'Your answer — right' : 'Right answer') : 'Your answer — wrong'}
                    </span>
                  ) : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

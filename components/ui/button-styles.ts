/**
 * Button looks, as class names, so links and buttons share them. Every size keeps a 44 px touch
 * target at least.
 */

export type ButtonVariant = 'primary' | 'secondary' | 'ghost';

const base =
  'inline-flex items-center justify-center gap-2 rounded-xl font-semibold no-underline select-none ' +
  'transition-colors duration-150 disabled:cursor-not-allowed disabled:opacity-50 ' +
  'aria-disabled:cursor-not-allowed aria-disabled:opacity-50';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-accent text-on-accent shadow-card hover:bg-accent-strong active:bg-accent-strong',
  secondary: 'border border-line-strong bg-surface text-ink hover:bg-surface-2 active:bg-surface-2',
  ghost: 'text-accent hover:bg-accent-soft active:bg-accent-soft',
};

const sizes = {
  md: 'min-h-11 px-4 text-base',
  lg: 'min-h-12 px-6 text-base sm:text-lg',
} as const;

export function buttonClass(variant: ButtonVariant = 'primary', size: keyof typeof sizes = 'md', extra = ''): string {
  return `${base} ${variants[variant]} ${sizes[size]} ${extra}`.trim();
}

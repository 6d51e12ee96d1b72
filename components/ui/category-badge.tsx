import type { SetCategory } from '@/lib/content/schema';

const LABELS: Record<SetCategory, string> = {
  who: 'Who',
  where: 'Where',
  when: 'When',
  'what-why': 'What & why',
  review: 'Review',
};

/** The set's category as a small label; text, not colour alone, says which one it is. */
export function CategoryBadge({ category }: { category: SetCategory }) {
  return (
    <span className="inline-flex items-center rounded-full bg-accent-soft px-2.5 py-0.5 text-xs font-semibold tracking-wide text-accent uppercase">
      {LABELS[category]}
    </span>
  );
}

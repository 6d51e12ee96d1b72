import { ArrowLeftIcon } from '@/components/ui/icons';
import { routes } from '@/lib/routes';
import type { ArticleSearch } from '@/lib/search-params';

export type Back = { href: string; label: string };

export const ALL_SETS: Back = { href: routes.home(), label: 'All sets' };

/** Where "Back" leads from the article: the set page the reader came from, when the query names one. */
export function articleBack(search: ArticleSearch, fromSet: { id: string; title: string } | undefined): Back {
  if (!fromSet) return ALL_SETS;
  switch (search.back) {
    case 'quiz':
      return { href: routes.quiz(fromSet.id), label: `Back to the ${fromSet.title} quiz` };
    case 'results':
      return { href: routes.results(fromSet.id, search.attempt), label: `Back to your ${fromSet.title} results` };
    case 'cards':
      return { href: routes.cards(fromSet.id), label: `Back to the ${fromSet.title} cards` };
    default:
      return ALL_SETS;
  }
}

/**
 * "Back to …" above the article: the server draws "All sets", the highlight island the one the query asks
 * for. Never a scroll anchor (overflow-anchor: none), so that the evidence note arriving below it keeps the
 * article text in place (evidence-highlight.tsx).
 */
export function BackLink({ back }: { back: Back }) {
  return (
    <a
      href={back.href}
      className="inline-flex min-h-11 items-center gap-2 font-medium text-accent no-underline [overflow-anchor:none]"
      data-no-print
    >
      <ArrowLeftIcon size={18} className="shrink-0" /> {back.label}
    </a>
  );
}

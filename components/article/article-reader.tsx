'use client';

import { useSearchParams } from 'next/navigation';
import { articleSearch } from '@/lib/search-params';
import { ArticleView, type ArticleViewProps } from './article-view';

/**
 * The article page reads its query (which question's evidence to highlight, where "Back" goes) in
 * the browser, so the page itself can be prerendered and work offline. Until then it shows the
 * article without a highlight (the same markup, from the server).
 */
export function ArticleReader(props: Omit<ArticleViewProps, 'search'>) {
  const search = articleSearch(useSearchParams());
  return <ArticleView {...props} search={search} />;
}

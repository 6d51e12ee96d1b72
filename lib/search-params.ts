import { SLUG_PATTERN } from '@/lib/content/slug';
import { EVIDENCE_BACKS, type EvidenceBack } from '@/lib/routes';

/**
 * Query-string values the pages read in the browser (the pages are prerendered, so the query is
 * read on the client). A malformed value is ignored (treated as absent) rather than failing the
 * page: these come from links, and a mangled link should still show the page. Plain checks, not
 * zod, so reading them costs the page almost nothing.
 */

type Params = { get: (name: string) => string | null };

export function slugParam(params: Params, name: string): string | undefined {
  const value = params.get(name);
  return value !== null && value.length <= 100 && SLUG_PATTERN.test(value) ? value : undefined;
}

/** Attempt ids are made by the study store: base-36 time, a hyphen, a base-36 random part. */
export function attemptIdParam(params: Params, name = 'attempt'): string | undefined {
  const value = params.get(name);
  return value !== null && value.length <= 64 && /^[a-z0-9-]+$/.test(value) ? value : undefined;
}

export function backParam(params: Params, name = 'back'): EvidenceBack | undefined {
  const value = params.get(name);
  return EVIDENCE_BACKS.find((back) => back === value);
}

export type ArticleSearch = { q?: string; set?: string; back?: EvidenceBack; attempt?: string };

export function articleSearch(params: Params): ArticleSearch {
  return {
    q: slugParam(params, 'q'),
    set: slugParam(params, 'set'),
    back: backParam(params),
    attempt: attemptIdParam(params),
  };
}

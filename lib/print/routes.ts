/**
 * The worksheet pages' addresses (apart from lib/routes.ts, which every page's script carries: only
 * the pages that link to a worksheet load these).
 */

/** A worksheet's settings in its address (lib/print/worksheet.ts reads them back). */
export type PrintQuery = { paper: 'a4' | 'letter'; versions: 'a' | 'b' | 'ab' };

function printQuery(options: PrintQuery | undefined, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (options && options.paper !== 'a4') params.set('paper', options.paper);
  if (options && options.versions !== 'a') params.set('versions', options.versions);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const printRoutes = {
  /** A shipped set as a printed worksheet with its answer key (lib/print/worksheet.ts). */
  set: (setId: string, options?: PrintQuery) => `/sets/${encodeURIComponent(setId)}/print${printQuery(options)}`,
  /** An assignment's questions as a printed worksheet (the key rides in the query, as on the dashboard). */
  assignment: (assignmentId: string, key: string, options?: PrintQuery) =>
    `/teach/${encodeURIComponent(assignmentId)}/print${printQuery(options, key ? { key } : {})}`,
  /** A set of a teacher's own article as a printed worksheet. */
  authored: (articleId: string, key: string, setId: string, options?: PrintQuery) =>
    `/teach/articles/${encodeURIComponent(articleId)}/print${printQuery(options, { ...(key ? { key } : {}), set: setId })}`,
};

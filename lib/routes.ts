/** Every URL the app links to, built in one place. */

export const EVIDENCE_BACKS = ['quiz', 'results', 'cards'] as const;
export type EvidenceBack = (typeof EVIDENCE_BACKS)[number];

export type EvidenceLink = {
  /** Question whose evidence to highlight. */
  questionId?: string;
  /** First sentence of that evidence, to scroll to. */
  sentence?: number;
  /** Set the learner came from, for the "Back to …" link. */
  fromSet?: string;
  /** Which page of that set to go back to. */
  back?: EvidenceBack;
  /** The attempt whose results to go back to. */
  attemptId?: string;
};

/** A worksheet's settings in its address (lib/print/worksheet.ts reads them back). */
export type PrintQuery = { paper: 'a4' | 'letter'; versions: 'a' | 'b' | 'ab' };

function printQuery(options: PrintQuery | undefined, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (options && options.paper !== 'a4') params.set('paper', options.paper);
  if (options && options.versions !== 'a') params.set('versions', options.versions);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const routes = {
  home: () => '/',
  set: (setId: string) => `/sets/${encodeURIComponent(setId)}`,
  quiz: (setId: string) => `/sets/${encodeURIComponent(setId)}/quiz`,
  cards: (setId: string) => `/sets/${encodeURIComponent(setId)}/cards`,
  /** A shipped set as a file for Moodle or another quiz tool (lib/interop/export.ts). */
  setExport: (setId: string, format: 'gift' | 'moodle-xml' | 'qti') =>
    `/api/sets/${encodeURIComponent(setId)}/export?format=${format}`,
  /** A shipped set as a printed worksheet with its answer key (lib/print/worksheet.ts). */
  setPrint: (setId: string, options?: PrintQuery) => `/sets/${encodeURIComponent(setId)}/print${printQuery(options)}`,
  /** An assignment's questions as a printed worksheet (the key rides in the query, as on the dashboard). */
  assignmentPrint: (assignmentId: string, key: string, options?: PrintQuery) =>
    `/teach/${encodeURIComponent(assignmentId)}/print${printQuery(options, key ? { key } : {})}`,
  /** A set of a teacher's own article as a printed worksheet. */
  authoredPrint: (articleId: string, key: string, setId: string, options?: PrintQuery) =>
    `/teach/articles/${encodeURIComponent(articleId)}/print${printQuery(options, { ...(key ? { key } : {}), set: setId })}`,
  allCards: () => '/cards',
  progress: () => '/progress',
  teach: () => '/teach',
  /** The teacher's private page: the key rides in the query (the page sends no Referer: next.config.js). */
  teacherDashboard: (assignmentId: string, key: string) =>
    `/teach/${encodeURIComponent(assignmentId)}?key=${encodeURIComponent(key)}`,
  /** Paste an article and turn it into questions. */
  newArticle: () => '/teach/new',
  /** The accepted questions of the article on the authoring screen, tried as a student (nothing saved). */
  previewArticle: (setKey?: string) => `/teach/new/preview${setKey ? `?set=${encodeURIComponent(setKey)}` : ''}`,
  /** The authoring screen on the work that published this article (when it was published in this browser). */
  editArticle: (articleId: string) => `/teach/new?article=${encodeURIComponent(articleId)}`,
  /** A teacher's own article (its key rides in the query, like the dashboard's). */
  authoredArticle: (articleId: string, key: string) =>
    `/teach/articles/${encodeURIComponent(articleId)}?key=${encodeURIComponent(key)}`,
  join: () => '/join',
  assignment: (code: string) => `/a/${encodeURIComponent(code)}`,
  results: (setId: string, attemptId?: string) =>
    `/sets/${encodeURIComponent(setId)}/results${attemptId ? `?attempt=${encodeURIComponent(attemptId)}` : ''}`,
  article: (articleId: string, link: EvidenceLink = {}) => {
    const params = new URLSearchParams();
    if (link.questionId) params.set('q', link.questionId);
    if (link.fromSet) params.set('set', link.fromSet);
    if (link.fromSet && link.back) params.set('back', link.back);
    if (link.fromSet && link.back === 'results' && link.attemptId) params.set('attempt', link.attemptId);
    const query = params.toString();
    const hash = link.sentence ? `#s${link.sentence}` : '';
    return `/articles/${encodeURIComponent(articleId)}${query ? `?${query}` : ''}${hash}`;
  },
};

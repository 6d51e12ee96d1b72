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

export const routes = {
  home: () => '/',
  set: (setId: string) => `/sets/${encodeURIComponent(setId)}`,
  quiz: (setId: string) => `/sets/${encodeURIComponent(setId)}/quiz`,
  cards: (setId: string) => `/sets/${encodeURIComponent(setId)}/cards`,
  /** A shipped set as a file for Moodle or another quiz tool (lib/interop/export.ts). */
  setExport: (setId: string, format: 'gift' | 'moodle-xml' | 'qti') =>
    `/api/sets/${encodeURIComponent(setId)}/export?format=${format}`,
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

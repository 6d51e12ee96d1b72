import type {
  AssignmentInfo,
  SaveAnswer,
  StudentView,
  TeacherAttempt,
  TeacherResults,
  WindowAction,
  WindowChange,
} from '@/lib/assign/dto';
import type { CreateAssignmentInput } from '@/lib/assign/settings';
import type { PublishInput, PublishPreview } from '@/lib/drafts/publish';
import type { Draft, DraftInput } from '@/lib/drafts/types';

/**
 * The browser's one client for the app's JSON API: one function per endpoint, the error shape once.
 * Every function resolves (never throws) to the data, an error the server gave (its status, message,
 * field and, for a refused publish, its problems), or `offline` when the server could not be reached.
 * The types are the DTOs the server parses its answers with (lib/assign/dto.ts): nothing here
 * downloads a schema library.
 */

export type ApiProblem = { item?: string; field?: string; message: string };

export type ApiError = {
  status: number;
  message: string;
  field?: string;
  reason?: string;
  problems?: ApiProblem[];
  /** Seconds to wait, when the server asked (429). */
  retryAfter?: number;
};

export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; offline: false; error: ApiError }
  | { ok: false; offline: true; error: ApiError };

export const OFFLINE_MESSAGE = 'Could not reach the server. Check the connection and try again.';

type Call = { method?: string; body?: unknown; key?: string };

export async function call<T>(path: string, { method = 'GET', body, key }: Call = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      cache: 'no-store',
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(key ? { Authorization: `Bearer ${key}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, offline: true, error: { status: 0, message: OFFLINE_MESSAGE } };
  }
  const json = (await response.json().catch(() => null)) as ({ error?: Omit<ApiError, 'status'> } & T) | null;
  if (response.ok && json !== null) return { ok: true, data: json };
  const retryAfter = Number(response.headers.get('retry-after')) || undefined;
  const error: ApiError = json?.error
    ? { ...json.error, status: response.status, ...(retryAfter ? { retryAfter } : {}) }
    : { status: response.status, message: `The server could not do that (${response.status}). Try again in a moment.` };
  // A server that is there but failing is, for what to do next, like no server: try again later.
  return { ok: false, offline: response.status >= 500, error } as ApiResult<T>;
}

const seg = encodeURIComponent;

// ── Students ──────────────────────────────────────────────────────────────────────────────────
export const joinAssignment = (code: string) =>
  call<{ assignment: AssignmentInfo }>('/api/join', { method: 'POST', body: { code } });

export const startAttempt = (code: string, displayName: string) =>
  call<StudentView>(`/api/a/${seg(code)}/attempts`, { method: 'POST', body: { displayName } });

export const saveAnswer = (code: string, attemptId: string, answer: SaveAnswer) =>
  call<{ questionId: string; revision: number }>(`/api/a/${seg(code)}/attempts/${seg(attemptId)}/answers`, {
    method: 'PUT',
    body: answer,
  });

export const submitAttempt = (code: string, attemptId: string) =>
  call<StudentView>(`/api/a/${seg(code)}/attempts/${seg(attemptId)}/submit`, { method: 'POST' });

// ── Teachers: assignments ─────────────────────────────────────────────────────────────────────
export type CreatedAssignment = { id: string; code: string; teacherKey: string };

export const createAssignment = (input: CreateAssignmentInput) =>
  call<CreatedAssignment>('/api/assignments', { method: 'POST', body: input });

export const teacherResults = (id: string, key: string) => call<TeacherResults>(`/api/assignments/${seg(id)}`, { key });

export const studentAnswers = (id: string, key: string, attemptId: string) =>
  call<TeacherAttempt>(`/api/assignments/${seg(id)}/attempts/${seg(attemptId)}`, { key });

export const changeWindow = (id: string, key: string, action: WindowAction) =>
  call<WindowChange>(`/api/assignments/${seg(id)}`, { method: 'PATCH', body: action, key });

export const renameAttempt = (id: string, key: string, attemptId: string, displayName: string) =>
  call<{ attemptId: string; displayName: string }>(`/api/assignments/${seg(id)}/attempts/${seg(attemptId)}`, {
    method: 'PATCH',
    body: { displayName },
    key,
  });

export const removeAttempt = (id: string, key: string, attemptId: string) =>
  call<{ attemptId: string; removed: true }>(`/api/assignments/${seg(id)}/attempts/${seg(attemptId)}`, {
    method: 'DELETE',
    key,
  });

// ── Teachers: signing in ────────────────────────────────────────────────────────────────────
// ── Teachers: their own articles ──────────────────────────────────────────────────────────────
export type Drafted = { sentences: string[]; paragraphs: string[]; drafts: Draft[]; more: Draft[] };
export type ArticleSummary = { id: string; title: string; shared: boolean; assignments: number; updatedAt: string };

export const draftQuestions = (input: DraftInput) => call<Drafted>('/api/drafts', { method: 'POST', body: input });

export const publishArticle = (input: PublishInput) =>
  call<{ id: string; key: string }>('/api/authored', { method: 'POST', body: input });

export const previewArticle = (input: PublishInput) =>
  call<PublishPreview>('/api/drafts/preview', { method: 'POST', body: input });

export const republishArticle = (id: string, key: string, input: PublishInput) =>
  call<ArticleSummary>(`/api/authored/${seg(id)}`, { method: 'PUT', body: input, key });

export const articleSummary = (id: string, key: string) => call<ArticleSummary>(`/api/authored/${seg(id)}`, { key });

export const shareArticle = (id: string, key: string, shared: boolean) =>
  call<ArticleSummary>(`/api/authored/${seg(id)}`, { method: 'PATCH', body: { shared }, key });

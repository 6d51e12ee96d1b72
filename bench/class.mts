/**
 * A simulated class for the benchmark: a teacher's assignment and students who join, save answers
 * and submit over HTTP, each with their own cookie, as the student page does.
 */
import type { StudentView } from '../lib/assign/dto';
import { checkContent } from '../lib/content/check';
import { readContentFiles } from '../lib/content/files';
import type { CatalogQuestion } from '../lib/content/types';
import type { QuizResponse } from '../lib/quiz/response';
import { rightResponse, wrongResponse } from '../lib/testing/responses';
import { api, expectStatus } from './lib.mts';

const checked = checkContent(readContentFiles());
if (!checked.catalog) throw new Error('content/ has problems: run npm run content:check');
export const catalog = checked.catalog;
export const questionsById = new Map<string, CatalogQuestion>(
  catalog.sets.flatMap((set) => set.questions.map((q) => [q.id, q] as const)),
);

export type Assignment = { id: string; code: string; teacherKey: string };

export function createAssignment(base: string, body: Record<string, unknown>): Promise<Assignment> {
  return expectStatus('create an assignment', api<Assignment>(`${base}/api/assignments`, { body }), 201);
}

export function teacherResults(base: string, assignment: Assignment) {
  return api<{ students: Array<{ name: string; status: string; score: number | null }> }>(
    `${base}/api/assignments/${assignment.id}`,
    { headers: { authorization: `Bearer ${assignment.teacherKey}` } },
  );
}

/** One student in one browser: the cookie the server sets when they start is sent with every request. */
export class Student {
  cookie = '';
  attemptId = '';
  questionIds: string[] = [];
  revision = 0;

  constructor(
    readonly base: string,
    readonly code: string,
    readonly name: string,
  ) {}

  private headers(): Record<string, string> {
    return this.cookie ? { cookie: this.cookie } : {};
  }

  async start(): Promise<number> {
    const result = await api<StudentView>(`${this.base}/api/a/${this.code}/attempts`, {
      body: { displayName: this.name },
      headers: this.headers(),
    });
    if (result.status !== 201) throw new Error(`start: ${result.status} ${JSON.stringify(result.body).slice(0, 200)}`);
    const cookie = result.headers.getSetCookie().find((c) => c.startsWith(`nq_student_`));
    if (cookie) this.cookie = cookie.split(';')[0]!;
    this.attemptId = result.body.attempt!.id;
    this.questionIds = result.body.attempt!.questions.map((q) => q.id);
    return result.ms;
  }

  /** A save of the right or a wrong answer to one of the attempt's questions. */
  responseFor(questionId: string, right: boolean): QuizResponse {
    const question = questionsById.get(questionId);
    if (!question) throw new Error(`No such question in content/: ${questionId}`);
    return right ? rightResponse(question) : wrongResponse(question);
  }

  savePath(): string {
    return `/api/a/${this.code}/attempts/${this.attemptId}/answers`;
  }

  submitPath(): string {
    return `/api/a/${this.code}/attempts/${this.attemptId}/submit`;
  }

  async save(questionId: string, right: boolean, base = this.base) {
    this.revision += 1;
    return api(`${base}${this.savePath()}`, {
      method: 'PUT',
      body: { questionId, revision: this.revision, response: this.responseFor(questionId, right) },
      headers: this.headers(),
    });
  }

  async submit(base = this.base) {
    return api<{ attempt?: { score?: number } }>(`${base}${this.submitPath()}`, {
      method: 'POST',
      headers: this.headers(),
    });
  }

  cookieHeader(): string {
    return this.cookie;
  }
}

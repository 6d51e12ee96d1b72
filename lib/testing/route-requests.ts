/**
 * Calling route handlers as Next calls them, for the server tests: a Request with a JSON (or raw)
 * body, the route context, and the answer read back as status and JSON.
 */

const BASE = 'http://127.0.0.1:3000';

export type RequestInit = {
  method?: string;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  key?: string;
};

/** A request to the app; `body` is sent as JSON, `raw` as it is, `key` as a Bearer teacher key. */
export function request(path: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (init.key) headers.set('authorization', `Bearer ${init.key}`);
  let body: string | undefined;
  if (init.raw !== undefined) body = init.raw;
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers.set('content-type', 'application/json');
  }
  return new Request(`${BASE}${path}`, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body });
}

/** The route context with these params. */
export const ctx = <T extends object>(params: T) => ({ params: Promise.resolve(params) }) as never;

// Test assertions read into arbitrary response shapes; toMatchObject checks them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = Record<string, any>;

export async function readJson(response: Response): Promise<{ status: number; body: Body }> {
  return { status: response.status, body: (await response.json()) as Body };
}

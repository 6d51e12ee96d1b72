/** The first-party cookie that tells one browser from another for rate limits (set by proxy.ts; read by lib/server/client.ts). */
export const CLIENT_COOKIE = 'nq_client';

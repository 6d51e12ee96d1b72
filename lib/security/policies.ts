import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy, inlineScriptHashes, newNonce, nonceSource } from './csp';

/** The policies of one build: one per prerendered page, and what every other response gets. */
export type Policies = {
  /** Path of a prerendered page ("/", "/sets/kim-russia-who/quiz") → its policy (with its scripts' hashes). */
  pages: ReadonlyMap<string, string>;
  /**
   * The hashes of the prerendered 404 and error pages. Any path can be answered with one of them
   * (an unknown set, a broken address), so every policy that is not a prerendered page's allows them.
   */
  errorPageHashes: readonly string[];
  dev: boolean;
};

/** What a response carries: its policy, and the nonce Next must put on its scripts when it renders one. */
export type ResponsePolicy = { policy: string; nonce?: string };

/** Prerendered files that are not pages of their own path. */
const ERROR_PAGES = new Set(['_not-found', '_global-error']);

/**
 * The policies of the build in `appDir` (.next/server/app), read from the HTML files Next serves
 * for prerendered pages, so the hashes are those of the very bytes sent.
 */
export function readPolicies(appDir: string, options: { dev?: boolean } = {}): Policies {
  const dev = options.dev ?? false;
  const pages = new Map<string, string>();
  const errorPageHashes = new Set<string>();
  const files = listFiles(appDir)
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const file of files) {
    const route = file.slice(0, -'.html'.length).split(path.sep).join('/');
    const hashes = inlineScriptHashes(readFileSync(path.join(appDir, file), 'utf8'));
    if (ERROR_PAGES.has(route)) for (const hash of hashes) errorPageHashes.add(hash);
    else pages.set(route === 'index' ? '/' : `/${route}`, contentSecurityPolicy(hashes, { dev }));
  }
  return { pages, errorPageHashes: [...errorPageHashes], dev };
}

/** No prerendered pages: `next dev` renders every page per request, so every page gets a nonce. */
export function devPolicies(): Policies {
  return { pages: new Map(), errorPageHashes: [], dev: true };
}

/**
 * The policy for a request's path. The JSON API runs no script. A prerendered page allows its own
 * inline scripts by hash (no nonce: its HTML was written at build time and is served, and cached
 * offline by the service worker, as it is). Every other page is rendered per request with a fresh
 * nonce, and may be answered by the prerendered 404 page.
 */
export function policyFor(pathname: string, policies: Policies): ResponsePolicy {
  if (pathname === '/api' || pathname.startsWith('/api/')) return { policy: API_POLICY };
  const prerendered = policies.pages.get(pathname) ?? policies.pages.get(safelyDecoded(pathname));
  if (prerendered) return { policy: prerendered };
  const nonce = newNonce();
  return {
    policy: contentSecurityPolicy([nonceSource(nonce), ...policies.errorPageHashes], { dev: policies.dev }),
    nonce,
  };
}

const API_POLICY = contentSecurityPolicy([]);

function listFiles(appDir: string): string[] {
  try {
    return readdirSync(appDir, { recursive: true, encoding: 'utf8' });
  } catch (error) {
    throw new Error(`No build in ${appDir}: the script policy is made from its prerendered pages (npm run build)`, {
      cause: error,
    });
  }
}

function safelyDecoded(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

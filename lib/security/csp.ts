import { createHash, randomBytes } from 'node:crypto';

/**
 * The Content-Security-Policy (decision 018). Scripts run only from this origin, plus the inline
 * scripts a page was built or rendered with: a prerendered page allows the SHA-256 of each of its
 * inline scripts, a page rendered per request allows a nonce Next puts on its own scripts. Any other
 * inline script (an injected <script>, an onerror= attribute, a javascript: link) is refused.
 * Styles are left alone: no style-src, and no default-src (which would also govern styles).
 */
const OTHER_DIRECTIVES = ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"];

/** The policy with `script-src 'self'` and these sources; `next dev` needs eval (React's error stacks). */
export function contentSecurityPolicy(scriptSources: readonly string[], options: { dev?: boolean } = {}): string {
  const script = ["script-src 'self'", ...scriptSources, ...(options.dev ? ["'unsafe-eval'"] : [])].join(' ');
  return [script, ...OTHER_DIRECTIVES].join('; ');
}

/** A fresh nonce for one response: 128 random bits. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function nonceSource(nonce: string): string {
  return `'nonce-${nonce}'`;
}

/** The CSP source that allows an inline script with exactly this text. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;
const TYPE_ATTRIBUTE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const JAVASCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * The hash sources of the inline scripts in a page's HTML, in order, each once. Scripts with a src
 * are covered by 'self'; data blocks (type="application/json" and the like) never run. The text is
 * hashed exactly as it stands between the tags, which is what the browser hashes: React escapes
 * "</script" inside the scripts it writes, so the first closing tag is the real one.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (SRC_ATTRIBUTE.test(attributes)) continue;
    const type = TYPE_ATTRIBUTE.exec(attributes);
    const mime = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (!JAVASCRIPT_TYPES.has(mime)) continue;
    hashes.add(scriptHashSource(text));
  }
  return [...hashes];
}

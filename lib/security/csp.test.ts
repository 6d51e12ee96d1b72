import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, newNonce } from './csp';
import { devPolicies, policyFor, readPolicies } from './policies';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline script, once, and skips scripts with a src and data blocks', () => {
    const payload = 'self.__next_f.push([1,"a\\u003c/script>b"])';
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script id="_R_">(globalThis.TURBOPACK ||= []).push(1)</script>',
      `<script>${payload}</script>`,
      `<script>${payload}</script>`,
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<SCRIPT type="module">\nimport "./x.js";\n</SCRIPT >',
      '<script async src=/b.js></script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([
      sha256('(globalThis.TURBOPACK ||= []).push(1)'),
      sha256(payload),
      sha256('\nimport "./x.js";\n'),
    ]);
  });

  it('finds none in a page without inline scripts', () => {
    expect(inlineScriptHashes('<html><body><p>script</p></body></html>')).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  it("allows this origin's scripts and the given sources, keeps the other directives, and never unsafe-inline", () => {
    const policy = contentSecurityPolicy(["'nonce-abc'"]);
    expect(policy).toBe(
      "script-src 'self' 'nonce-abc'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
  });

  it('allows eval only for next dev', () => {
    expect(contentSecurityPolicy([], { dev: true })).toMatch(/^script-src 'self' 'unsafe-eval';/);
    expect(contentSecurityPolicy([])).not.toContain('unsafe-eval');
  });

  it('makes a different 128-bit nonce every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('policyFor', () => {
  let appDir = '';
  afterEach(() => rmSync(appDir, { recursive: true, force: true }));

  function build(files: Record<string, string>) {
    appDir = mkdtempSync(path.join(os.tmpdir(), 'csp-app-'));
    for (const [file, html] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
      writeFileSync(path.join(appDir, file), html);
    }
    return readPolicies(appDir);
  }

  const page = (script: string) => `<html><body><script>${script}</script></body></html>`;

  it('a prerendered page allows the hashes of its own scripts, and no nonce', () => {
    const policies = build({
      'index.html': page('home()'),
      'sets/who/quiz.html': page('quiz()'),
      'sets/who/quiz.rsc': 'not a page',
      '_not-found.html': page('notFound()'),
    });
    expect(policyFor('/', policies)).toEqual({ policy: contentSecurityPolicy([sha256('home()')]) });
    expect(policyFor('/sets/who/quiz', policies)).toEqual({ policy: contentSecurityPolicy([sha256('quiz()')]) });
    expect(policyFor('/sets/%77ho/quiz', policies).policy).toContain(sha256('quiz()'));
  });

  it('any other page gets a fresh nonce, for Next to put on its scripts, and may be the prerendered 404 or error page', () => {
    const policies = build({
      'index.html': page('home()'),
      '_not-found.html': page('notFound()'),
      '_global-error.html': page('error()'),
    });
    const first = policyFor('/a/ABCDEF', policies);
    const second = policyFor('/a/ABCDEF', policies);
    expect(first.nonce).toBeTruthy();
    expect(first.nonce).not.toBe(second.nonce);
    expect(first.policy).toBe(
      contentSecurityPolicy([`'nonce-${first.nonce}'`, sha256('error()'), sha256('notFound()')]),
    );
    expect(policyFor('/sets/%ZZ', policies).nonce).toBeTruthy();
  });

  it('a missing build fails loudly, naming the folder', () => {
    expect(() => readPolicies('/nowhere/.next/server/app')).toThrow(/No build in \/nowhere\/\.next\/server\/app/);
  });

  it('the JSON API runs no inline script', () => {
    const policies = build({ 'index.html': page('home()') });
    expect(policyFor('/api/sets', policies)).toEqual({ policy: contentSecurityPolicy([]) });
    expect(policyFor('/api', policies)).toEqual({ policy: contentSecurityPolicy([]) });
  });

  it('next dev renders every page per request: a nonce everywhere, and eval', () => {
    const { policy, nonce } = policyFor('/', devPolicies());
    expect(policy).toBe(contentSecurityPolicy([`'nonce-${nonce}'`], { dev: true }));
  });
});

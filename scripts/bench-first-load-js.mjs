/**
 * npm run bench:js — first-visit JavaScript of the study pages, next to a bare Next.js page.
 *
 * Measures what a browser receives for the scripts in a page's HTML (gzip, as `next start` sends
 * them), against `next start`. The bare page is a
 * one-line App Router page built with this project's own Next and React, in a temporary folder.
 * Budget (later issue): every study page within BUDGET_RATIO × the bare page. Pass --enforce to
 * exit 1 when a page is over.
 *
 * Needs `npm run build` first. Usage: node scripts/bench-first-load-js.mjs [--enforce]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_RATIO = 1.15;
const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', '.bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const enforce = process.argv.includes('--enforce');

const PAGES = [
  { label: 'home', path: '/' },
  { label: 'set overview', path: '/sets/kim-russia-who' },
  { label: 'quiz', path: '/sets/kim-russia-who/quiz' },
  { label: 'results', path: '/sets/kim-russia-who/results' },
  { label: 'article reader', path: '/articles/kim-jong-un-russia-visit' },
  { label: 'flashcards', path: '/sets/kim-russia-who/cards' },
  { label: 'due cards', path: '/cards' },
  { label: 'progress', path: '/progress' },
];

function buildBareApp() {
  const dir = path.join(root, '.reports', 'bare-next');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-next', private: true }));
  writeFileSync(path.join(dir, 'next.config.js'), 'module.exports = {};\n');
  // Its own (empty) instrumentation hook, or Next would take the project's, which opens the database.
  writeFileSync(path.join(dir, 'instrumentation.ts'), 'export function register() {}\n');
  // Likewise its own proxy, or Next would take the project's proxy.ts (and its imports).
  writeFileSync(
    path.join(dir, 'proxy.ts'),
    "export function proxy() {}\nexport const config = { matcher: ['/__none__'] };\n",
  );
  writeFileSync(
    path.join(dir, 'app', 'layout.tsx'),
    'export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  );
  writeFileSync(path.join(dir, 'app', 'page.tsx'), 'export default function Page() {\n  return <h1>Hello</h1>;\n}\n');
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['dom', 'esnext'],
        jsx: 'react-jsx',
        module: 'esnext',
        moduleResolution: 'bundler',
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        isolatedModules: true,
        esModuleInterop: true,
        allowJs: true,
        plugins: [{ name: 'next' }],
      },
      include: ['**/*.ts', '**/*.tsx'],
    }),
  );
  console.log('Building a bare Next.js app for comparison…');
  const result = spawnSync(nextBin, ['build'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('The bare Next.js build failed');
  return dir;
}

async function startServer(cwd, port) {
  const child = spawn(nextBin, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd, env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return { child, url };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`next start on port ${port} did not come up`);
}

/**
 * The scripts a page's HTML loads (its <script src> tags), fetched gzip-compressed as a browser
 * would: the JS a first visit needs before the page is interactive. Chunks fetched later (link
 * prefetches, the storage validator loaded on a return visit) are not part of a first visit.
 */
async function measure(url) {
  const html = await (await fetch(url, { headers: { 'accept-encoding': 'gzip' } })).text();
  // Modern browsers skip nomodule scripts (the legacy polyfills), so they are not counted.
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter(
    (m) => !/nomodule/i.test(m[1] + m[3]),
  );
  const sources = [...new Set(tags.map((match) => match[2]))];
  let bytes = 0;
  for (const src of sources) {
    const response = await fetch(new URL(src, url), { headers: { 'accept-encoding': 'gzip' } });
    const body = Buffer.from(await response.arrayBuffer());
    // fetch() decompresses; the bytes on the wire are the gzip size (content-length when sent).
    const wire = Number(response.headers.get('content-length')) || gzipSync(body).length;
    bytes += response.headers.get('content-encoding') === 'gzip' ? wire : body.length;
  }
  return { bytes, files: sources.length };
}

if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

const bareDir = buildBareApp();
const bare = await startServer(bareDir, 3201);
const app = await startServer(root, 3200);
let over = 0;
try {
  const baseline = await measure(bare.url);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`\nFirst-visit JS, compressed as received (budget ${BUDGET_RATIO}× the bare page):\n`);
  console.log(
    `  ${'bare Next.js page'.padEnd(18)} ${kb(baseline.bytes).padStart(9)}  ${String(baseline.files).padStart(2)} files   1.00×`,
  );
  for (const { label, path: pagePath } of PAGES) {
    const result = await measure(app.url + pagePath);
    const ratio = result.bytes / baseline.bytes;
    const flag = ratio > BUDGET_RATIO ? '  over budget' : '';
    if (ratio > BUDGET_RATIO) over += 1;
    console.log(
      `  ${label.padEnd(18)} ${kb(result.bytes).padStart(9)}  ${String(result.files).padStart(2)} files   ${ratio.toFixed(2)}×${flag}`,
    );
  }
} finally {
  bare.child.kill();
  app.child.kill();
}
if (enforce && over > 0) process.exit(1);

/**
 * The baseline: a one-line App Router page built with this project's own Next and React, in a
 * folder of its own (.reports/bare-next), so every ratio in the report compares like with like.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nextBin, root } from './lib.mts';

export const bareDir = path.join(root, '.reports', 'bare-next');

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-next', private: true }),
  'next.config.js': 'module.exports = {};\n',
  // Its own (empty) instrumentation hook and proxy, or Next would take the project's (and open the database).
  'instrumentation.ts': 'export function register() {}\n',
  'proxy.ts': "export function proxy() {}\nexport const config = { matcher: ['/__none__'] };\n",
  'app/layout.tsx': `export const metadata = { title: 'Bare', description: 'A bare Next.js page' };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  'app/page.tsx': 'export default function Page() {\n  return <main><h1>Hello</h1></main>;\n}\n',
  'tsconfig.json': JSON.stringify({
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
};

export function buildBareApp(): string {
  rmSync(bareDir, { recursive: true, force: true });
  mkdirSync(path.join(bareDir, 'app'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(bareDir, 'node_modules'), 'dir');
  for (const [file, text] of Object.entries(FILES)) writeFileSync(path.join(bareDir, file), text);
  const result = spawnSync(nextBin, ['build'], {
    cwd: bareDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0 || !existsSync(path.join(bareDir, '.next', 'BUILD_ID'))) {
    throw new Error('The bare Next.js build failed');
  }
  return bareDir;
}

import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * ESLint flat config: Next.js (core web vitals, which includes the React and React Hooks rules)
 * and its TypeScript rules. Formatting is Prettier's job, not ESLint's.
 */
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Pages link with plain <a> on purpose: every page is prerendered and cached by the service worker,
      // and next/link's client router costs ~6 KB on every page (docs/decisions/007-lean-pages.md).
      '@next/next/no-html-link-for-pages': 'off',
      // Unused names starting with "_" are deliberate (destructuring a key away, unused arguments).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    'node_modules/**',
    '.reports/**',
    'test-results/**',
    'next-env.d.ts',
    'public/sw.js',
    'bench/**/*.json',
  ]),
]);

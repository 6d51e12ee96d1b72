import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The README's "How it is laid out" names every folder a newcomer will open, so it cannot fall behind. */
describe("the README's layout", () => {
  const root = process.cwd();
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const layout = readme.slice(
    readme.indexOf('## How it is laid out'),
    readme.indexOf('```', readme.indexOf('```', readme.indexOf('## How it is laid out')) + 3),
  );
  const folders = (dir: string) =>
    readdirSync(path.join(root, dir)).filter(
      (name) => !name.startsWith('.') && !name.startsWith('_') && statSync(path.join(root, dir, name)).isDirectory(),
    );

  it.each([
    ['components', folders('components')],
    ['lib', folders('lib')],
    ['app', folders('app').filter((name) => !name.startsWith('['))],
  ])('names every folder of %s/', (dir, names) => {
    const missing = names.filter((name) => {
      const bare = name.replace(/^\((.*)\)$/, '$1');
      return !layout.includes(`${dir}/${name}/`) && !layout.includes(`${name}/`) && !layout.includes(`(${bare})/`);
    });
    expect(missing).toEqual([]);
  });

  it('names every top-level folder of the project', () => {
    const ignored = new Set(['node_modules', 'public', 'test-results', 'playwright-report', 'data']);
    const missing = folders('.').filter((name) => !ignored.has(name) && !layout.includes(`${name}/`));
    expect(missing).toEqual([]);
  });
});

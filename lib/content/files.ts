import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from './check';

/** Reads the authored content from disk. Paths in problems are relative to the project root. */

export const CONTENT_DIR = path.join(process.cwd(), 'content');

/** Thrown when the content folder itself cannot be read: a build must not go on with an empty site. */
export class ContentFolderError extends Error {}

function readFolder(dir: string, extensions: RegExp): ContentFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : String(error);
    throw new ContentFolderError(
      `Cannot read the content folder ${path.relative(process.cwd(), dir) || dir}: ${reason}. ` +
        'The app needs content/articles/*.md and content/sets/*.yaml (see README, "Writing a question set").',
    );
  }
  return names
    .filter((name) => extensions.test(name))
    .sort()
    .map((name) => {
      const full = path.join(dir, name);
      return { path: path.relative(process.cwd(), full) || full, text: readFileSync(full, 'utf8') };
    });
}

export type ContentFiles = { articles: ContentFile[]; sets: ContentFile[]; retired?: ContentFile };

export function readContentFiles(contentDir: string = CONTENT_DIR): ContentFiles {
  const retiredPath = path.join(contentDir, 'retired.yaml');
  return {
    articles: readFolder(path.join(contentDir, 'articles'), /\.md$/i),
    sets: readFolder(path.join(contentDir, 'sets'), /\.ya?ml$/i),
    ...(existsSync(retiredPath)
      ? { retired: { path: path.relative(process.cwd(), retiredPath) || retiredPath, text: readFileSync(retiredPath, 'utf8') } }
      : {}),
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from './check';

/** Reads the authored content from disk. Paths in problems are relative to the project root. */

export const CONTENT_DIR = path.join(process.cwd(), 'content');

function readFolder(dir: string, extensions: RegExp): ContentFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => extensions.test(name))
    .sort()
    .map((name) => {
      const full = path.join(dir, name);
      return { path: path.relative(process.cwd(), full) || full, text: readFileSync(full, 'utf8') };
    });
}

export function readContentFiles(contentDir: string = CONTENT_DIR): { articles: ContentFile[]; sets: ContentFile[] } {
  return {
    articles: readFolder(path.join(contentDir, 'articles'), /\.md$/i),
    sets: readFolder(path.join(contentDir, 'sets'), /\.ya?ml$/i),
  };
}

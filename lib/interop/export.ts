import type { Article, QuestionSet } from '@/lib/content/types';
import { toGift } from './gift';
import { toMoodleXml } from './moodle-xml';
import { portableOf } from './portable';

/** The formats a set downloads in for other quiz tools, with what the page calls them. */
export const EXPORT_FORMATS = {
  gift: { label: 'GIFT', extension: 'gift.txt', type: 'text/plain; charset=utf-8' },
  'moodle-xml': { label: 'Moodle XML', extension: 'moodle.xml', type: 'application/xml; charset=utf-8' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** A category path for Moodle: its parts split by "/", a "/" inside a part written "//". */
const categoryPath = (...parts: string[]) => parts.map((p) => p.replace(/\//g, '//')).join('/');

/** One set as a file for Moodle (or any tool that takes GIFT or Moodle XML). */
export function exportSet(
  set: QuestionSet,
  article: Pick<Article, 'title' | 'date'>,
  format: ExportFormat,
): { fileName: string; type: string; text: string } {
  const input = {
    title: `${set.title}: ${article.title} (${article.date})`,
    category: categoryPath('Newsquiz', article.title, set.title),
    questions: set.questions.map(portableOf),
  };
  const text = format === 'gift' ? toGift(input) : toMoodleXml(input);
  const { extension, type } = EXPORT_FORMATS[format];
  return { fileName: `${set.id}.${extension}`, type, text };
}

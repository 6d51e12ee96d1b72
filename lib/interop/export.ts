import type { Article, QuestionSet } from '@/lib/content/types';
import { toGift } from './gift';
import { toMoodleXml } from './moodle-xml';
import { portableOf } from './portable';
import { toQtiPackage } from './qti';

/** The formats a set downloads in for other quiz tools, with what the page calls them. */
export const EXPORT_FORMATS = {
  gift: { label: 'GIFT', extension: 'gift.txt', type: 'text/plain; charset=utf-8' },
  'moodle-xml': { label: 'Moodle XML', extension: 'moodle.xml', type: 'application/xml; charset=utf-8' },
  qti: { label: 'QTI 2.1 (Canvas, Blackboard…)', extension: 'qti.zip', type: 'application/zip' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** A category path for Moodle: its parts split by "/", a "/" inside a part written "//". */
const categoryPath = (...parts: string[]) => parts.map((p) => p.replace(/\//g, '//')).join('/');

/** One set as a file for Moodle (GIFT, Moodle XML) or any LMS that takes a QTI 2.1 package. */
export function exportSet(
  set: QuestionSet,
  article: Pick<Article, 'title' | 'date'>,
  format: ExportFormat,
): { fileName: string; type: string; body: string | Uint8Array } {
  const input = {
    title: `${set.title}: ${article.title} (${article.date})`,
    category: categoryPath('Newsquiz', article.title, set.title),
    questions: set.questions.map(portableOf),
  };
  const body =
    format === 'gift'
      ? toGift(input)
      : format === 'moodle-xml'
        ? toMoodleXml(input)
        : toQtiPackage({ id: set.id, title: input.title, questions: input.questions }).zip;
  const { extension, type } = EXPORT_FORMATS[format];
  return { fileName: `${set.id}.${extension}`, type, body };
}

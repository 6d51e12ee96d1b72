import { fromAiken } from './aiken';
import { fromCsv } from './csv';
import { fromGift } from './gift';
import { fromMoodleXml } from './moodle-xml';
import type { ImportReport } from './portable';
import { fromQuizlet, type QuizletSeparators } from './quizlet';

/**
 * Reads a question bank of any format the authoring screen takes. Loaded only when a teacher
 * imports (it carries the GIFT grammar, the XML and CSV parsers).
 */

export const BANK_FORMATS = {
  gift: 'GIFT (Moodle)',
  aiken: 'Aiken (Moodle)',
  'moodle-xml': 'Moodle XML',
  csv: 'CSV spreadsheet',
  quizlet: 'Quizlet (copied text)',
} as const;
export type BankFormat = keyof typeof BANK_FORMATS;

/** The format of a file, from its name and its first lines. */
export function detectFormat(text: string, fileName = ''): BankFormat {
  const name = fileName.toLowerCase();
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (name.endsWith('.xml') || head.startsWith('<')) return 'moodle-xml';
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  if (/^ANSWER\s*:\s*[A-Za-z]\s*$/m.test(text)) return 'aiken';
  if (name.endsWith('.gift') || /\{[^}]*(?:^|[\s{])(?:=|~|T\b|F\b|TRUE\b|FALSE\b|#)[^}]*\}/m.test(text)) return 'gift';
  // A header row naming the columns, split by commas, tabs (cells copied from a spreadsheet) or semicolons.
  const firstLine = head.split(/\r?\n/, 1)[0]!.toLowerCase();
  const cells = firstLine.split(/[,\t;]/).map((cell) => cell.trim().replace(/^"|"$/g, ''));
  if (cells.includes('question') && cells.includes('answer')) return 'csv';
  return 'quizlet';
}

export function readBank(text: string, format: BankFormat, quizlet: QuizletSeparators = {}): ImportReport {
  switch (format) {
    case 'gift':
      return fromGift(text);
    case 'aiken':
      return fromAiken(text);
    case 'moodle-xml':
      return fromMoodleXml(text);
    case 'csv':
      return fromCsv(text);
    case 'quizlet':
      return fromQuizlet(text, quizlet);
  }
}

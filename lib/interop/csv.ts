import Papa from 'papaparse';
import { importedId, type ImportReport, type PortableQuestion } from './portable';

/**
 * Questions from a spreadsheet (CSV, read with papaparse): a header row names the columns, in any
 * order and case; one question per row. A cell holding several values (options, accepted answers,
 * ordered items) separates them with " | ". `CSV_TEMPLATE` is the file a teacher downloads to start.
 *
 *   type         single, multiple, truefalse, typed or ordering (blank: single when there are options, else typed)
 *   question     the prompt
 *   answer       the right option (multiple: every right one; truefalse: true or false; ordering: the items in order)
 *   options      every option, right ones included (single and multiple)
 *   accept       other right wordings (typed)
 *   explanation  optional; evidence: the article's words (optional)
 *   id           optional; made from the question when blank
 */

export { CSV_COLUMNS, CSV_TEMPLATE } from './csv-template';

const TYPES = new Set(['single', 'multiple', 'truefalse', 'typed', 'ordering']);
const split = (cell: string) =>
  cell
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);

export function fromCsv(source: string): ImportReport {
  const report: ImportReport = { questions: [], notImported: [], errors: [], notes: [] };
  const parsed = Papa.parse<string[]>(source.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  for (const error of parsed.errors) {
    report.errors.push({ line: lineAt(parsed.data, error.row ?? 0), message: error.message });
  }
  // Each row with the line it starts on (a quoted cell may hold line breaks); blank rows dropped.
  const rows: Array<{ line: number; cells: string[] }> = [];
  let line = 1;
  for (const cells of parsed.data) {
    if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
    line += 1 + (cells.join('').match(/\n/g)?.length ?? 0);
  }
  const columns = (rows.shift()?.cells ?? []).map((c) => c.trim().toLowerCase());
  if (!columns.includes('question') || !columns.includes('answer')) {
    report.errors.push({
      line: 1,
      message: `the first row must name the columns, with at least “question” and “answer” (found: ${columns.join(', ') || 'nothing'})`,
    });
    return report;
  }
  const used = new Set<string>();
  for (const { line, cells } of rows) readRow(line, (name) => (cells[columns.indexOf(name)] ?? '').trim());
  return report;

  function readRow(line: number, cell: (name: string) => string): void {
    const prompt = cell('question');
    const answer = cell('answer');
    const fail = (field: string, message: string): void => {
      report.errors.push({ line, message: `${field}: ${message}` });
    };
    if (!prompt) return fail('question', 'is empty');
    if (!answer) return fail('answer', 'is empty');
    const options = split(cell('options'));
    const type = (cell('type').toLowerCase() || (options.length ? 'single' : 'typed')) as PortableQuestion['type'];
    if (!TYPES.has(type))
      return fail('type', `“${cell('type')}” is not one of single, multiple, truefalse, typed, ordering`);
    const explanation = cell('explanation');
    const evidence = cell('evidence') ? [{ quote: cell('evidence'), sentence: null }] : [];
    const base = { id: importedId(cell('id') || null, prompt, used), prompt, explanation, evidence, line };
    switch (type) {
      case 'single':
        if (options.length < 2) return fail('options', 'needs at least 2, separated by |');
        if (!options.includes(answer)) return fail('answer', `“${answer}” is not one of the options`);
        report.questions.push({ ...base, type, options, answer });
        return;
      case 'multiple': {
        const right = split(answer);
        if (options.length < 2) return fail('options', 'needs at least 2, separated by |');
        const missing = right.find((r) => !options.includes(r));
        if (missing) return fail('answer', `“${missing}” is not one of the options`);
        report.questions.push({ ...base, type, options, answer: right });
        return;
      }
      case 'truefalse':
        if (!/^(true|false)$/i.test(answer)) return fail('answer', 'must be true or false');
        report.questions.push({ ...base, type, answer: answer.toLowerCase() === 'true' });
        return;
      case 'typed':
        report.questions.push({ ...base, type, answer, accept: split(cell('accept')), reject: [] });
        return;
      case 'ordering': {
        const items = split(answer);
        if (items.length < 3 || items.length > 5) return fail('answer', 'needs 3 to 5 items in order, separated by |');
        report.questions.push({ ...base, type, answer: items });
        return;
      }
    }
  }
}

/** The line a row of papaparse's (0-based, blank rows included) starts on. */
function lineAt(rows: string[][], index: number): number {
  let line = 1;
  for (const cells of rows.slice(0, index)) line += 1 + (cells.join('').match(/\n/g)?.length ?? 0);
  return line;
}

import { importedId, type ImportReport } from './portable';

/**
 * A Quizlet set copied as text (Quizlet's Export, or its Import box's format): one card per row, the
 * term and the definition split by a tab (Quizlet's default), a comma or a custom separator; rows by
 * new lines, semicolons or a custom separator. Each card becomes a typed question: the definition
 * asks, the term is the answer (a teacher turns it into a question in the review).
 */
export type QuizletSeparators = { between?: string; rows?: string };

export function fromQuizlet(text: string, separators: QuizletSeparators = {}): ImportReport {
  const report: ImportReport = { questions: [], notImported: [], errors: [], notes: [] };
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rowSeparator = separators.rows || (source.includes('\n') || !source.includes(';') ? '\n' : ';');
  const between = separators.between || (source.includes('\t') ? '\t' : source.includes(' - ') ? ' - ' : ',');
  const used = new Set<string>();
  let line = 1;
  for (const row of source.split(rowSeparator)) {
    const here = line;
    line += row.split('\n').length - (rowSeparator === '\n' ? 0 : 1);
    if (!row.trim()) continue;
    const at = row.indexOf(between);
    if (at < 0) {
      const shown = between === '\t' ? 'a tab' : `“${between}”`;
      report.errors.push({ line: here, message: `expected a term, ${shown}, then its definition` });
      continue;
    }
    const term = row.slice(0, at).trim();
    const definition = row.slice(at + between.length).trim();
    if (!term || !definition) {
      report.errors.push({ line: here, message: term ? 'the definition is empty' : 'the term is empty' });
      continue;
    }
    report.questions.push({
      id: importedId(null, definition, used),
      type: 'typed',
      prompt: definition,
      answer: term,
      accept: [],
      reject: [],
      explanation: '',
      evidence: [],
      line: here,
    });
  }
  return report;
}

import { importedId, type ImportReport } from './portable';

/**
 * Aiken, the simplest bank format Moodle reads (docs.moodle.org/en/Aiken_format): a question on one
 * line, its options as "A) …" or "A. …" lines, then "ANSWER: B". Only single-answer multiple choice.
 * No maintained JavaScript parser exists (none on npm), and the format is a dozen lines of rules, so it
 * is read here, with Moodle's own rules and messages' meaning: at least two options, an option or
 * an answer before any question is an error, and so is a question that never gets its answer line.
 */

const OPTION = /^([A-Z])[).][ \t]*(.*)$/;
const ANSWER = /^ANSWER\s*:\s*(.*)$/i;

type Open = { line: number; prompt: string; options: Array<{ letter: string; text: string }> };

export function fromAiken(source: string): ImportReport {
  const report: ImportReport = { questions: [], notImported: [], errors: [], notes: [] };
  const used = new Set<string>();
  let open: Open | null = null;
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (!text) return;
    const answer = ANSWER.exec(text);
    if (answer) {
      if (!open) {
        report.errors.push({ line, message: 'an ANSWER line before any question: expected the question first' });
        return;
      }
      const question: Open = open;
      open = null;
      if (question.options.length < 2) {
        report.errors.push({ line, message: `“${question.prompt}” needs at least 2 options (A) …, B) …)` });
        return;
      }
      const letter = answer[1]!.trim().toUpperCase();
      const right = question.options.find((o) => o.letter === letter);
      if (!right) {
        const letters = question.options.map((o) => o.letter).join(', ');
        report.errors.push({ line, message: `expected the letter of one of the options (${letters}) after ANSWER:` });
        return;
      }
      report.questions.push({
        id: importedId(null, question.prompt, used),
        type: 'single',
        prompt: question.prompt,
        options: question.options.map((o) => o.text),
        answer: right.text,
        explanation: '',
        evidence: [],
        line: question.line,
      });
      return;
    }
    const option = OPTION.exec(text);
    if (option && open) {
      open.options.push({ letter: option[1]!, text: option[2]!.trim() });
      return;
    }
    if (option) {
      report.errors.push({ line, message: 'an option before any question: expected the question first' });
      return;
    }
    if (open && open.options.length > 0) {
      report.errors.push({
        line,
        message: `the question on line ${open.line} has no ANSWER line before this next question`,
      });
      open = null;
    }
    if (open) open.prompt = `${open.prompt} ${text}`;
    else open = { line, prompt: text, options: [] };
  });
  if (open) {
    report.errors.push({
      line: lines.length,
      message: `the question on line ${(open as Open).line} ends without its ANSWER line`,
    });
  }
  return report;
}

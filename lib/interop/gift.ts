import { parse, type GIFTQuestion } from 'gift-pegjs';
import {
  feedbackText,
  importedId,
  rightByCredit,
  splitFeedback,
  type ImportReport,
  type PortableQuestion,
} from './portable';

/**
 * GIFT, Moodle's text format for question banks (docs.moodle.org/en/GIFT_format). Written here;
 * read with gift-pegjs (the maintained PEG grammar of the format), one question at a time so a
 * broken question costs only itself, with every line number as in the teacher's file.
 *
 * How our types map: single and multiple choice → multiple choice (several right options carry
 * percentages that add up to 100, wrong ones −100 shared); true/false → true/false; typed → short
 * answer (accepted forms are more right answers; near misses we refuse are 0 % answers with
 * feedback); ordering has no GIFT form (Moodle XML has one) and is listed in a comment instead. The
 * explanation and the evidence are the general feedback.
 */

/** GIFT's special characters, escaped with a backslash wherever text appears; a new line as \n. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

const percent = (value: number) => Number(value.toFixed(5)).toString();

function answerBlock(question: PortableQuestion): string[] | null {
  const e = escapeGift;
  switch (question.type) {
    case 'single':
      return question.options.map((o) => (o === question.answer ? `=${e(o)}` : `~${e(o)}`));
    case 'multiple': {
      const right = question.answer.length;
      const wrong = question.options.length - right;
      return question.options.map((o) =>
        question.answer.includes(o)
          ? `~%${percent(100 / right)}%${e(o)}`
          : `~%${percent(-100 / Math.max(1, wrong))}%${e(o)}`,
      );
    }
    case 'truefalse':
      return [question.answer ? 'TRUE' : 'FALSE'];
    case 'typed':
      return [
        `=${e(question.answer)}`,
        ...question.accept.map((a) => `=${e(a)}`),
        ...question.reject.map((r) => `=%0%${e(r)}#${e('Not this one.')}`),
      ];
    case 'ordering':
      return null;
  }
}

/** A set's questions as a GIFT file: a header comment, a category, then one question per paragraph. */
export function toGift(input: { title: string; category: string; questions: PortableQuestion[] }): string {
  const lines = [
    `// ${input.title.replace(/\r?\n/g, ' ')}`,
    '// Exported from Newsquiz. Each question’s general feedback gives its explanation and the article’s words.',
    '',
    `$CATEGORY: ${input.category.replace(/\r?\n/g, ' ')}`,
    '',
  ];
  for (const question of input.questions) {
    const answers = answerBlock(question);
    if (!answers) {
      lines.push(
        `// Not exported: “${question.prompt.replace(/\r?\n/g, ' ')}” (${question.id}) puts items in order, which GIFT cannot hold (Moodle XML can).`,
        '',
      );
      continue;
    }
    lines.push(
      `::${escapeGift(question.id)}::${escapeGift(question.prompt)} {`,
      ...answers.map((a) => `\t${a}`),
      `\t####${escapeGift(feedbackText(question))}`,
      '}',
      '',
    );
  }
  return lines.join('\n');
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

type Block = { line: number; text: string };

/** The file's questions: paragraphs separated by blank lines, with the line each starts on; comment lines blanked. */
function blocks(source: string): Block[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const found: Block[] = [];
  let current: { line: number; lines: string[] } | null = null;
  lines.forEach((raw, index) => {
    const isComment = /^\s*\/\//.test(raw);
    if (raw.trim() === '') {
      if (current) found.push({ line: current.line, text: current.lines.join('\n') });
      current = null;
      return;
    }
    // A comment keeps its line (blank) so the parser's line numbers stay the file's.
    const text = isComment ? '' : raw;
    if (!current) {
      if (isComment) return;
      current = { line: index + 1, lines: [] };
    }
    current.lines.push(text);
  });
  if (current)
    found.push({ line: (current as { line: number }).line, text: (current as { lines: string[] }).lines.join('\n') });
  return found;
}

function describeSyntaxError(error: unknown): { line: number; message: string } {
  const e = error as {
    location?: { start: { line: number } };
    expected?: Array<{ type: string; text?: string; description?: string }>;
    found?: string | null;
  };
  const expected = [
    ...new Set(
      (e.expected ?? [])
        .map((x) =>
          x.type === 'literal' ? `“${x.text}”` : x.type === 'end' ? 'the end of the question' : (x.description ?? ''),
        )
        .filter(Boolean),
    ),
  ].slice(0, 4);
  const found = e.found === null || e.found === undefined ? 'the end of the question' : `“${e.found}”`;
  return {
    line: e.location?.start.line ?? 1,
    message: expected.length ? `expected ${expected.join(' or ')} but found ${found}` : `could not read ${found}`,
  };
}

const plain = (text: { text: string } | null | undefined) => (text?.text ?? '').trim();

/** The credit a GIFT answer earns, in %: its own "%n%", else 100 for "=" and 0 for "~". */
const creditOf = (choice: { isCorrect: boolean; weight: number | null }) =>
  choice.weight ?? (choice.isCorrect ? 100 : 0);

function fromParsed(parsed: GIFTQuestion, line: number, used: Set<string>, report: ImportReport): void {
  if (parsed.type === 'Category' || parsed.type === 'Description') return;
  const label = parsed.title || plain(parsed.stem).slice(0, 60);
  const skip = (reason: string): void => {
    report.notImported.push({ line, title: label, reason });
  };
  const note = (text: string): void => {
    report.notes.push({ line, title: label, note: text });
  };
  // A "missing word" question (answers in the middle of the text) reads with a blank: "Grant is _____ in…".
  const prompt = plain(parsed.stem);
  const { explanation, evidence } = splitFeedback(plain(parsed.globalFeedback));
  const base = () => ({ id: importedId(parsed.title, prompt, used), prompt, explanation, evidence, line });
  switch (parsed.type) {
    case 'TF':
      report.questions.push({ ...base(), type: 'truefalse', answer: parsed.isTrue });
      return;
    case 'MC': {
      const options = parsed.choices.map((c) => plain(c.text));
      const { right, several, partial } = rightByCredit(parsed.choices.map(creditOf));
      const answers = options.filter((_, i) => right[i]);
      if (answers.length === 0) return skip('no option earns credit');
      for (const i of partial) note(`“${options[i]}” earned partial credit there; here it counts as wrong`);
      report.questions.push(
        several
          ? { ...base(), type: 'multiple', options, answer: answers }
          : { ...base(), type: 'single', options, answer: answers[0]! },
      );
      return;
    }
    case 'Short': {
      const credits = parsed.choices.map(creditOf);
      const texts = parsed.choices.map((c) => plain(c.text));
      const answers = texts.filter((_, i) => credits[i]! >= 100);
      if (answers.length === 0) return skip('no answer earns full credit');
      // "=%0%…" names a near miss the teacher wants refused.
      const reject = texts.filter((_, i) => credits[i]! <= 0);
      texts.forEach((text, i) => {
        if (credits[i]! > 0 && credits[i]! < 100)
          note(`“${text}” earned partial credit there; here it is not accepted`);
      });
      report.questions.push({ ...base(), type: 'typed', answer: answers[0]!, accept: answers.slice(1), reject });
      return;
    }
    case 'Matching':
      return skip('matching pairs: there is no such type here');
    case 'Numerical':
      return skip('a numeric answer with a tolerance: there is no such type here (a typed answer could hold it)');
    case 'Essay':
      return skip('an essay: there is no such type here (answers are graded by the app)');
  }
}

/** Reads a GIFT file: every question it could, the ones of kinds we do not have, and what it could not read, by line. */
export function fromGift(source: string): ImportReport {
  const report: ImportReport = { questions: [], notImported: [], errors: [], notes: [] };
  const used = new Set<string>();
  for (const block of blocks(source)) {
    let parsed: GIFTQuestion[];
    try {
      parsed = parse(`${block.text}\n`);
    } catch (error) {
      const { line, message } = describeSyntaxError(error);
      // An error at the very end points past the block's last line: it is that line's.
      const last = block.text.split('\n').length;
      report.errors.push({ line: block.line + Math.min(line, last) - 1, message });
      continue;
    }
    for (const question of parsed) fromParsed(question, block.line, used, report);
  }
  return report;
}

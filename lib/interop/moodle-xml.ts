import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  feedbackText,
  importedId,
  rightByCredit,
  splitFeedback,
  type ImportReport,
  type PortableQuestion,
} from './portable';

/**
 * Moodle XML, the format Moodle's question bank imports and exports
 * (docs.moodle.org/en/Moodle_XML_format). Written here; read with fast-xml-parser. Every type of
 * ours has a Moodle type: multichoice (single or several answers), truefalse, shortanswer (accepted
 * forms are more 100 % answers, near misses 0 % answers) and ordering (qtype_ordering, the items in
 * their right order). The explanation and the evidence are the general feedback.
 */

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const textElement = (name: string, text: string, indent: string) =>
  `${indent}<${name} format="plain_text">\n${indent}  <text>${xml(text)}</text>\n${indent}</${name}>`;

const fraction = (value: number) => Number(value.toFixed(5)).toString();

function answer(text: string, value: number, indent: string, feedback = ''): string {
  return [
    `${indent}<answer fraction="${fraction(value)}" format="plain_text">`,
    `${indent}  <text>${xml(text)}</text>`,
    `${indent}  <feedback format="plain_text"><text>${xml(feedback)}</text></feedback>`,
    `${indent}</answer>`,
  ].join('\n');
}

const MOODLE_TYPE = {
  single: 'multichoice',
  multiple: 'multichoice',
  truefalse: 'truefalse',
  typed: 'shortanswer',
  ordering: 'ordering',
} as const;

function questionXml(question: PortableQuestion): string {
  const i = '    ';
  const lines = [
    `  <question type="${MOODLE_TYPE[question.type]}">`,
    `${i}<name><text>${xml(question.id)}</text></name>`,
    textElement('questiontext', question.prompt, i),
    textElement('generalfeedback', feedbackText(question), i),
    `${i}<defaultgrade>1</defaultgrade>`,
    `${i}<penalty>0</penalty>`,
    `${i}<hidden>0</hidden>`,
    `${i}<idnumber>${xml(question.id)}</idnumber>`,
  ];
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const right = question.type === 'single' ? [question.answer] : question.answer;
      const wrong = question.options.length - right.length;
      lines.push(
        `${i}<single>${question.type === 'single'}</single>`,
        `${i}<shuffleanswers>true</shuffleanswers>`,
        `${i}<answernumbering>abc</answernumbering>`,
        ...question.options.map((o) =>
          right.includes(o)
            ? answer(o, 100 / right.length, i)
            : answer(o, question.type === 'single' ? 0 : -100 / Math.max(1, wrong), i),
        ),
      );
      break;
    }
    case 'truefalse':
      lines.push(answer('true', question.answer ? 100 : 0, i), answer('false', question.answer ? 0 : 100, i));
      break;
    case 'typed':
      lines.push(
        `${i}<usecase>0</usecase>`,
        answer(question.answer, 100, i),
        ...question.accept.map((a) => answer(a, 100, i)),
        ...question.reject.map((r) => answer(r, 0, i, 'Not this one.')),
      );
      break;
    case 'ordering':
      lines.push(
        `${i}<layouttype>VERTICAL</layouttype>`,
        `${i}<selecttype>ALL</selecttype>`,
        `${i}<selectcount>0</selectcount>`,
        `${i}<gradingtype>ABSOLUTE_POSITION</gradingtype>`,
        `${i}<showgrading>SHOW</showgrading>`,
        `${i}<numberingstyle>none</numberingstyle>`,
        ...question.answer.map((item) => answer(item, 1, i)),
      );
      break;
  }
  lines.push('  </question>');
  return lines.join('\n');
}

/** A set's questions as a Moodle XML file: a category, then every question. */
export function toMoodleXml(input: { title: string; category: string; questions: PortableQuestion[] }): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    `  <!-- ${xml(input.title).replace(/--/g, '‐‐')}: exported from Newsquiz. -->`,
    '  <question type="category">',
    `    <category><text>$course$/top/${xml(input.category)}</text></category>`,
    '  </question>',
    ...input.questions.map(questionXml),
    '</quiz>',
    '',
  ].join('\n');
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Everything as text: "true" and "100" stay strings until read here.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'question' || name === 'answer',
});

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of a Moodle text element; HTML (the format most banks use) read as plain text. */
function textOf(node: unknown): string {
  const holder = (node ?? {}) as Node;
  const raw = holder.text;
  const text = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
  const format = holder['@_format'];
  if (format !== 'html') return text.trim();
  return text
    .replace(/<br\s*\/?>|<\/p>\s*<p[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (whole, name: string) =>
      name.startsWith('#x')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name.toLowerCase()] ?? whole),
    )
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const answersOf = (question: Node) =>
  ((question.answer as Node[] | undefined) ?? []).map((a) => ({
    text: textOf(a),
    fraction: Number(a['@_fraction'] ?? 0),
  }));

/** Line of each <question …> in the source, in order. */
function questionLines(source: string): number[] {
  const lines: number[] = [];
  const pattern = /<question\b/g;
  let line = 1;
  let last = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    for (let i = last; i < match.index; i += 1) if (source.charCodeAt(i) === 10) line += 1;
    last = match.index;
    lines.push(line);
  }
  return lines;
}

const UNSUPPORTED: Record<string, string> = {
  matching: 'matching pairs',
  numerical: 'a numeric answer with a tolerance',
  essay: 'an essay',
  multianswer: 'answers inside the question text (a cloze)',
  calculated: 'a calculated answer',
  calculatedsimple: 'a calculated answer',
  calculatedmulti: 'a calculated answer',
  ddwtos: 'drag and drop into text',
  ddimageortext: 'drag and drop onto an image',
  ddmarker: 'drag markers onto an image',
  gapselect: 'select missing words',
  randomsamatch: 'random short-answer matching',
};

/** Reads a Moodle XML file: every question it could, the ones of kinds we do not have, and what it could not read, by line. */
export function fromMoodleXml(source: string): ImportReport {
  const report: ImportReport = { questions: [], notImported: [], errors: [], notes: [] };
  const text = source.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    report.errors.push({ line: valid.err.line, message: `the XML is broken: ${valid.err.msg}` });
    return report;
  }
  const root = parser.parse(text) as Node;
  const quiz = root.quiz as Node | undefined;
  if (!quiz) {
    report.errors.push({ line: 1, message: 'expected a <quiz> element holding the questions (Moodle XML)' });
    return report;
  }
  const lines = questionLines(text);
  const used = new Set<string>();
  ((quiz.question as Node[] | undefined) ?? []).forEach((question, index) => {
    const line = lines[index] ?? 1;
    const type = String(question['@_type'] ?? '');
    if (type === 'category' || type === 'description') return;
    const name = textOf(question.name);
    const prompt = textOf(question.questiontext);
    const skip = (reason: string) => {
      report.notImported.push({ line, title: name || prompt.slice(0, 60), reason });
    };
    const note = (text: string) => {
      report.notes.push({ line, title: name || prompt.slice(0, 60), note: text });
    };
    if (UNSUPPORTED[type]) return skip(`${UNSUPPORTED[type]}: there is no such type here`);
    if (!prompt) return skip('the question has no text');
    const { explanation, evidence } = splitFeedback(textOf(question.generalfeedback));
    const base = () => ({ id: importedId(name, prompt, used), prompt, explanation, evidence, line });
    const answers = answersOf(question);
    switch (type) {
      case 'multichoice': {
        const options = answers.map((a) => a.text);
        const single = String(question.single ?? 'true') !== 'false';
        // A "single" question takes its full-credit answer; a multiple one every answer that earns credit.
        const { right, several, partial } = single
          ? rightByCredit(answers.map((a) => a.fraction))
          : { right: answers.map((a) => a.fraction > 0), several: true, partial: [] };
        const chosen = options.filter((_, i) => right[i]);
        if (chosen.length === 0) return skip('no option earns credit');
        for (const i of partial) note(`“${options[i]}” earned partial credit there; here it counts as wrong`);
        report.questions.push(
          several && (chosen.length > 1 || !single)
            ? { ...base(), type: 'multiple', options, answer: chosen }
            : { ...base(), type: 'single', options, answer: chosen[0]! },
        );
        return;
      }
      case 'truefalse': {
        const right = answers.find((a) => a.fraction > 0);
        if (!right) return skip('neither true nor false is marked right');
        report.questions.push({ ...base(), type: 'truefalse', answer: right.text.toLowerCase() === 'true' });
        return;
      }
      case 'shortanswer': {
        const right = answers.filter((a) => a.fraction >= 100).map((a) => a.text);
        if (right.length === 0) return skip('no answer earns full credit');
        const reject = answers.filter((a) => a.fraction <= 0).map((a) => a.text);
        for (const a of answers.filter((a) => a.fraction > 0 && a.fraction < 100)) {
          note(`“${a.text}” earned partial credit there; here it is not accepted`);
        }
        report.questions.push({ ...base(), type: 'typed', answer: right[0]!, accept: right.slice(1), reject });
        return;
      }
      case 'ordering': {
        const items = answers.map((a) => a.text);
        if (items.length < 3 || items.length > 5) return skip(`${items.length} items to order: it takes 3 to 5`);
        report.questions.push({ ...base(), type: 'ordering', answer: items });
        return;
      }
      default:
        return skip(`a “${type}” question: there is no such type here`);
    }
  });
  return report;
}

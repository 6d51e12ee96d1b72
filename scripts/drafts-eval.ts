/**
 * npm run drafts:eval — runs the drafting engine on the evaluation articles (eval/drafts/articles,
 * Wikinews, CC BY 2.5) and reports, per article and per split (tune / held-out): drafts per 400
 * words, kinds, true/false share and key balance, evidence checked by code, prompts that contain
 * their answer, time per article, and the rates judged by hand in eval/drafts/judgements.yaml.
 *
 *   npm run drafts:eval                 the report (also written to eval/drafts/report.md)
 *   npm run drafts:eval -- --drafts     also writes every draft to eval/drafts/drafts/<article>.md for judging
 *   npm run drafts:eval -- --no-write   prints the report only (npm test runs it so)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { countWords, locateQuote } from '../lib/content/text';
import { draftQuestions } from '../lib/drafts/generate';
import { answerCheck } from '../lib/drafts/quality';
import type { Draft } from '../lib/drafts/types';

const ROOT = path.join(process.cwd(), 'eval', 'drafts');
const ARTICLES = path.join(ROOT, 'articles');
const JUDGEMENTS = path.join(ROOT, 'judgements.yaml');

const frontSchema = z.object({
  title: z.string(),
  date: z
    .union([z.string(), z.date()])
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)),
  source: z.string().url(),
  licence: z.string(),
  split: z.enum(['train', 'dev', 'test']),
});

const VERDICTS = ['accept', 'edit', 'reject'] as const;
const judgementSchema = z.record(
  z.string(),
  z.record(
    z.string(),
    z.strictObject({ verdict: z.enum(VERDICTS), failure: z.string().optional(), note: z.string().optional() }),
  ),
);

type Row = {
  file: string;
  split: 'train' | 'dev' | 'test';
  words: number;
  drafts: number;
  per400: number;
  kinds: Map<string, number>;
  tf: number;
  tfTrue: number;
  verbatim: number;
  promptHasAnswer: number;
  ms: number;
  judged: number;
  /** Judged accept-as-is among the top-ranked fifth of the drafts (the measure Heilman & Smith report). */
  topJudged: number;
  topAccept: number;
  accept: number;
  edit: number;
  reject: number;
  failures: Map<string, number>;
};

function readArticle(file: string) {
  const text = readFileSync(path.join(ARTICLES, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  const front = frontSchema.parse(YAML.parse(match[1]!));
  return { ...front, body: match[2]! };
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`;
}

function draftMarkdown(file: string, drafts: Draft[]): string {
  const lines = [
    `# Drafts for ${file}`,
    '',
    'Judge each in eval/drafts/judgements.yaml under the article file name and draft id.',
    '',
  ];
  for (const draft of drafts) {
    lines.push(`## ${draft.rank}. ${draft.id} (${draft.kind}, ${draft.type})`, '', `- prompt: ${draft.prompt}`);
    if (draft.options) lines.push(`- options: ${draft.options.join(' | ')}`);
    lines.push(`- answer: ${JSON.stringify(draft.answer)}`);
    if (draft.accept) lines.push(`- accept: ${draft.accept.join(' | ')}`);
    lines.push(
      `- explanation: ${draft.explanation}`,
      `- evidence (sentence ${draft.sentence}): ${[draft.evidence].flat().join(' | ')}`,
    );
    if (draft.notes.length) lines.push(`- notes: ${draft.notes.join(' ')}`);
    lines.push('');
  }
  return lines.join('\n');
}

const writeDrafts = process.argv.includes('--drafts');
const splits = (process.argv.find((arg) => arg.startsWith('--splits='))?.slice(9) ?? 'train,dev,test').split(',');
const judgements = existsSync(JUDGEMENTS)
  ? judgementSchema.parse(YAML.parse(readFileSync(JUDGEMENTS, 'utf8')) ?? {})
  : {};
const rows: Row[] = [];
const files = readdirSync(ARTICLES)
  .filter((name) => name.endsWith('.md'))
  .filter((name) => splits.includes(readArticle(name).split))
  .sort();
if (writeDrafts) mkdirSync(path.join(ROOT, 'drafts'), { recursive: true });

// One warm-up run: the first call loads the tagger's lexicon, which a running server has done already.
draftQuestions({ title: 'Warm-up', date: '2020-01-01', text: readArticle(files[0]!).body });

for (const file of files) {
  const article = readArticle(file);
  const started = performance.now();
  const result = draftQuestions({ title: article.title, date: article.date, text: article.body });
  const ms = performance.now() - started;
  const articleText = result.paragraphs.join('\n\n');
  const words = countWords(articleText);
  const own = judgements[file] ?? {};
  const row: Row = {
    file,
    split: article.split,
    words,
    drafts: result.drafts.length,
    per400: (result.drafts.length / words) * 400,
    kinds: new Map(),
    tf: 0,
    tfTrue: 0,
    verbatim: 0,
    promptHasAnswer: 0,
    ms,
    judged: 0,
    topJudged: 0,
    topAccept: 0,
    accept: 0,
    edit: 0,
    reject: 0,
    failures: new Map(),
  };
  for (const draft of result.drafts) {
    row.kinds.set(draft.kind, (row.kinds.get(draft.kind) ?? 0) + 1);
    if (draft.type === 'truefalse') {
      row.tf += 1;
      if (draft.answer === true) row.tfTrue += 1;
    }
    const check = answerCheck(draft);
    const quotes = typeof draft.evidence === 'string' ? [draft.evidence] : draft.evidence;
    if (quotes.every((quote) => locateQuote(articleText, quote) !== null) && check.evidenceHasAnswer) row.verbatim += 1;
    if (check.promptHasAnswer) row.promptHasAnswer += 1;
    const judgement = own[draft.id];
    if (judgement && draft.rank <= Math.ceil(result.drafts.length / 5)) {
      row.topJudged += 1;
      if (judgement.verdict === 'accept') row.topAccept += 1;
    }
    if (judgement) {
      row.judged += 1;
      row[judgement.verdict] += 1;
      if (judgement.verdict !== 'accept' && judgement.failure)
        row.failures.set(judgement.failure, (row.failures.get(judgement.failure) ?? 0) + 1);
    }
  }
  if (writeDrafts) writeFileSync(path.join(ROOT, 'drafts', file), draftMarkdown(file, result.drafts));
  rows.push(row);
}

function table(title: string, list: Row[]): string[] {
  const out = [
    `### ${title}`,
    '',
    '| article | words | drafts | per 400 words | kinds | true/false (true:false) | verbatim evidence with answer | prompt contains answer | ms | judged | accept as is | accept after edit | top fifth as is |',
    '| --- | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of list) {
    const kinds = [...row.kinds.entries()].map(([kind, n]) => `${kind} ${n}`).join(', ');
    out.push(
      `| ${row.file.replace(/\.md$/, '')} | ${row.words} | ${row.drafts} | ${row.per400.toFixed(1)} | ${kinds} | ${pct(row.tf, row.drafts)} (${row.tfTrue}:${row.tf - row.tfTrue}) | ${pct(row.verbatim, row.drafts)} | ${row.promptHasAnswer} | ${row.ms.toFixed(0)} | ${row.judged}/${row.drafts} | ${pct(row.accept, row.judged)} | ${pct(row.accept + row.edit, row.judged)} | ${pct(row.topAccept, row.topJudged)} |`,
    );
  }
  const sum = (pick: (row: Row) => number) => list.reduce((total, row) => total + pick(row), 0);
  const kinds = new Map<string, number>();
  for (const row of list) for (const [kind, n] of row.kinds) kinds.set(kind, (kinds.get(kind) ?? 0) + n);
  const drafts = sum((r) => r.drafts);
  const judged = sum((r) => r.judged);
  const tf = sum((r) => r.tf);
  const tfTrue = sum((r) => r.tfTrue);
  out.push(
    `| **all ${list.length}** | ${sum((r) => r.words)} | ${drafts} | ${((drafts / sum((r) => r.words)) * 400).toFixed(1)} | ${kinds.size} kinds: ${[...kinds.entries()].map(([k, n]) => `${k} ${n}`).join(', ')} | ${pct(tf, drafts)} (${tfTrue}:${tf - tfTrue}) | ${pct(
      sum((r) => r.verbatim),
      drafts,
    )} | ${sum((r) => r.promptHasAnswer)} | ${(sum((r) => r.ms) / list.length).toFixed(0)} avg | ${judged}/${drafts} | ${pct(
      sum((r) => r.accept),
      judged,
    )} | ${pct(
      sum((r) => r.accept + r.edit),
      judged,
    )} | ${pct(
      sum((r) => r.topAccept),
      sum((r) => r.topJudged),
    )} |`,
  );
  const failures = new Map<string, number>();
  for (const row of list) for (const [kind, n] of row.failures) failures.set(kind, (failures.get(kind) ?? 0) + n);
  if (failures.size > 0) {
    out.push(
      '',
      `Failure kinds (edited or rejected): ${[...failures.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
  }
  out.push('');
  return out;
}

const report = [
  '## Drafting engine evaluation (npm run drafts:eval)',
  '',
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on Node ${process.version}. Judgements: eval/drafts/judgements.yaml. Articles: English Wikinews, CC BY 2.5 (source URL in each file).`,
  '',
  ...(['train', 'dev', 'test'] as const).flatMap((split) =>
    splits.includes(split)
      ? table(
          `${split} split`,
          rows.filter((row) => row.split === split),
        )
      : [],
  ),
].join('\n');
if (!process.argv.includes('--no-write')) writeFileSync(path.join(ROOT, 'report.md'), `${report}\n`);
console.log(report);

/**
 * npm run drafts:eval — the drafting engine on the evaluation corpus (eval/drafts/articles: 64
 * English Wikinews articles, split train / dev / test before any draft was made), one table per
 * split:
 * - what code can check of every draft: drafts per 400 words, kinds, the share of why/how/what
 *   drafts, true/false share and key balance, evidence verbatim and containing the answer, prompts
 *   that contain their answer, time per article;
 * - what a blind reviewer judged (eval/drafts/rounds/<round>/judgements.yaml, the latest round
 *   of the split whose drafts are the ones the engine makes now): as is, after one small edit,
 *   wrong keys, the top fifth as is, why/how usable, failure kinds.
 *
 *   npm run drafts:eval                          every split; writes eval/drafts/report.md
 *   npm run drafts:eval -- --splits=train,dev    only these (npm test runs it so, with --no-write)
 *   npm run drafts:eval -- --no-write            prints only
 *
 * Exits 1 when a check that needs no judging fails on a split: evidence not verbatim or without
 * its answer, a prompt containing its answer, fewer than 5 drafts per 400 words, fewer than 4
 * kinds, true/false above 30 % or its keys more than one apart in an article.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { countWords, locateQuote } from '../lib/content/text';
import { draftQuestions } from '../lib/drafts/generate';
import { answerCheck } from '../lib/drafts/quality';
import { COMPREHENSION_KINDS, type Draft } from '../lib/drafts/types';
import { readArticles } from './drafts-judge';

const ROOT = path.join(process.cwd(), 'eval', 'drafts');
const SPLITS = ['train', 'dev', 'test', 'holdout'] as const;
/** Drafted and tabled only when asked for by name (--splits=holdout): its one blind round, at the end. */
const ON_REQUEST: ReadonlySet<string> = new Set(['holdout']);

type Judgement = { verdict: 'accept' | 'edit' | 'reject'; failure?: string; draft: Draft };
type Row = {
  file: string;
  words: number;
  drafts: Draft[];
  ms: number;
  verbatim: number;
  promptHasAnswer: number;
  judged: Array<{ draft: Draft; judgement: Judgement }>;
};

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`);

/** The judgements of the split's latest round whose drafts are today's, by article and draft id. */
function latestJudgements(split: string): { round: string | null; byFile: Record<string, Record<string, Judgement>> } {
  const dir = path.join(ROOT, 'rounds');
  if (!existsSync(dir)) return { round: null, byFile: {} };
  const rounds = readdirSync(dir)
    .filter(
      (round) =>
        existsSync(path.join(dir, round, 'judgements.yaml')) && existsSync(path.join(dir, round, 'round.json')),
    )
    .map((round) => ({
      round,
      meta: JSON.parse(readFileSync(path.join(dir, round, 'round.json'), 'utf8')) as { split: string; drafted: string },
    }))
    .filter((entry) => entry.meta.split === split)
    .sort((a, b) => a.meta.drafted.localeCompare(b.meta.drafted));
  const latest = rounds.at(-1);
  if (!latest) return { round: null, byFile: {} };
  return {
    round: latest.round,
    byFile: YAML.parse(readFileSync(path.join(dir, latest.round, 'judgements.yaml'), 'utf8')) as Record<
      string,
      Record<string, Judgement>
    >,
  };
}

/** The same draft as judged: same id, prompt, key and options (a changed engine makes other drafts). */
function sameDraft(a: Draft, b: Draft): boolean {
  return (
    a.id === b.id &&
    a.prompt === b.prompt &&
    JSON.stringify(a.answer) === JSON.stringify(b.answer) &&
    JSON.stringify(a.options ?? []) === JSON.stringify(b.options ?? [])
  );
}

function evaluate(split: string): { rows: Row[]; round: string | null } {
  const { round, byFile } = latestJudgements(split);
  const rows: Row[] = [];
  for (const article of readArticles().filter((a) => a.split === split)) {
    const started = performance.now();
    const result = draftQuestions({ title: article.title, date: article.date, text: article.body });
    const ms = performance.now() - started;
    const text = result.paragraphs.join('\n\n');
    const row: Row = {
      file: article.file,
      words: countWords(text),
      drafts: result.drafts,
      ms,
      verbatim: 0,
      promptHasAnswer: 0,
      judged: [],
    };
    for (const draft of result.drafts) {
      const check = answerCheck(draft);
      const quotes = [draft.evidence].flat();
      if (quotes.every((quote) => locateQuote(text, quote) !== null) && check.evidenceHasAnswer) row.verbatim += 1;
      if (check.promptHasAnswer) row.promptHasAnswer += 1;
      const judgement = byFile[article.file]?.[draft.id];
      if (judgement && sameDraft(judgement.draft, draft)) row.judged.push({ draft, judgement });
    }
    rows.push(row);
  }
  return { rows, round };
}

function kindsOf(drafts: Draft[]): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const draft of drafts) kinds.set(draft.kind, (kinds.get(draft.kind) ?? 0) + 1);
  return kinds;
}

function table(split: string, rows: Row[], round: string | null): { lines: string[]; problems: string[] } {
  const all = rows.flatMap((row) => row.drafts);
  const words = rows.reduce((sum, row) => sum + row.words, 0);
  const kinds = kindsOf(all);
  const tf = all.filter((d) => d.type === 'truefalse');
  const tfTrue = tf.filter((d) => d.answer === true).length;
  const comprehension = all.filter((d) => COMPREHENSION_KINDS.has(d.kind));
  const judged = rows.flatMap((row) => row.judged);
  const verdict = (v: string) => judged.filter((j) => j.judgement.verdict === v).length;
  const top = rows.flatMap((row) => row.judged.filter((j) => j.draft.rank <= Math.ceil(row.drafts.length / 5)));
  const compJudged = judged.filter((j) => COMPREHENSION_KINDS.has(j.draft.kind));
  const times = rows.map((row) => row.ms).sort((a, b) => a - b);
  const near700 = rows.filter((row) => row.words >= 600 && row.words <= 800).map((row) => row.ms);
  const failures = new Map<string, number>();
  for (const j of judged)
    if (j.judgement.verdict !== 'accept' && j.judgement.failure)
      failures.set(j.judgement.failure, (failures.get(j.judgement.failure) ?? 0) + 1);
  const lines = [
    `### ${split} split (${rows.length} articles, ${words} words)`,
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| drafts (per 400 words) | ${all.length} (${((all.length / words) * 400).toFixed(1)}) |`,
    `| kinds | ${kinds.size}: ${[...kinds.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')} |`,
    `| why / how / what drafts | ${comprehension.length} (${pct(comprehension.length, all.length)}) |`,
    `| true/false (true : false) | ${tf.length} (${pct(tf.length, all.length)}; ${tfTrue} : ${tf.length - tfTrue}) |`,
    `| evidence verbatim and containing the answer | ${pct(
      rows.reduce((s, r) => s + r.verbatim, 0),
      all.length,
    )} |`,
    `| prompts containing their answer | ${rows.reduce((s, r) => s + r.promptHasAnswer, 0)} |`,
    `| time per article, median / max (articles of 600–800 words: max) | ${times[Math.floor(times.length / 2)]?.toFixed(0)} / ${times.at(-1)?.toFixed(0)} ms (${near700.length ? `${Math.max(...near700).toFixed(0)} ms` : '–'}) |`,
    `| judged (round) | ${judged.length} of ${all.length}${round ? ` (${round})` : ''} |`,
  ];
  if (judged.length > 0) {
    lines.push(
      `| **as is** | **${pct(verdict('accept'), judged.length)}** |`,
      `| **after one small edit** | **${pct(verdict('accept') + verdict('edit'), judged.length)}** |`,
      `| wrong keys | ${judged.filter((j) => j.judgement.failure === 'wrong-key').length} |`,
      `| top fifth as is | ${pct(top.filter((j) => j.judgement.verdict === 'accept').length, top.length)} (${top.length}) |`,
      `| why / how / what usable after one edit | ${pct(compJudged.filter((j) => j.judgement.verdict !== 'reject').length, compJudged.length)} (${compJudged.length}) |`,
      `| true/false as is | ${pct(judged.filter((j) => j.draft.type === 'truefalse' && j.judgement.verdict === 'accept').length, judged.filter((j) => j.draft.type === 'truefalse').length)} |`,
    );
  }
  lines.push('');
  if (failures.size > 0)
    lines.push(
      `Failure kinds (edit or reject): ${[...failures.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
      '',
    );
  lines.push(
    '| article | words | drafts | kinds | ms | judged | as is | after edit |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) {
    const a = row.judged.filter((j) => j.judgement.verdict === 'accept').length;
    const e = row.judged.filter((j) => j.judgement.verdict !== 'reject').length;
    lines.push(
      `| ${row.file} | ${row.words} | ${row.drafts.length} | ${[...kindsOf(row.drafts).entries()].map(([k, n]) => `${k} ${n}`).join(', ')} | ${row.ms.toFixed(0)} | ${row.judged.length} | ${pct(a, row.judged.length)} | ${pct(e, row.judged.length)} |`,
    );
  }
  lines.push('');
  const problems: string[] = [];
  const bad = (condition: boolean, message: string) => condition && problems.push(`${split}: ${message}`);
  bad(
    rows.some((r) => r.verbatim < r.drafts.length),
    'a draft whose evidence is not verbatim or lacks its answer',
  );
  bad(
    rows.some((r) => r.promptHasAnswer > 0),
    'a prompt that contains its answer',
  );
  bad((all.length / words) * 400 < 5, `${((all.length / words) * 400).toFixed(2)} drafts per 400 words (at least 5)`);
  bad(kinds.size < 4, `${kinds.size} kinds (at least 4)`);
  bad(tf.length / all.length > 0.3, `true/false ${pct(tf.length, all.length)} (at most 30 %)`);
  for (const row of rows) {
    const t = row.drafts.filter((d) => d.type === 'truefalse' && d.answer === true).length;
    const f = row.drafts.filter((d) => d.type === 'truefalse' && d.answer === false).length;
    bad(Math.abs(t - f) > 1, `${row.file}: true/false keys ${t} : ${f}`);
  }
  return { lines, problems };
}

function main() {
  const splits = (
    process.argv.find((arg) => arg.startsWith('--splits='))?.slice(9) ??
    SPLITS.filter((s) => !ON_REQUEST.has(s)).join(',')
  ).split(',');
  const first = readArticles()[0]!;
  // One warm-up run: a running server has loaded the tagger, the gazetteers and the model already.
  draftQuestions({ title: first.title, date: first.date, text: first.body });
  const out = [
    '## Drafting engine evaluation (npm run drafts:eval)',
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on Node ${process.version}. Articles: English Wikinews (source, licence and split in each file). Verdicts: eval/drafts/rounds/, by reviewers following eval/drafts/reviewer-brief.md.`,
    '',
  ];
  const problems: string[] = [];
  for (const split of SPLITS.filter((s) => splits.includes(s))) {
    const { rows, round } = evaluate(split);
    const result = table(split, rows, round);
    out.push(...result.lines);
    problems.push(...result.problems);
  }
  const report = out.join('\n');
  if (!process.argv.includes('--no-write')) writeFileSync(path.join(ROOT, 'report.md'), `${report}\n`);
  console.log(report);
  if (problems.length > 0) {
    console.error(`\n${problems.length} check(s) failed:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main();

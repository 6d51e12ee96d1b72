/**
 * npm run drafts:judge — blind judging of drafts by reviewers who follow eval/drafts/reviewer-brief.md.
 *
 *   npm run drafts:judge -- packet --round=<name> --split=<train|dev|test> [--parts=3] [--more]
 *       runs the engine on the split's articles and writes eval/drafts/rounds/<name>/packet-<n>.md
 *       (articles with numbered sentences and their drafts under opaque ids, shuffled, nothing
 *       saying which split, round or engine) and key.json (which draft each id is, its list and
 *       features). --more also adds the drafts folded under "More drafts" (train only: they
 *       teach the ranking model).
 *   npm run drafts:judge -- import --round=<name>
 *       reads the reviewers' verdicts (eval/drafts/rounds/<name>/verdicts-<n>.yaml), checks every
 *       id is judged once with a valid verdict and failure kind, and writes judgements.yaml: per
 *       article and draft id, the verdict, the failure kind, the note, and the draft as judged.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { draftQuestions } from '../lib/drafts/generate';
import type { Draft } from '../lib/drafts/types';
import { seededShuffle } from '../lib/quiz/shuffle';
import { sentencesOf } from '../lib/content/sentences';
import { cleanArticleText } from '../lib/drafts/clean';

const ROOT = path.join(process.cwd(), 'eval', 'drafts');
const ARTICLES = path.join(ROOT, 'articles');

export const FAILURE_KINDS = [
  'wrong-key',
  'also-true-distractor',
  'wrong-kind-distractor',
  'junk-distractor',
  'guessable',
  'accept-too-narrow',
  'needs-context',
  'trivia',
  'word-spotting',
  'broken-text',
  'duplicate',
  'other',
] as const;

export const verdictsSchema = z.record(
  z.string(),
  z.object({
    verdict: z.enum(['accept', 'edit', 'reject']),
    failure: z.enum(FAILURE_KINDS).optional(),
    note: z.string(),
  }),
);

export type Article = { file: string; title: string; date: string; split: string; body: string };

export function readArticles(): Article[] {
  return readdirSync(ARTICLES)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(ARTICLES, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      const front = YAML.parse(match[1]!) as { title: string; date: string | Date; split: string };
      const date = front.date instanceof Date ? front.date.toISOString().slice(0, 10) : String(front.date);
      return { file: file.replace(/\.md$/, ''), title: front.title, date, split: front.split, body: match[2]! };
    });
}

const TYPE_NAMES: Record<Draft['type'], string> = {
  single: 'single choice',
  multiple: 'choose all that apply',
  truefalse: 'true or false',
  typed: 'typed answer',
  ordering: 'put in order',
};

type KeyEntry = { file: string; id: string; rank: number; list: 'best' | 'more'; draft: Draft };

function draftBlock(opaque: string, draft: Draft, sentences: readonly string[]): string[] {
  const lines = [`#### ${opaque} (${TYPE_NAMES[draft.type]})`, '', `- Prompt: ${draft.prompt}`];
  if (draft.type === 'single' && draft.options) lines.push(`- Options: ${draft.options.join(' | ')}`);
  if (draft.type === 'ordering') lines.push(`- Items in the right order: ${[draft.answer].flat().join(' → ')}`);
  else if (draft.type === 'truefalse') lines.push(`- Key: ${draft.answer ? 'True' : 'False'}`);
  else lines.push(`- Key: ${String(draft.answer)}`);
  if (draft.type === 'typed')
    lines.push(`- Also accepted: ${draft.accept?.length ? draft.accept.join(' | ') : '(nothing else)'}`);
  const numbers = [draft.evidence].flat().map((quote) => sentences.indexOf(quote) + 1);
  lines.push(`- Evidence: sentence${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`, '');
  return lines;
}

function packet(round: string, split: string, parts: number, more: boolean) {
  const dir = path.join(ROOT, 'rounds', round);
  if (existsSync(path.join(dir, 'key.json'))) throw new Error(`${round} exists: a round is judged once`);
  mkdirSync(dir, { recursive: true });
  const articles = seededShuffle(
    readArticles().filter((article) => article.split === split),
    round,
  );
  const key: Record<string, KeyEntry> = {};
  const chunks: string[][] = Array.from({ length: parts }, () => []);
  articles.forEach((article, index) => {
    const result = draftQuestions(
      { title: article.title, date: article.date, text: article.body },
      { withFeatures: true },
    );
    const sentences = sentencesOf(cleanArticleText(article.body));
    const lines = ['---', '', `## Article ${index + 1}: ${article.title}`, '', `Dated ${article.date}.`, ''];
    let paragraph = -1;
    const paragraphs: string[] = [];
    for (const sentence of sentences) {
      if (sentence.paragraph !== paragraph) {
        paragraphs.push('');
        paragraph = sentence.paragraph;
      }
      paragraphs[paragraphs.length - 1] += `${paragraphs.at(-1) ? ' ' : ''}[s${sentence.number}] ${sentence.text}`;
    }
    lines.push(...paragraphs.flatMap((text) => [text, '']), `### Drafts for article ${index + 1}`, '');
    const drafts = [
      ...result.drafts.map((draft) => ({ draft, list: 'best' as const })),
      ...(more ? result.more.map((draft) => ({ draft, list: 'more' as const })) : []),
    ].map((entry) => ({
      ...entry,
      opaque: `D-${createHash('sha1').update(`${round}:${article.file}:${entry.draft.id}`).digest('hex').slice(0, 7)}`,
    }));
    for (const entry of [...drafts].sort((a, b) => a.opaque.localeCompare(b.opaque))) {
      key[entry.opaque] = {
        file: article.file,
        id: entry.draft.id,
        rank: entry.draft.rank,
        list: entry.list,
        draft: entry.draft,
      };
      lines.push(...draftBlock(entry.opaque, entry.draft, result.sentences));
    }
    chunks[index % parts]!.push(...lines);
  });
  chunks.forEach((lines, index) => {
    const header = [
      '# Packet: drafted questions to judge',
      '',
      'Judge every draft below with the brief (eval/drafts/reviewer-brief.md). Each article comes first with its sentences numbered, then its drafts.',
      '',
    ];
    writeFileSync(path.join(dir, `packet-${index + 1}.md`), [...header, ...lines].join('\n'));
  });
  writeFileSync(path.join(dir, 'key.json'), `${JSON.stringify(key, null, 1)}\n`);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  writeFileSync(
    path.join(dir, 'round.json'),
    `${JSON.stringify({ round, split, parts, more, drafted: new Date().toISOString(), commit, articles: articles.length, drafts: Object.keys(key).length }, null, 2)}\n`,
  );
  console.log(
    `${round}: ${Object.keys(key).length} drafts from ${articles.length} ${split} articles in ${parts} packets`,
  );
}

function importVerdicts(round: string) {
  const dir = path.join(ROOT, 'rounds', round);
  const key = JSON.parse(readFileSync(path.join(dir, 'key.json'), 'utf8')) as Record<string, KeyEntry>;
  const verdicts: z.infer<typeof verdictsSchema> = {};
  for (const file of readdirSync(dir)
    .filter((name) => /^verdicts-\d+\.yaml$/.test(name))
    .sort()) {
    const parsed = verdictsSchema.safeParse(YAML.parse(readFileSync(path.join(dir, file), 'utf8')));
    if (!parsed.success)
      throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    for (const [id, verdict] of Object.entries(parsed.data)) {
      if (verdicts[id]) throw new Error(`${file}: ${id} judged twice`);
      if (verdict.verdict !== 'accept' && !verdict.failure)
        throw new Error(`${file}: ${id}: an ${verdict.verdict} names no failure kind`);
      verdicts[id] = verdict;
    }
  }
  const missing = Object.keys(key).filter((id) => !verdicts[id]);
  const unknown = Object.keys(verdicts).filter((id) => !key[id]);
  if (missing.length || unknown.length)
    throw new Error(`missing ${missing.join(', ') || 'none'}; unknown ${unknown.join(', ') || 'none'}`);
  const out: Record<string, Record<string, unknown>> = {};
  for (const [opaque, entry] of Object.entries(key)) {
    const verdict = verdicts[opaque]!;
    (out[entry.file] ??= {})[entry.id] = {
      verdict: verdict.verdict,
      ...(verdict.failure ? { failure: verdict.failure } : {}),
      note: verdict.note,
      list: entry.list,
      rank: entry.rank,
      draft: entry.draft,
    };
  }
  writeFileSync(path.join(dir, 'judgements.yaml'), YAML.stringify(out, { lineWidth: 0 }));
  console.log(`${round}: ${Object.keys(key).length} judgements imported`);
}

function main() {
  const [command] = process.argv.slice(2);
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const round = arg('round');
  if (!round) throw new Error('--round=<name> is required');
  if (command === 'packet')
    packet(round, arg('split') ?? 'train', Number(arg('parts') ?? 1), process.argv.includes('--more'));
  else if (command === 'import') importVerdicts(round);
  else throw new Error('usage: drafts:judge -- packet|import --round=<name> …');
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) main();

/**
 * npm run drafts:sentences [-- --split=train] — measures sentence splitters against the corpus's
 * own sentences (eval/drafts/sentences, GUM and AMALGUM segmentation) on one split: boundaries a
 * splitter adds that the corpus does not have (false splits, e.g. after "U.S.") and boundaries it
 * misses. Compares the reader's splitter (lib/content/sentences.ts) with wink-nlp alone, compromise
 * and the single regular expression the reader used before (decision 021).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { splitSentences } from '../lib/content/sentences';

const ROOT = path.join(process.cwd(), 'eval', 'drafts');
const split = process.argv.find((arg) => arg.startsWith('--split='))?.slice(8) ?? 'train';
const wink = winkNLP(model);
const OLD_REGEX = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u;

const splitters: Record<string, (paragraph: string) => string[]> = {
  'reader (wink-nlp + repairs)': splitSentences,
  'wink-nlp alone': (p) => wink.readDoc(p).sentences().out(),
  compromise: (p) => nlp(p).sentences().out('array') as string[],
  'previous regular expression': (p) => p.split(OLD_REGEX),
};

function boundaries(paragraph: string, parts: string[]): Set<number> {
  const out = new Set<number>();
  let cursor = 0;
  for (const part of parts) {
    const at = paragraph.indexOf(part.trim(), cursor);
    if (at < 0) continue;
    cursor = at + part.trim().length;
    out.add(cursor);
  }
  out.delete(paragraph.length);
  return out;
}

const files = readdirSync(path.join(ROOT, 'articles'))
  .filter((file) => file.endsWith('.md'))
  .filter((file) => new RegExp(`^split: ${split}$`, 'm').test(readFileSync(path.join(ROOT, 'articles', file), 'utf8')))
  .map((file) => file.replace(/\.md$/, ''))
  .filter((name) => existsSync(path.join(ROOT, 'sentences', `${name}.txt`)));
const errors = Object.fromEntries(
  Object.keys(splitters).map((name) => [name, { extra: [] as string[], missed: [] as string[] }]),
);
let total = 0;
for (const name of files) {
  const gold = readFileSync(path.join(ROOT, 'sentences', `${name}.txt`), 'utf8')
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.split('\n'));
  for (const sentences of gold) {
    const paragraph = sentences.join(' ');
    total += sentences.length;
    const expected = boundaries(paragraph, sentences);
    for (const [label, splitter] of Object.entries(splitters)) {
      const found = boundaries(paragraph, splitter(paragraph));
      const show = (at: number) =>
        `${name}: …${paragraph.slice(Math.max(0, at - 45), at)}|${paragraph.slice(at, at + 25)}…`;
      for (const at of found) if (!expected.has(at)) errors[label]!.extra.push(show(at));
      for (const at of expected) if (!found.has(at)) errors[label]!.missed.push(show(at));
    }
  }
}
console.log(`${split} split: ${files.length} articles with corpus sentences, ${total} sentences\n`);
console.log('| splitter | false splits | missed boundaries |\n| --- | ---: | ---: |');
for (const [label, e] of Object.entries(errors)) console.log(`| ${label} | ${e.extra.length} | ${e.missed.length} |`);
if (process.argv.includes('--verbose')) {
  for (const [label, e] of Object.entries(errors)) {
    console.log(`\n${label}`);
    for (const line of e.extra) console.log(`  false split  ${line}`);
    for (const line of e.missed) console.log(`  missed       ${line}`);
  }
}

/**
 * npm run drafts:corpus — turns the sentence lines of a corpus document (GUM or AMALGUM, English
 * Wikinews) into an evaluation article and its gold sentences, and assigns the split.
 *
 * Input: eval/drafts/sources/<corpus doc>.txt, the `# meta::`, `# newpar…` and `# text =` lines of
 * the document's .conllu, copied verbatim, after a header naming repository, path and commit.
 * Output: eval/drafts/articles/NN-slug.md (front matter with title, date, source, licence, split,
 * retrieved_from; then the paragraphs) and eval/drafts/sentences/NN-slug.txt (the corpus's own
 * sentence segmentation, one sentence a line, paragraphs separated by a blank line: the gold
 * standard the sentence splitter is measured against).
 *
 * The split is fixed before any draft is made: the twelve articles of the first evaluation are
 * train (they were tuned on); every new one is ranked by SHA-256 of its source URL, the first 15
 * are test, the next 15 dev, the rest train. Nothing about the drafts enters that choice.
 * `--split=<name>` puts a whole new batch in one split instead (the holdout split: the test split
 * was judged, so spent, and a fresh one replaces it for the next final round).
 *
 *   npm run drafts:corpus                       writes the files that do not exist yet
 *   npm run drafts:corpus -- --split=holdout    the same, every new article in that split
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { toSlug } from '../lib/drafts/ids';

const ROOT = path.join(process.cwd(), 'eval', 'drafts');
const SOURCES = path.join(ROOT, 'sources');

const ARTICLES = path.join(ROOT, 'articles');
const SENTENCES = path.join(ROOT, 'sentences');

type Source = {
  name: string;
  repo: string;
  path: string;
  commit: string;
  title: string;
  date: string;
  url: string;
  paragraphs: string[][];
};

/** A paragraph that is only a date ("Saturday, September 12, 2015"): the dateline, not article text. */
const DATELINE =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:[A-Z][a-z]+ \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+,? \d{4})\.?$/;

export function parseSource(name: string, text: string): Source {
  const header = (key: string) => {
    const match = new RegExp(`^# ${key} = (.*)$`, 'm').exec(text);
    if (!match) throw new Error(`${name}: no "# ${key}" line`);
    return match[1]!.trim();
  };
  // GUM writes a paragraph's "# newpar_block" before its first sentence, AMALGUM its "# newpar" after it.
  const newparAfter = /amalgum/i.test(header('repo'));
  const lines: Array<{ text: string; block?: string[] }> = [];
  let pending: string[] | undefined;
  for (const line of text.split('\n')) {
    const block = /^# newpar(?:_block)? = (.*)$/.exec(line);
    if (block) {
      // "figure … | caption (1 s)", "head rend:::bold (1 s)", "list … | item (1 s)", "p (2 s)", "quote (1 s)"
      const kinds = block[1]!.split('|').map((part) => part.trim().split(/\s/)[0]!);
      if (newparAfter && lines.length > 0) lines.at(-1)!.block = kinds;
      else pending = kinds;
      continue;
    }
    const sentence = /^# text = (.*)$/.exec(line);
    if (sentence) {
      lines.push({ text: sentence[1]!.trim(), block: pending });
      pending = undefined;
    }
  }
  const paragraphs: string[][] = [];
  let keep = false;
  let poll = false;
  let table = false;
  for (const line of lines) {
    if (line.block) {
      table = false;
      keep = !line.block.some((kind) => ['head', 'figure', 'caption', 'table', 'note', 'ref'].includes(kind));
      if (keep) paragraphs.push([]);
    }
    // Wikinews page furniture inside a paragraph: the "Have your say" poll box.
    if (/^HAVE YOUR SAY$/i.test(line.text)) poll = true;
    if (poll) {
      if (/^Add or view comments$/i.test(line.text)) poll = false;
      continue;
    }
    // A row of a results table ("1 24 Hendrick Motorsports Jeff Gordon 2 18 …") is not prose.
    const tokens = line.text.split(/\s+/);
    if (tokens.length >= 6 && tokens.filter((token) => /^\d/.test(token)).length / tokens.length >= 0.3) continue;
    // A table's heading ("Official Top-10 Race Results for …") and the rest of its block; picture file names.
    if (/\bResults\b/.test(line.text) && !/[.!?"”]$/.test(line.text)) table = true;
    if (table || /^(?:File:|jpg$)/.test(line.text)) continue;
    if (keep && paragraphs.length > 0) paragraphs.at(-1)!.push(line.text);
  }
  // End matter: the first source citation ("… —CNN, August 5, 2006"), sidebar quote ("Scott Gaudi,
  // Professor of Astronomy: "…"") or archive notice ends the article.
  const end = paragraphs.findIndex((paragraph) => {
    const text = paragraph.join(' ');
    return (
      /—\s*[\p{L}][^—]{1,60}, [A-Z][a-z]+ \d{1,2}, \d{4}/u.test(text) ||
      /^[^"“:]{5,90}: ["“]/.test(text) ||
      /^Got a correction\?|This page has been automatically archived/.test(text)
    );
  });
  if (end > 0) paragraphs.splice(end);
  // A pull quote and its attribution line ("—Hawaiian civil defence spokesman John Cummings").
  for (let index = paragraphs.length - 1; index > 0; index -= 1) {
    if (/^—/.test(paragraphs[index]!.join(' '))) paragraphs.splice(index - 1, 2);
  }
  const body = paragraphs.filter((paragraph, index) => {
    if (paragraph.length === 0) return false;
    // The dateline is the first paragraph that is only a date; photo credits are not text.
    if (index <= 1 && paragraph.length === 1 && DATELINE.test(paragraph[0]!)) return false;
    return !paragraph.some((sentence) => /(?:^|\s)(?:Image|Photo|Credit|File): /.test(sentence));
  });
  return {
    name,
    repo: header('repo'),
    path: header('path'),
    commit: header('commit'),
    // AMALGUM's metadata writes non-ASCII letters as numeric character references ("&#346;r&#299;").
    title: header('meta::title').replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))),
    date: header('meta::dateCreated').slice(0, 10),
    url: header('meta::sourceURL'),
    paragraphs: body,
  };
}

/** Wikinews is CC BY 2.5 from 25 September 2005; what was published before is in the public domain. */
function licence(date: string): string {
  return date < '2005-09-25' ? 'Public domain (Wikinews before 25 September 2005)' : 'CC BY 2.5';
}

function sentencesText(source: Source): string {
  return `${source.paragraphs.map((paragraph) => paragraph.join('\n')).join('\n\n')}\n`;
}

function main() {
  mkdirSync(ARTICLES, { recursive: true });
  mkdirSync(SENTENCES, { recursive: true });
  const existing = readdirSync(ARTICLES).filter((file) => file.endsWith('.md'));
  const known = new Map(
    existing.map((file) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(ARTICLES, file), 'utf8'))![1]!;
      return [String(YAML.parse(front).source), file.replace(/\.md$/, '')] as const;
    }),
  );
  const sources = readdirSync(SOURCES)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => parseSource(file.replace(/\.txt$/, ''), readFileSync(path.join(SOURCES, file), 'utf8')));
  // Numbering and splits are decided over every new source at once, so adding one later
  // would change nothing already assigned only if it sorts last: add sources in one batch.
  // Gold sentences for an article already in the set (the first evaluation's, written by hand then).
  for (const source of sources) {
    const file = known.get(source.url);
    if (file && !existsSync(path.join(SENTENCES, `${file}.txt`)))
      writeFileSync(path.join(SENTENCES, `${file}.txt`), sentencesText(source));
  }
  const fresh = sources.filter((source) => !known.has(source.url));
  if (fresh.length === 0) {
    console.log('No new sources.');
    return;
  }
  const byHash = [...fresh].sort((a, b) =>
    createHash('sha256').update(a.url).digest('hex').localeCompare(createHash('sha256').update(b.url).digest('hex')),
  );
  const only = process.argv.find((arg) => arg.startsWith('--split='))?.slice(8);
  const split = new Map<Source, string>(
    byHash.map((source, index) => [source, only ?? (index < 15 ? 'test' : index < 30 ? 'dev' : 'train')]),
  );
  let number = existing.length;
  for (const source of fresh) {
    number += 1;
    const file = `${String(number).padStart(2, '0')}-${toSlug(source.title.toLowerCase(), 40)}`;
    const front = {
      title: source.title,
      date: source.date,
      source: source.url,
      split: split.get(source),
      licence: licence(source.date),
      retrieved_from: `github.com/${source.repo}, ${source.path} ("# text" sentence lines and "# newpar" paragraphing, commit ${source.commit})`,
    };
    const markdown = `---\n${YAML.stringify(front, { lineWidth: 0 }).trim()}\n---\n\n${source.paragraphs
      .map((paragraph) => paragraph.join(' '))
      .join('\n\n')}\n`;
    if (existsSync(path.join(ARTICLES, `${file}.md`))) throw new Error(`${file}.md exists`);
    writeFileSync(path.join(ARTICLES, `${file}.md`), markdown);
    writeFileSync(path.join(SENTENCES, `${file}.txt`), sentencesText(source));
    console.log(`${file}  ${split.get(source)}  ${source.date}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) main();

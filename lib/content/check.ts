import YAML from 'yaml';
import type { z } from 'zod';
import type { Article, Catalog, CatalogQuestion, Citation, QuestionSet } from './types';
import { normaliseAnswer } from '@/lib/quiz/normalise';
import { drawRules, reveals } from '@/lib/quiz/draw-rules';
import {
  articleFrontMatterSchema,
  questionRefSchema,
  questionSchema,
  retiredFileSchema,
  QUESTION_TYPES,
  SET_CATEGORIES,
  setFileSchema,
  type Question,
} from './schema';
import {
  countWords,
  locateQuote,
  PARAGRAPH_SEPARATOR,
  readingMinutes,
  sentenceNumbersForSpan,
  splitParagraphs,
} from './text';
import { sentencesOf, splitSentences } from './sentences';
import { evidenceQuotes } from './evidence';

/**
 * The content check: parses every article and question set, validates them against the schema,
 * and checks what a schema cannot (answers among options, distractors, duplicates, evidence that
 * is really in the article). Pure: it takes file contents, so tests can feed it broken fixtures.
 * Every problem names the file, the question (or set) and the field.
 */

export type ContentFile = { path: string; text: string };

export type ContentProblem = {
  file: string;
  /** The question id (or "question #n" when it has none), or undefined for the file as a whole. */
  item?: string;
  field?: string;
  message: string;
};

/**
 * Problems stop the build; warnings are weaknesses a demanding teacher would fix (a question that
 * gives away another's answer, a true/false statement copied word for word). Shipped content has none.
 */
export type CheckResult = { problems: ContentProblem[]; warnings: ContentProblem[]; catalog: Catalog | null };

/** The id of the set every article gets, made of the questions of all its sets. */
export function combinedSetId(articleId: string): string {
  return `${articleId}-all`;
}

const CATEGORY_ORDER = [...SET_CATEGORIES, 'all'] as const;

import { MAX_EXPLANATION_SENTENCES, MIN_DISTRACTORS } from './rules';

function baseName(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/\.(ya?ml|md)$/i, '');
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of fields';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

/** Turns zod issues into plain messages, one problem per issue. */
function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  item: string | undefined,
): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        item,
        field: formatPath([...path, key]),
        message: `unknown field "${key}" (check its spelling)`,
      }));
    }
    let message = issue.message;
    if (issue.code === 'invalid_type') {
      message = issue.input === undefined ? 'is required' : `must be ${describeExpected(issue.expected)}`;
    } else if (issue.code === 'invalid_union') {
      message = issue.input === undefined ? 'is required' : 'must be a quote (text) or a list of quotes';
    } else if (issue.code === 'invalid_value' && 'values' in issue) {
      message = `must be one of ${issue.values.map((v) => String(v)).join(', ')} (got ${JSON.stringify(issue.input)})`;
    }
    return [{ file, item, field: formatPath(path) || undefined, message }];
  });
}

function parseArticle(file: ContentFile, problems: ContentProblem[]): Article | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(file.text);
  if (!match) {
    problems.push({
      file: file.path,
      message: 'must start with front matter between two "---" lines (id, title, date)',
    });
    return null;
  }
  const frontMatterDoc = YAML.parseDocument(match[1]!, { prettyErrors: true });
  if (frontMatterDoc.errors.length > 0) {
    for (const error of frontMatterDoc.errors) {
      problems.push({ file: file.path, field: 'front matter', message: firstLine(error.message) });
    }
    return null;
  }
  const parsed = articleFrontMatterSchema.safeParse(frontMatterDoc.toJS(), { reportInput: true });
  if (!parsed.success) {
    problems.push(...issuesToProblems(parsed.error.issues, file.path, undefined));
    return null;
  }
  const meta = parsed.data;
  if (meta.id !== baseName(file.path)) {
    problems.push({ file: file.path, field: 'id', message: `must match the file name ("${baseName(file.path)}")` });
  }
  const paragraphs = splitParagraphs(match[2]!);
  if (paragraphs.length === 0) {
    problems.push({ file: file.path, message: 'has no article text after the front matter' });
    return null;
  }
  const text = paragraphs.join(PARAGRAPH_SEPARATOR);
  const wordCount = countWords(text);
  return {
    id: meta.id,
    title: meta.title,
    date: meta.date,
    ...(meta.source ? { source: meta.source } : {}),
    text,
    paragraphs,
    sentences: sentencesOf(paragraphs),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

type RawSet = z.infer<typeof setFileSchema> & { file: string };

function parseSetFile(file: ContentFile, problems: ContentProblem[]): RawSet | null {
  const doc = YAML.parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) problems.push({ file: file.path, message: `YAML: ${firstLine(error.message)}` });
    return null;
  }
  const parsed = setFileSchema.safeParse(doc.toJS(), { reportInput: true });
  if (!parsed.success) {
    problems.push(...issuesToProblems(parsed.error.issues, file.path, 'set'));
    return null;
  }
  if (parsed.data.id !== baseName(file.path)) {
    problems.push({ file: file.path, item: 'set', field: 'id', message: `must match the file name ("${baseName(file.path)}")` });
  }
  return { ...parsed.data, file: file.path };
}

function itemLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object') {
    const record = raw as Record<string, unknown>;
    if (typeof record.id === 'string' && record.id !== '') return record.id;
    if (typeof record.ref === 'string' && record.ref !== '') return record.ref;
  }
  return `question #${index + 1}`;
}

function findDuplicates(values: readonly string[]): Array<{ first: number; second: number; value: string }> {
  const seen = new Map<string, number>();
  const duplicates: Array<{ first: number; second: number; value: string }> = [];
  values.forEach((value, index) => {
    const key = normaliseAnswer(value) || value;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else duplicates.push({ first, second: index, value });
  });
  return duplicates;
}

/** Checks what the schema cannot: answers among options, distractors, duplicates. */
function checkQuestionRules(question: Question, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, item: question.id, field, message });

  if (question.type === 'single' || question.type === 'multiple') {
    const answers = question.type === 'single' ? [question.answer] : question.answer;
    answers.forEach((answer, index) => {
      if (!question.options.includes(answer)) {
        const field = question.type === 'single' ? 'answer' : `answer[${index}]`;
        add(field, `"${answer}" is not one of the options (an answer must be written exactly as its option)`);
      }
    });
    for (const duplicate of findDuplicates(answers)) {
      add(`answer[${duplicate.second}]`, `"${duplicate.value}" is listed twice`);
    }
    const distractors = question.options.filter((option) => !answers.includes(option)).length;
    if (distractors < MIN_DISTRACTORS) {
      add(
        'options',
        `has ${distractors} distractor${distractors === 1 ? '' : 's'} (wrong option${distractors === 1 ? '' : 's'}); a multiple-choice question needs at least ${MIN_DISTRACTORS}`,
      );
    }
    for (const duplicate of findDuplicates(question.options)) {
      add(
        `options[${duplicate.second}]`,
        `duplicates options[${duplicate.first}] ("${question.options[duplicate.first]}"): options must differ`,
      );
    }
  }
  if (question.type === 'ordering') {
    for (const duplicate of findDuplicates(question.answer)) {
      add(`answer[${duplicate.second}]`, `duplicates answer[${duplicate.first}]: items to order must differ`);
    }
  }
  if (question.type === 'typed' && normaliseAnswer(question.answer) === '') {
    add('answer', 'has no letters or digits to compare a typed answer with');
  }
  const explanationSentences = splitSentences(question.explanation).length;
  if (explanationSentences > MAX_EXPLANATION_SENTENCES) {
    add('explanation', `should be one or two sentences (it has ${explanationSentences})`);
  }
  return problems;
}

function citeEvidence(
  question: Question,
  article: Article,
  file: string,
  problems: ContentProblem[],
): Citation[] {
  const quotes = evidenceQuotes(question);
  const citations: Citation[] = [];
  quotes.forEach((quote, index) => {
    const span = locateQuote(article.text, quote);
    const field = typeof question.evidence === 'string' ? 'evidence' : `evidence[${index}]`;
    if (!span) {
      problems.push({
        file,
        item: question.id,
        field,
        message: `quote is not in the article "${article.id}": "${quote}"`,
      });
      return;
    }
    citations.push({ quote, sentences: sentenceNumbersForSpan(article.sentences, span), ...span });
  });
  return citations;
}

/** Checks every content file and, when there are no problems, returns the catalog. */
/** Question ids listed in content/retired.yaml (removed questions, whose ids are never reused). */
function readRetired(file: ContentFile | undefined, problems: ContentProblem[]): Map<string, string> {
  const retired = new Map<string, string>();
  if (!file) return retired;
  const doc = YAML.parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) problems.push({ file: file.path, message: `YAML: ${firstLine(error.message)}` });
    return retired;
  }
  const parsed = retiredFileSchema.safeParse(doc.toJS(), { reportInput: true });
  if (!parsed.success) {
    problems.push(...issuesToProblems(parsed.error.issues, file.path, undefined));
    return retired;
  }
  for (const entry of parsed.data.retired) retired.set(entry.id, entry.why);
  return retired;
}

export function checkContent(input: {
  articles: readonly ContentFile[];
  sets: readonly ContentFile[];
  retired?: ContentFile;
  /** A teacher's own article: an imported question may be kept without evidence (never in content/). */
  evidenceOptional?: boolean;
}): CheckResult {
  const problems: ContentProblem[] = [];
  const retired = readRetired(input.retired, problems);
  if (input.articles.length === 0) {
    problems.push({ file: 'content/articles', message: 'has no articles (*.md): the app has nothing to show' });
  }
  if (input.sets.length === 0) {
    problems.push({ file: 'content/sets', message: 'has no question sets (*.yaml): the app has nothing to ask' });
  }

  const articles: Article[] = [];
  const articleFiles = new Map<string, string>();
  for (const file of input.articles) {
    const article = parseArticle(file, problems);
    if (!article) continue;
    const previous = articleFiles.get(article.id);
    if (previous) {
      problems.push({ file: file.path, field: 'id', message: `article id "${article.id}" is already used by ${previous}` });
      continue;
    }
    articleFiles.set(article.id, file.path);
    articles.push(article);
  }
  const articlesById = new Map(articles.map((article) => [article.id, article]));

  // Pass 1: parse sets and authored questions; remember where each id was first authored.
  const rawSets: RawSet[] = [];
  const setFiles = new Map<string, string>();
  const questions = new Map<string, CatalogQuestion>();
  const questionFiles = new Map<string, string>();
  let unreadableSetFiles = 0;
  /** Ids of authored questions that failed their own checks: a ref to one is not "unknown". */
  const brokenIds = new Set<string>();
  for (const file of input.sets) {
    const raw = parseSetFile(file, problems);
    if (!raw) {
      unreadableSetFiles += 1;
      continue;
    }
    const previousSet = setFiles.get(raw.id);
    if (previousSet) {
      problems.push({ file: file.path, item: 'set', field: 'id', message: `set id "${raw.id}" is already used by ${previousSet}` });
      continue;
    }
    setFiles.set(raw.id, file.path);
    if (raw.id === combinedSetId(raw.article)) {
      problems.push({
        file: file.path,
        item: 'set',
        field: 'id',
        message: `"${raw.id}" is the id of the article's "All questions" set, which is made automatically: choose another`,
      });
      continue;
    }
    rawSets.push(raw);
    const article = articlesById.get(raw.article);
    if (!article) {
      problems.push({
        file: file.path,
        item: 'set',
        field: 'article',
        message: `no article with id "${raw.article}" in content/articles`,
      });
    }
    raw.questions.forEach((item, index) => {
      if (item && typeof item === 'object' && 'ref' in item) return; // resolved in pass 2
      const label = itemLabel(item, index);
      const type = item && typeof item === 'object' ? (item as Record<string, unknown>).type : undefined;
      if (!QUESTION_TYPES.includes(type as (typeof QUESTION_TYPES)[number])) {
        brokenIds.add(label);
        problems.push({
          file: file.path,
          item: label,
          field: 'type',
          message:
            type === undefined
              ? `is required: one of ${QUESTION_TYPES.join(', ')}`
              : `must be one of ${QUESTION_TYPES.join(', ')} (got ${JSON.stringify(type)})`,
        });
        return;
      }
      const parsed = questionSchema.safeParse(item, { reportInput: true });
      if (!parsed.success) {
        brokenIds.add(label);
        problems.push(...issuesToProblems(parsed.error.issues, file.path, label));
        return;
      }
      const question = parsed.data;
      const firstFile = questionFiles.get(question.id);
      if (firstFile) {
        problems.push({
          file: file.path,
          item: question.id,
          field: 'id',
          message: `duplicate question id: already used in ${firstFile} (reuse a question with "- ref: ${question.id}")`,
        });
        return;
      }
      if (retired.has(question.id)) {
        problems.push({
          file: file.path,
          item: question.id,
          field: 'id',
          message: `was retired (${input.retired?.path ?? 'retired.yaml'}): saved progress may still mention it, so a new question needs a new id`,
        });
      }
      questionFiles.set(question.id, file.path);
      problems.push(...checkQuestionRules(question, file.path));
      if (question.evidence === undefined && !input.evidenceOptional) {
        problems.push({
          file: file.path,
          item: question.id,
          field: 'evidence',
          message: 'is missing: every question of the app’s own content quotes the sentence that supports its answer',
        });
      }
      const citations = article ? citeEvidence(question, article, file.path, problems) : [];
      questions.set(question.id, { ...question, articleId: raw.article, citations });
    });
  }

  // Pass 2: build sets, resolving references to questions authored elsewhere.
  const sets: QuestionSet[] = [];
  for (const raw of rawSets) {
    const members: CatalogQuestion[] = [];
    const seen = new Set<string>();
    raw.questions.forEach((item, index) => {
      let id: string | undefined;
      if (item && typeof item === 'object' && 'ref' in item) {
        const ref = questionRefSchema.safeParse(item, { reportInput: true });
        if (!ref.success) {
          problems.push(...issuesToProblems(ref.error.issues, raw.file, itemLabel(item, index)));
          return;
        }
        id = ref.data.ref;
        if (!questions.has(id) && !questionFiles.has(id)) {
          // A set file that could not be read, or a question that failed its own checks, may be the
          // one referred to: its own problem says so.
          if (unreadableSetFiles === 0 && !brokenIds.has(id)) {
            problems.push({ file: raw.file, item: id, field: 'ref', message: `no question with id "${id}" in any set` });
          }
          return;
        }
      } else {
        id = itemLabel(item, index);
      }
      const question = questions.get(id);
      if (!question) return; // its own problem is already reported
      if (question.articleId !== raw.article) {
        problems.push({
          file: raw.file,
          item: id,
          field: 'ref',
          message: `belongs to article "${question.articleId}", not this set's article "${raw.article}"`,
        });
        return;
      }
      if (seen.has(id)) {
        problems.push({ file: raw.file, item: id, message: 'appears twice in this set' });
        return;
      }
      seen.add(id);
      members.push(question);
    });
    sets.push({
      id: raw.id,
      title: raw.title,
      category: raw.category,
      articleId: raw.article,
      description: raw.description,
      questions: members,
      rules: drawRules(members),
    });
  }

  // Every article with two sets or more also gets "All questions": each of its questions once, set
  // by set. An article's only set already holds every question: it is the whole article itself.
  for (const article of articles) {
    const own = sets.filter((set) => set.articleId === article.id);
    if (own.length === 0) continue;
    if (own.length === 1) {
      own[0]!.whole = true;
      continue;
    }
    own.sort(byCategory);
    const members = new Map<string, CatalogQuestion>();
    for (const set of own) for (const question of set.questions) if (!members.has(question.id)) members.set(question.id, question);
    sets.push({
      id: combinedSetId(article.id),
      title: 'All questions',
      category: 'all',
      articleId: article.id,
      description: `Every question about the article, from all ${own.length} sets; of two that ask the same fact, a quiz asks one. Mix the sets you want.`,
      questions: [...members.values()],
      rules: drawRules([...members.values()]),
      parts: own.map((set) => ({ setId: set.id, title: set.title, questionIds: set.questions.map((q) => q.id) })),
      whole: true,
    });
  }

  // Sets are shown in the order who, where, when, what & why, review, all, whatever their file names.
  sets.sort(byCategory);

  const warnings = problems.length === 0 ? findWeaknesses(sets, articlesById, setFiles, questionFiles) : [];
  return { problems, warnings, catalog: problems.length === 0 ? { articles, sets, questions } : null };
}

function byCategory(a: QuestionSet, b: QuestionSet): number {
  return (
    a.articleId.localeCompare(b.articleId) ||
    CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
    a.title.localeCompare(b.title)
  );
}


/** A prompt sharing this many words in a row with its article copies it. */
const COPIED_RUN_WORDS = 8;

/** Words that soften what the article says; a card that drops one overstates it. */
const HEDGES = ['including', 'at least', 'expected', 'may', 'reportedly', 'about'];

/** The longest run of words `a` shares with `b`. */
function longestSharedRun(a: readonly string[], b: readonly string[]): string[] {
  let best: string[] = [];
  for (let i = 0; i < a.length; i += 1) {
    for (let j = 0; j < b.length; j += 1) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k += 1;
      if (k > best.length) best = a.slice(i, i + k);
    }
  }
  return best;
}

function containsPhrase(haystack: string, needle: string): boolean {
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `);
}

/**
 * Weaknesses a demanding teacher would fix:
 * - a prompt that states another question's answer (the count prompt saying "ballistic"), or an
 *   option that spells out what a typed question asks for, anywhere in the article (any two of its
 *   questions can meet in one quiz), unless both share a fact (then a quiz asks only one);
 * - two questions whose feedback states each other's answer (Practice mode shows feedback before
 *   the next question; one-way reveals are handled by asking the revealed question first);
 * - a true/false statement copied from the article word for word (it tests string matching).
 */
function findWeaknesses(
  sets: readonly QuestionSet[],
  articles: ReadonlyMap<string, Article>,
  setFiles: ReadonlyMap<string, string>,
  questionFiles: ReadonlyMap<string, string>,
): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const seen = new Set<string>();
  const warn = (warning: ContentProblem) => {
    const key = `${warning.item}|${warning.field}|${warning.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    warnings.push(warning);
  };
  // Two questions of one set on the same fact: a quiz of the whole set would ask fewer than it lists.
  for (const set of sets) {
    if (set.category === 'all') continue;
    const byFact = new Map<string, string[]>();
    for (const question of set.questions) {
      if (question.fact) byFact.set(question.fact, [...(byFact.get(question.fact) ?? []), question.id]);
    }
    for (const [fact, ids] of byFact) {
      if (ids.length < 2) continue;
      warn({
        file: setFiles.get(set.id) ?? set.id,
        item: ids[1],
        field: 'fact',
        message: `shares the fact "${fact}" with ${ids[0]} in this set, so a quiz of the set asks only one of them: move one to another set`,
      });
    }
  }

  // Any two questions of an article can meet in one quiz (the "All questions" set, or sets mixed
  // together), so giveaways are looked for across the article's questions.
  for (const set of sets) {
    if (!set.whole) continue;
    const fileOf = (id: string) => questionFiles.get(id) ?? set.id;
    const byId = new Map(set.questions.map((q) => [q.id, q]));
    const found = reveals(set.questions);
    const feedback = new Set(found.filter((r) => r.where === 'feedback').map((r) => `${r.from}>${r.reveals}`));
    for (const r of found) {
      const from = byId.get(r.from)!;
      const asked = byId.get(r.reveals)!;
      if (from.fact && from.fact === asked.fact) continue; // never asked together
      if (r.where === 'prompt' || r.where === 'options') {
        warn({
          file: fileOf(r.from),
          item: r.from,
          field: r.where,
          message:
            r.where === 'prompt'
              ? `gives away the answer of ${r.reveals} ("${r.answer}"): reword it, or give both the same fact so a quiz asks only one`
              : `an option spells out the answer of ${r.reveals} ("${r.answer}"): replace it, or give both the same fact`,
        });
      } else if (feedback.has(`${r.reveals}>${r.from}`) && r.from < r.reveals) {
        warn({
          file: fileOf(r.from),
          item: r.from,
          field: 'explanation',
          message: `its feedback and that of ${r.reveals} state each other's answers ("${r.answer}"), so no order keeps both fair: trim one explanation, or give both the same fact`,
        });
      }
    }
  }
  for (const set of sets) {
    if (set.category === 'all') continue;
    const article = articles.get(set.articleId);
    if (!article) continue;
    const text = normaliseAnswer(article.text);
    for (const question of set.questions) {
      if (question.type !== 'truefalse') continue;
      const statement = normaliseAnswer(question.prompt);
      if (statement.split(' ').length >= 4 && containsPhrase(text, statement)) {
        warn({
          file: setFiles.get(set.id) ?? set.id,
          item: question.id,
          field: 'prompt',
          message: 'copies the article word for word: paraphrase it, so it tests understanding rather than spotting words',
        });
      }
    }
  }
  for (const set of sets) {
    if (set.category === 'all') continue;
    const article = articles.get(set.articleId);
    if (!article) continue;
    const file = setFiles.get(set.id) ?? set.id;
    const articleWords = normaliseAnswer(article.text).split(' ');
    for (const question of set.questions) {
      // A prompt that copies a long run of the article tests spotting words, not reading.
      if (question.type !== 'truefalse') {
        const run = longestSharedRun(normaliseAnswer(question.prompt).split(' '), articleWords);
        if (run.length >= COPIED_RUN_WORDS) {
          warn({
            file,
            item: question.id,
            field: 'prompt',
            message: `copies ${run.length} words of the article in a row ("${run.join(' ')}"): put it in other words`,
          });
        }
      }
      // A card that drops the article's hedge says more than the article does.
      if (question.card) {
        const evidence = normaliseAnswer(question.citations.map((c) => c.quote).join(' '));
        const card = normaliseAnswer(`${question.card.front} ${question.card.back}`);
        const hedge = HEDGES.find((h) => containsPhrase(evidence, h) && !containsPhrase(card, h));
        if (hedge) {
          warn({
            file,
            item: question.id,
            field: 'card',
            message: `the card leaves out the article's "${hedge}", so it says more than the article does`,
          });
        }
      }
    }
    // Two true/false statements on the same sentence with the same key test the same thing.
    const statements = set.questions.filter((q) => q.type === 'truefalse');
    statements.forEach((a, i) => {
      for (const b of statements.slice(i + 1)) {
        const sentences = new Set(a.citations.flatMap((c) => c.sentences));
        if (a.answer !== b.answer || !b.citations.some((c) => c.sentences.some((n) => sentences.has(n)))) continue;
        warn({
          file,
          item: b.id,
          field: 'prompt',
          message: `tests the same sentence as ${a.id}, with the same key (${b.answer ? 'true' : 'false'}): keep one, or ask the other another way`,
        });
      }
    });
  }
  return warnings;
}

export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.item, problem.field].filter(Boolean).join(' › ');
  return `${where}: ${problem.message}`;
}

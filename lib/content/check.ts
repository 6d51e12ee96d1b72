import YAML from 'yaml';
import type { z } from 'zod';
import { normaliseAnswer } from '@/lib/quiz/normalise';
import {
  articleFrontMatterSchema,
  questionRefSchema,
  questionSchema,
  QUESTION_TYPES,
  SET_CATEGORIES,
  setFileSchema,
  type Question,
  type SetCategory,
} from './schema';
import {
  countWords,
  locateQuote,
  PARAGRAPH_SEPARATOR,
  readingMinutes,
  sentenceNumbersForSpan,
  sentencesOf,
  splitParagraphs,
  splitSentences,
  type Sentence,
} from './text';

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

export type Article = {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  source?: string;
  /** Paragraphs joined by a blank line; sentence offsets point into it. */
  text: string;
  paragraphs: string[];
  sentences: Sentence[];
  wordCount: number;
  readingMinutes: number;
};

export type Citation = {
  quote: string;
  /** Sentence numbers the quote falls in (usually one). */
  sentences: number[];
  start: number;
  end: number;
};

/** A question as the app uses it: as authored, plus where its evidence sits in the article. */
export type CatalogQuestion = Question & { articleId: string; citations: Citation[] };

export type QuestionSet = {
  id: string;
  title: string;
  category: SetCategory;
  articleId: string;
  description: string;
  questions: CatalogQuestion[];
};

export type Catalog = {
  articles: Article[];
  sets: QuestionSet[];
  /** Every authored question by id. */
  questions: Map<string, CatalogQuestion>;
};

export type CheckResult = { problems: ContentProblem[]; catalog: Catalog | null };

const MIN_DISTRACTORS = 3;
const MAX_EXPLANATION_SENTENCES = 2;

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
  const quotes = typeof question.evidence === 'string' ? [question.evidence] : question.evidence;
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
export function checkContent(input: { articles: readonly ContentFile[]; sets: readonly ContentFile[] }): CheckResult {
  const problems: ContentProblem[] = [];

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
      questionFiles.set(question.id, file.path);
      problems.push(...checkQuestionRules(question, file.path));
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
    });
  }

  // Sets are shown in the order who, where, when, what & why, review, whatever their file names.
  sets.sort(
    (a, b) =>
      a.articleId.localeCompare(b.articleId) ||
      SET_CATEGORIES.indexOf(a.category) - SET_CATEGORIES.indexOf(b.category) ||
      a.title.localeCompare(b.title),
  );

  return { problems, catalog: problems.length === 0 ? { articles, sets, questions } : null };
}

export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.item, problem.field].filter(Boolean).join(' › ');
  return `${where}: ${problem.message}`;
}

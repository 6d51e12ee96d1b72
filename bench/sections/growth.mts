/**
 * Growth: how server time grows with the size of what it serves. The teacher dashboard with 30,
 * 300 and 3,000 submitted attempts; the student page with 1, 10 and 100 questions; drafting
 * questions from articles of about 300, 700 and 2,000 words. Each figure is the median of 7
 * requests on loopback after one warm-up. Growth is reported as the exponent k in time ∝ size^k
 * between the smallest and the largest size: k ≤ 1 is linear or better.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { api, expectStatus, median, pool, progress, root, round } from '../lib.mts';
import type { Check, Section } from '../report.mts';
import { createAssignment, Student, type Assignment } from '../class.mts';

async function timed(url: string, headers: Record<string, string> = {}, body?: unknown) {
  const first = await api(url, { headers, body });
  if (first.status !== 200) throw new Error(`${url}: ${first.status} ${JSON.stringify(first.body).slice(0, 200)}`);
  const times: number[] = [];
  for (let i = 0; i < 7; i += 1) times.push((await api(url, { headers, body })).ms);
  return median(times);
}

/** An assignment with `count` submitted attempts, made over HTTP as a class would. */
async function classOf(base: string, count: number): Promise<Assignment> {
  const assignment = await createAssignment(base, {
    title: `Growth ${count}`,
    setIds: ['kim-russia-who'],
    questionCount: 3,
  });
  await pool(
    Array.from({ length: count }, (_, i) => i),
    16,
    async (i) => {
      const student = new Student(base, assignment.code, `Student ${i}`);
      await student.start();
      await student.save(student.questionIds[0]!, i % 2 === 0);
      const submitted = await student.submit();
      if (submitted.status !== 200) throw new Error(`submit: ${submitted.status}`);
    },
  );
  return assignment;
}

/**
 * A teacher's article with 102 questions (the shipped article's sets, twice, with new ids), published
 * over the API: the content has 52 questions, and the student page is measured up to 100.
 */
async function hundredQuestionArticle(base: string): Promise<{ id: string; key: string }> {
  const articleText = readFileSync(path.join(root, 'content', 'articles', 'kim-jong-un-russia-visit.md'), 'utf8');
  const paragraphs = articleText
    .split(/^---$/m)[2]!
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const files = readdirSync(path.join(root, 'content', 'sets')).filter((f) => !f.includes('review'));
  const sets = ['a', 'b'].flatMap((copy) =>
    files.map((file) => {
      const set = YAML.parse(readFileSync(path.join(root, 'content', 'sets', file), 'utf8')) as {
        title: string;
        category: string;
        questions: Array<Record<string, unknown>>;
      };
      return {
        title: `${set.title} (${copy})`,
        category: set.category,
        questions: set.questions.map((q) => ({ ...q, id: `${String(q.id)}-${copy}` })),
      };
    }),
  );
  return expectStatus(
    'publish a 102-question article',
    api<{ id: string; key: string }>(`${base}/api/authored`, {
      body: { title: 'Growth: Kim Jong Un visits Russia', date: '2023-11-07', paragraphs, sets },
    }),
    201,
  );
}

function exponent(sizes: number[], times: number[]): number {
  return Math.log(times.at(-1)! / times[0]!) / Math.log(sizes.at(-1)! / sizes[0]!);
}

function drafts(words: number): string {
  const dir = path.join(root, 'eval', 'drafts', 'articles');
  const texts = readdirSync(dir)
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[2]!.trim());
  const out: string[] = [];
  let count = 0;
  for (const text of texts) {
    for (const paragraph of text.split(/\n\s*\n/)) {
      if (count >= words) break;
      out.push(paragraph.trim());
      count += paragraph.trim().split(/\s+/).length;
    }
  }
  return out.join('\n\n');
}

export async function growthSection(base: string, budget: { maxExponent: number }): Promise<Section> {
  const rows: string[][] = [];
  const data: Record<string, unknown> = {};
  const checks: Check[] = [];
  const record = (what: string, unit: string, sizes: number[], times: number[]) => {
    const k = exponent(sizes, times);
    data[what] = { sizes, ms: times.map((t) => round(t, 1)), exponent: round(k, 2) };
    rows.push([
      what,
      ...sizes.map((s, i) => `${s.toLocaleString('en')} ${unit}: ${times[i]!.toFixed(1)} ms`),
      k.toFixed(2),
    ]);
    checks.push({
      id: `growth.${what}`,
      label: `${what}: grows at most linearly (exponent)`,
      value: round(k, 2),
      limit: budget.maxExponent,
      ok: k <= budget.maxExponent,
    });
  };

  const attemptSizes = [30, 300, 3000];
  const api_: number[] = [];
  const page: number[] = [];
  for (const size of attemptSizes) {
    progress(`Growth: a class of ${size} submitting…`);
    const assignment = await classOf(base, size);
    api_.push(
      await timed(`${base}/api/assignments/${assignment.id}`, { authorization: `Bearer ${assignment.teacherKey}` }),
    );
    page.push(await timed(`${base}/teach/${assignment.id}?key=${assignment.teacherKey}`));
  }
  record('teacher results API', 'attempts', attemptSizes, api_);
  record('teacher dashboard page', 'attempts', attemptSizes, page);

  progress('Growth: the student page with 1, 10 and 100 questions…');
  const article = await hundredQuestionArticle(base);
  const questionSizes = [1, 10, 100];
  const student: number[] = [];
  for (const size of questionSizes) {
    const assignment = await createAssignment(base, {
      title: `Student page ${size}`,
      article,
      ...(await articleSetIds(base, article)),
      questionCount: size,
    });
    const learner = new Student(base, assignment.code, 'Reader');
    await learner.start();
    student.push(await timed(`${base}/a/${assignment.code}`, { cookie: learner.cookieHeader() }));
  }
  record('student assignment page', 'questions', questionSizes, student);

  progress('Growth: drafting from 300, 700 and 2,000 words…');
  const wordSizes = [300, 700, 2000];
  const drafting: number[] = [];
  const actualWords: number[] = [];
  for (const words of wordSizes) {
    const text = drafts(words);
    actualWords.push(text.split(/\s+/).length);
    drafting.push(await timed(`${base}/api/drafts`, {}, { title: 'Growth', date: '2020-01-01', text }));
  }
  record('drafting questions', 'words', actualWords, drafting);

  return {
    title: 'Growth (server time on loopback, median of 7; exponent k in time ∝ size^k)',
    tables: [{ head: ['what', 'small', 'medium', 'large', 'exponent'], rows }],
    notes: [
      'An exponent below 1 means the fixed cost of a request still dominates; 1 is linear; above 1, faster than linear.',
    ],
    data,
    checks,
  };
}

async function articleSetIds(base: string, article: { id: string; key: string }): Promise<{ setIds: string[] }> {
  const result = await api<{ sets?: Array<{ id: string }> }>(
    `${base}/api/authored/${article.id}?key=${encodeURIComponent(article.key)}`,
  );
  const ids = result.body.sets?.map((s) => s.id) ?? [];
  if (ids.length === 0)
    throw new Error(`No sets in the published article: ${JSON.stringify(result.body).slice(0, 300)}`);
  return { setIds: ids };
}

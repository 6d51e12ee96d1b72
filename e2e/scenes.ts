import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { emptyAuthoring, itemsFromDrafts, type Authoring } from '../lib/drafts/authoring';
import { draftQuestions } from '../lib/drafts/generate';
import { AUTHORING_STORAGE_KEY, AUTHORING_STORAGE_VERSION } from '../stores/authoring-store';
import {
  ALL_SET_ID,
  ARTICLE_ID,
  expect,
  finishedAttempt,
  getSet,
  progressOf,
  promptHeading,
  reviewsOf,
  rightResponse,
  seedCards,
  seedKey,
  seedStorage,
  sessionFor,
  SETS,
  wrongResponse,
} from './fixtures';

/** A small GIFT bank as a teacher would import it: a strong match, a true/false, a matching question and an off-article one. */
const IMPORT_BANK = `::Spokesman::Who spoke for the Indonesian military? {=Fuad Basya ~Najib Razak ~Jeff Rathke ~John Kerry}

::Turned away::Malaysia and Indonesia have turned boats of migrants away. {T}

::Roles::Match each person to their role. {
  =Basya -> military spokesman
  =Rathke -> State Department spokesperson
}

::Capital::What is the capital of Australia? {=Canberra ~Sydney ~Melbourne ~Perth}
`;

/** The import panel opened, the bank pasted and read: its report on screen. */
async function readImportBank(page: Page) {
  await page.getByText('Import questions from Moodle, Quizlet or a spreadsheet').click();
  await page.getByRole('textbox', { name: 'Or paste the questions' }).fill(IMPORT_BANK);
  await page.getByRole('button', { name: 'Read the questions' }).click();
  await expect(page.getByRole('button', { name: 'Add 3 questions to review' })).toBeVisible();
}

/**
 * Every page in every state worth looking at, reached by seeding saved progress (not by playing a
 * quiz through). The accessibility scans, the layout checks and the screenshots all walk this one
 * list, so a new page or state is added here once.
 */
export type Scene = {
  /** Short, file-name friendly. */
  name: string;
  /** The page, or how to make it (an assignment created over the API) and where it is. */
  path: string | ((page: Page, baseURL: string) => Promise<string>);
  seed?: Parameters<typeof seedStorage>[1];
  cards?: Parameters<typeof seedCards>[1];
  /** Other saved values, by localStorage key. */
  storage?: Record<string, string>;
  /** Waits until the state is on screen. */
  ready: (page: Page) => Promise<void>;
  /** What to do on the page to reach the state (open a dialog, press a button). */
  act?: (page: Page) => Promise<void>;
  /** Screenshots of this scene take the whole page. */
  fullPage?: boolean;
};

const heading = (name: string | RegExp, level?: number) => async (page: Page) => {
  await expect(page.getByRole('heading', { name, ...(level ? { level } : {}) }).first()).toBeVisible();
};

function firstOfType(setId: string, type: string): string[] {
  const set = getSet(setId);
  const question = set.questions.find((q) => q.type === type)!;
  return [question.id, ...set.questions.filter((q) => q.id !== question.id).map((q) => q.id)];
}

type Pasted = { title: string; date: string; text: string };

/** The shipped article, as a teacher would paste it. */
function shippedArticle(): Pasted {
  const text = readFileSync(path.join(process.cwd(), 'content', 'articles', `${ARTICLE_ID}.md`), 'utf8').split(
    /^---$/m,
  )[2]!;
  return { title: 'Kim Jong Un visits Russia ahead of a possible summit with Putin', date: '2023-11-07', text };
}

/** An evaluation article long enough for drafts folded under "More drafts". */
function asylumArticle(): Pasted {
  const file = path.join(process.cwd(), 'eval', 'drafts', 'articles', '05-asylum-seekers-rescued-indonesia.md');
  const [, front, text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'))!;
  const field = (name: string) => new RegExp(`^${name}: '?(.*?)'?$`, 'm').exec(front!)![1]!;
  return { title: field('title'), date: field('date'), text: text! };
}

/** A published article back on its text form, with another article kept apart. */
function publishedWork(): string {
  const { state, version } = JSON.parse(authoringInReview()) as { state: Authoring; version: number };
  const other = { ...emptyAuthoring('2026-12-01'), title: 'Floods close the coastal road', text: 'Draft text.' };
  return JSON.stringify({
    state: {
      ...state,
      phase: 'paste',
      published: { id: 'kim-jong-un-visits-abc1234567', key: 'scene-key', at: '2026-12-07T09:00:00.000Z' },
      workId: 'work-scene-1',
      others: { 'work-scene-2': other },
    },
    version,
  });
}

/** The authoring screen mid-review: the engine's drafts of an article, some accepted, one rejected. */
function authoringInReview(
  { title, date, text }: Pasted = shippedArticle(),
  { grouping = 'one', accepted = 2 }: { grouping?: Authoring['grouping']; accepted?: number } = {},
): string {
  const result = draftQuestions({ title, date, text });
  const items = itemsFromDrafts(result.drafts, result.more).map((item, index) =>
    index < accepted
      ? { ...item, status: 'accepted' as const }
      : index === accepted
        ? { ...item, status: 'rejected' as const, reason: 'trivial' as const }
        : item,
  );
  const state: Authoring = {
    ...emptyAuthoring(date),
    phase: 'review',
    title,
    date,
    text,
    sentences: result.sentences,
    paragraphs: result.paragraphs,
    items,
    grouping,
  };
  return JSON.stringify({ state, version: AUTHORING_STORAGE_VERSION });
}

type Made = { id: string; code: string; teacherKey: string };

/**
 * A live assignment made over the API (Who set, 4 questions, 20 minutes), with students who have
 * answered: `submitted` of them submitted, then one still answering. Each student is a fresh cookie
 * jar on the page's own request context (cleared after), as separate browsers would be.
 */
export async function liveAssignment(page: Page, baseURL: string, submitted = 2): Promise<Made> {
  const api = page.request;
  const made = (await (
    await api.post(`${baseURL}/api/assignments`, {
      data: { title: 'Kim in Russia: who', setIds: [SETS.who], questionCount: 4, timeLimitMinutes: 20 },
    })
  ).json()) as Made;
  const names = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson'].slice(0, submitted + 1);
  for (const [i, displayName] of names.entries()) {
    await page.context().clearCookies();
    const view = (await (
      await api.post(`${baseURL}/api/a/${made.code}/attempts`, { data: { displayName } })
    ).json()) as { attempt: { id: string; questions: Array<{ id: string }> } };
    const set = getSet(SETS.who);
    for (const [n, shown] of view.attempt.questions.entries()) {
      const question = set.questions.find((q) => q.id === shown.id)!;
      const right = (n + i) % 3 !== 0;
      await api.put(`${baseURL}/api/a/${made.code}/attempts/${view.attempt.id}/answers`, {
        data: {
          questionId: question.id,
          revision: 1,
          response: right ? rightResponse(question) : wrongResponse(question),
        },
      });
    }
    if (i < submitted) await api.post(`${baseURL}/api/a/${made.code}/attempts/${view.attempt.id}/submit`, { data: {} });
  }
  await page.context().clearCookies();
  return made;
}

export const SCENES: Scene[] = [
  {
    name: 'home',
    path: '/',
    fullPage: true,
    ready: async (page) => {
      await expect(page.getByText('Not tried yet').first()).toBeVisible();
    },
  },
  {
    name: 'home-progress',
    path: '/',
    fullPage: true,
    seed: progressOf(
      [sessionFor(SETS.who, { answered: 2 })],
      [finishedAttempt(SETS.where, { wrong: 3 }), finishedAttempt(SETS.when, { count: 5 })],
    ),
    ready: async (page) => {
      await expect(page.getByRole('link', { name: /^Continue the Who quiz/ })).toBeVisible();
    },
  },
  {
    name: 'home-shared',
    path: '/',
    fullPage: true,
    storage: {
      'newsquiz:library': JSON.stringify({
        state: {
          articles: [
            {
              articleId: 'floods-close-the-coastal-road-abc1234567',
              title: 'Floods close the coastal road after two days of rain',
              date: '2026-12-01',
              sets: [
                {
                  id: 'floods-close-the-coastal-road-abc1234567-all',
                  title: 'All questions',
                  combined: true,
                  cardIds: ['floods-q1', 'floods-q2'],
                },
              ],
              cards: ['floods-q1', 'floods-q2'].map((id, i) => ({
                id,
                front: `Question ${i + 1} about the floods?`,
                back: 'An answer',
                lines: [],
                ordered: false,
                explanation: 'Because the article says so.',
                articleId: 'floods-close-the-coastal-road-abc1234567',
                citations: [],
              })),
              seenAt: '2026-12-07T09:00:00.000Z',
            },
          ],
        },
        version: 1,
      }),
    },
    ready: heading('From your teachers', 2),
  },
  {
    name: 'set',
    path: `/sets/${SETS.when}`,
    fullPage: true,
    seed: progressOf([], [finishedAttempt(SETS.when, { wrong: 2 })]),
    ready: heading('Your attempts'),
  },
  {
    name: 'set-all',
    path: `/sets/${ALL_SET_ID}`,
    fullPage: true,
    ready: async (page) => {
      await expect(page.getByRole('group', { name: 'Sets to mix' })).toBeVisible();
    },
  },
  ...(['single', 'multiple', 'truefalse', 'typed', 'ordering'] as const).map((type): Scene => ({
    name: `quiz-${type}`,
    path: `/sets/${SETS.review}/quiz`,
    seed: progressOf([sessionFor(SETS.review, { order: firstOfType(SETS.review, type) })]),
    ready: async (page) => {
      await expect(promptHeading(page)).toBeVisible();
    },
  })),
  {
    name: 'quiz-feedback',
    path: `/sets/${SETS.review}/quiz`,
    fullPage: true,
    seed: progressOf([sessionFor(SETS.review, { answered: 3, checkLast: true })]),
    ready: heading(/^Correct/, 3),
  },
  {
    name: 'quiz-nudge',
    path: `/sets/${SETS.who}/quiz`,
    seed: progressOf([sessionFor(SETS.who)]),
    ready: async (page) => {
      await expect(promptHeading(page)).toBeVisible();
    },
    act: async (page) => {
      await page.getByRole('button', { name: 'Check answer' }).click({ force: true });
      await expect(page.getByText('Choose an answer first.').first()).toBeVisible();
    },
  },
  {
    name: 'test-question',
    path: `/sets/${SETS.when}/quiz`,
    seed: progressOf([sessionFor(SETS.when, { mode: 'test', answered: 2 })]),
    ready: async (page) => {
      await expect(page.getByRole('button', { name: /^Flag/ })).toBeVisible();
    },
  },
  {
    name: 'test-review',
    path: `/sets/${SETS.when}/quiz`,
    fullPage: true,
    seed: progressOf([sessionFor(SETS.when, { mode: 'test', answered: 4, review: true })]),
    ready: heading('Review your answers'),
  },
  {
    name: 'test-confirm',
    path: `/sets/${SETS.when}/quiz`,
    seed: progressOf([sessionFor(SETS.when, { mode: 'test', answered: 4, review: true })]),
    ready: heading('Review your answers'),
    act: async (page) => {
      await page.getByRole('button', { name: 'Finish test' }).click();
      await expect(page.getByRole('dialog', { name: /unanswered\?$/ })).toBeVisible();
    },
  },
  {
    name: 'results',
    path: `/sets/${SETS.review}/results`,
    fullPage: true,
    seed: progressOf([], [finishedAttempt(SETS.review, { wrong: 4 })]),
    ready: heading('Your results', 1),
  },
  {
    name: 'article',
    path: `/articles/${ARTICLE_ID}?q=when-order-khasan&set=${SETS.when}&back=quiz#s10`,
    ready: async (page) => {
      await expect(page.locator('mark').first()).toBeVisible();
    },
  },
  {
    name: 'worksheet',
    path: `/sets/${SETS.who}/print?versions=ab`,
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Who' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Answer key, version B' })).toBeAttached();
    },
    fullPage: true,
  },
  {
    name: 'cards-front',
    path: `/sets/${SETS.who}/cards`,
    ready: async (page) => {
      await expect(page.getByRole('button', { name: /^Card: / })).toBeVisible();
    },
  },
  {
    name: 'cards-back',
    path: `/sets/${SETS.who}/cards`,
    fullPage: true,
    cards: {
      log: reviewsOf(['who-visiting-leader', 'who-kyodo-report'], Date.now() - 3 * 86_400_000),
      settings: { retention: 0.9, newPerDay: 20 },
    },
    ready: async (page) => {
      await expect(page.getByRole('button', { name: /^Card: / })).toBeVisible();
    },
    act: async (page) => {
      await page.getByRole('button', { name: 'Show answer' }).click();
      await expect(page.getByRole('group', { name: 'How well did you remember it?' })).toBeVisible();
    },
  },
  {
    name: 'cards-done',
    path: `/sets/${SETS.who}/cards`,
    cards: { log: [], settings: { retention: 0.9, newPerDay: 0 } },
    ready: heading('Nothing due right now', 1),
  },
  {
    name: 'progress',
    path: '/progress',
    fullPage: true,
    seed: progressOf([], [finishedAttempt(SETS.where, { wrong: 3 })]),
    cards: {
      log: [
        ...reviewsOf(['who-visiting-leader', 'who-kyodo-report', 'where-northeast-asia'], Date.now() - 5 * 86_400_000),
        ...reviewsOf(['who-visiting-leader', 'when-arrival-day'], Date.now() - 2 * 86_400_000, 1),
      ],
      settings: { retention: 0.9, newPerDay: 20 },
    },
    ready: heading('Your cards', 2),
  },
  { name: 'author-paste', path: '/teach/new', ready: heading('Paste the article', 2), fullPage: true },
  {
    name: 'author-review',
    path: '/teach/new',
    storage: { [AUTHORING_STORAGE_KEY]: authoringInReview() },
    ready: heading('Kim Jong Un visits Russia ahead of a possible summit with Putin', 2),
    fullPage: true,
  },
  {
    name: 'author-more',
    path: '/teach/new',
    storage: { [AUTHORING_STORAGE_KEY]: authoringInReview(asylumArticle()) },
    ready: heading('Over 900 asylum seekers rescued off Indonesian coast', 2),
    act: async (page) => {
      const summary = page.locator('details summary').filter({ hasText: /More drafts/ });
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('list', { name: 'More drafts' })).toBeVisible();
      await summary.scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'author-import',
    path: '/teach/new',
    storage: { [AUTHORING_STORAGE_KEY]: authoringInReview(asylumArticle()) },
    ready: heading('Over 900 asylum seekers rescued off Indonesian coast', 2),
    act: readImportBank,
    fullPage: true,
  },
  {
    name: 'author-imported',
    path: '/teach/new',
    storage: { [AUTHORING_STORAGE_KEY]: authoringInReview(asylumArticle()) },
    ready: heading('Over 900 asylum seekers rescued off Indonesian coast', 2),
    act: async (page) => {
      await readImportBank(page);
      await page.getByRole('button', { name: 'Add 3 questions to review' }).click();
      await page.getByText('Import questions from Moodle, Quizlet or a spreadsheet').click();
      // The question no sentence supports: its card says what to decide before accepting.
      await page
        .locator('article[data-draft]')
        .filter({ hasText: 'What is the capital of Australia?' })
        .scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'author-edit',
    path: '/teach/new',
    storage: { [AUTHORING_STORAGE_KEY]: authoringInReview() },
    ready: async (page) => {
      await expect(page.locator('article[data-draft]').first()).toBeVisible();
    },
    act: async (page) => {
      await page.locator('article[data-draft]').first().getByRole('button', { name: 'Edit' }).click();
      await expect(page.getByRole('button', { name: 'Save and accept' })).toBeVisible();
    },
  },
  {
    name: 'author-sets',
    path: '/teach/new',
    storage: { [AUTHORING_STORAGE_KEY]: authoringInReview(shippedArticle(), { grouping: 'sets', accepted: 4 }) },
    ready: heading('What students get', 3),
    act: async (page) => {
      await page.getByRole('heading', { level: 3, name: 'What students get' }).scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'author-preview',
    path: '/teach/new/preview',
    storage: { [AUTHORING_STORAGE_KEY]: authoringInReview(shippedArticle(), { accepted: 4 }) },
    ready: async (page) => {
      await expect(promptHeading(page)).toBeVisible();
    },
    act: async (page) => {
      // Any answer: the scene is the feedback a student would get.
      if ((await page.getByRole('radio').count()) > 0)
        await page.locator('label:has(input[type=radio])').first().click();
      else await page.getByRole('textbox', { name: 'Your answer' }).fill('Moscow');
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
    },
  },
  {
    name: 'author-preview-empty',
    path: '/teach/new/preview',
    storage: { [AUTHORING_STORAGE_KEY]: authoringInReview(shippedArticle(), { accepted: 0 }) },
    ready: heading('No preview yet', 1),
  },
  {
    name: 'teach',
    path: '/teach',
    storage: {
      'newsquiz:teacher-assignments': JSON.stringify({
        state: {
          entries: [
            {
              id: 'scene-assignment',
              title: 'Kim in Russia: who and where',
              code: 'K7MQ2X',
              key: 'scene-key',
              createdAt: '2026-12-07T09:00:00.000Z',
            },
          ],
        },
        version: 1,
      }),
    },
    ready: heading('Your assignments in this browser', 2),
    fullPage: true,
  },
  {
    name: 'author-published',
    path: '/teach/new',
    storage: { [AUTHORING_STORAGE_KEY]: publishedWork() },
    ready: heading('The article’s text', 2),
    fullPage: true,
  },
  { name: 'join', path: '/join', ready: heading('Join an assignment', 1) },
  {
    name: 'assignment-start',
    path: async (page, baseURL) => `/a/${(await liveAssignment(page, baseURL, 0)).code}`,
    ready: async (page) => {
      await expect(page.getByRole('textbox', { name: /name/i })).toBeVisible();
    },
  },
  {
    name: 'teacher-dashboard',
    path: async (page, baseURL) => {
      const made = await liveAssignment(page, baseURL);
      return `/teach/${made.id}?key=${made.teacherKey}`;
    },
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Kim in Russia: who' })).toBeVisible();
      await expect(page.getByText('Grace Hopper').first()).toBeVisible();
    },
    fullPage: true,
  },
  {
    name: 'teacher-student-answers',
    path: async (page, baseURL) => {
      const made = await liveAssignment(page, baseURL);
      return `/teach/${made.id}?key=${made.teacherKey}`;
    },
    ready: async (page) => {
      await expect(page.getByText('Grace Hopper').first()).toBeVisible();
    },
    act: async (page) => {
      await page.getByRole('button', { name: 'Ada Lovelace: see their answers' }).click();
      await expect(page.getByRole('dialog').getByText('Right answer').first()).toBeVisible();
    },
  },
  {
    name: 'teacher-worksheet',
    path: async (page, baseURL) => {
      const made = await liveAssignment(page, baseURL);
      return `/teach/${made.id}/print?key=${made.teacherKey}&paper=letter`;
    },
    ready: async (page) => {
      await expect(page.getByRole('region', { name: 'Answer key, version A' })).toBeAttached();
    },
  },
  { name: 'offline', path: '/offline', ready: heading('This page isn’t saved on this device', 1) },
  { name: 'notfound', path: '/sets/nope', ready: heading('We can’t find that page', 1) },
];

/** Opens a scene in a page whose context is fresh: seeds it, loads it, waits, acts. */
export async function openScene(page: Page, scene: Scene, baseURL = '') {
  if (scene.seed) await seedStorage(page, scene.seed);
  if (scene.cards) await seedCards(page, scene.cards);
  for (const [key, raw] of Object.entries(scene.storage ?? {})) await seedKey(page, key, raw);
  const where = typeof scene.path === 'string' ? scene.path : await scene.path(page, baseURL);
  await page.goto(baseURL + where);
  await scene.ready(page);
  // Saved progress has been read: every placeholder has given way to what it stood for.
  await expect(page.locator('[data-placeholder]')).toHaveCount(0);
  if (scene.act) await scene.act(page);
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { checkContent } from '../lib/content/check';
import type { QuestionSet } from '../lib/content/types';
import { draftToQuestion } from '../lib/drafts/question';
import { expect } from './fixtures';

/** A teacher's article for the authoring flows: pasted, drafted, and its published sets read back. */

const ARTICLE_FILE = path.join(process.cwd(), 'eval', 'drafts', 'articles', '05-asylum-seekers-rescued-indonesia.md');
const [, front, text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(ARTICLE_FILE, 'utf8'))!;
export const TITLE = /^title: "?(.*?)"?$/m.exec(front!)![1]!;
export const DATE = /^date: (\S+)$/m.exec(front!)![1]!;
export const BODY = text!;

export const cards = (page: Page) => page.locator('article[data-draft]');

export async function pasteAndDraft(page: Page) {
  await page.goto('/teach/new');
  await page.getByRole('textbox', { name: 'Headline' }).fill(TITLE);
  await page.getByLabel('Date published').fill(DATE);
  await page.getByRole('textbox', { name: 'Article text' }).fill(BODY);
  await page.getByRole('button', { name: 'Draft questions' }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(cards(page).first()).toBeVisible();
}

/** The published article's questions, read back through the teacher API as content files. */
export async function publishedSets(page: Page, id: string, key: string): Promise<QuestionSet[]> {
  const response = await page.request.get(`/api/authored/${id}/export`, {
    headers: { authorization: `Bearer ${key}` },
  });
  const { files } = (await response.json()) as { files: { path: string; text: string }[] };
  const { catalog } = checkContent({
    articles: files.filter((f) => f.path.endsWith('.md')),
    sets: files.filter((f) => f.path.endsWith('.yaml')),
    evidenceOptional: true,
  });
  return catalog!.sets;
}

/** Publishes the article through the API with its first `count` drafts as one quiz ("All questions"), as a teacher would. */
export async function publishDrafts(page: Page, count: number) {
  const drafted = (await (
    await page.request.post('/api/drafts', { data: { title: TITLE, date: DATE, text: BODY } })
  ).json()) as { paragraphs: string[]; drafts: Array<Record<string, unknown>> };
  const questions = drafted.drafts.slice(0, count).map((draft) => draftToQuestion(draft as never));
  const made = (await (
    await page.request.post('/api/authored', {
      data: {
        title: TITLE,
        date: DATE,
        paragraphs: drafted.paragraphs,
        sets: [{ key: 'questions', title: 'All questions', category: 'review', questions }],
      },
    })
  ).json()) as { id: string; key: string };
  return { ...made, questions };
}

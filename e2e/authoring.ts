import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { checkContent } from '../lib/content/check';
import type { QuestionSet } from '../lib/content/types';
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
  });
  return catalog!.sets;
}

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { fromGift } from '../lib/interop/gift';
import { fromMoodleXml } from '../lib/interop/moodle-xml';
import { publishDrafts } from './authoring';
import { expect, getSet, SETS, test } from './fixtures';

/**
 * Sets go out to Moodle and other LMSs (issue 18): a shipped set's page and a teacher's article page
 * download GIFT and Moodle XML files that read back to the same questions.
 */

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

test('a shipped set downloads as GIFT and Moodle XML that read back to its questions', async ({ page }) => {
  const set = getSet(SETS.review);
  await page.goto(`/sets/${set.id}`);
  await expect(page.getByRole('heading', { name: 'Teaching with Moodle, another LMS or on paper?' })).toBeVisible();

  const gift = await downloaded(page, () => page.getByRole('link', { name: 'GIFT' }).click());
  expect(gift.name).toBe(`${set.id}.gift.txt`);
  const fromGiftFile = fromGift(gift.text);
  expect(fromGiftFile.errors).toEqual([]);
  expect(fromGiftFile.questions.map((q) => q.id)).toEqual(
    set.questions.filter((q) => q.type !== 'ordering').map((q) => q.id),
  );

  const xml = await downloaded(page, () => page.getByRole('link', { name: 'Moodle XML' }).click());
  expect(xml.name).toBe(`${set.id}.moodle.xml`);
  const fromXml = fromMoodleXml(xml.text);
  expect(fromXml.errors).toEqual([]);
  expect(fromXml.questions.map((q) => [q.id, q.type])).toEqual(set.questions.map((q) => [q.id, q.type]));
  const qti = await downloaded(page, () => page.getByRole('link', { name: 'QTI 2.1 package' }).click());
  expect(qti.name).toBe(`${set.id}.qti.zip`);
  expect(qti.text.slice(0, 2)).toBe('PK'); // a zip
  // The explanation and the evidence travel as feedback.
  const first = set.questions[0]!;
  expect(fromXml.questions[0]!.explanation).toBe(first.explanation);
  expect(fromXml.questions[0]!.evidence.map((e) => e.quote)).toEqual(
    Array.isArray(first.evidence) ? first.evidence : [first.evidence],
  );
});

test('a teacher’s article page downloads each set for Moodle', async ({ page }) => {
  const { questions, ...made } = await publishDrafts(page, 4);
  await page.goto(`/teach/articles/${made.id}?key=${made.key}`);
  await expect(page.getByRole('heading', { level: 3, name: 'For Moodle or another LMS' })).toBeVisible();
  const xml = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download All questions: Moodle XML' }).click(),
  );
  expect(xml.name).toMatch(/\.moodle\.xml$/);
  const read = fromMoodleXml(xml.text);
  expect(read.errors).toEqual([]);
  expect(read.questions.map((q) => q.prompt)).toEqual(questions.map((q) => q.prompt));
  const gift = await downloaded(page, () => page.getByRole('button', { name: 'Download All questions: GIFT' }).click());
  expect(fromGift(gift.text).errors).toEqual([]);
});

// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { backupKeys } from './safe-storage';
import {
  importTeacherLinks,
  markLinksSaved,
  readTeacherLinks,
  rememberArticle,
  rememberAssignment,
  teacherLinksFile,
} from './teacher-links';

const assignment = (id: string, createdAt = '2026-12-07T09:00:00.000Z') => ({
  id,
  title: `Quiz ${id}`,
  code: 'ABC234',
  key: `key-${id}`,
  createdAt,
});
const article = (id: string) => ({
  id,
  title: `Article ${id}`,
  key: `key-${id}`,
  publishedAt: '2026-12-07T09:30:00.000Z',
});

describe("a teacher's links in this browser", () => {
  beforeEach(() => localStorage.clear());

  it('keeps the lists saved before this version, and adds to them', () => {
    localStorage.setItem('newsquiz:teacher-assignments', JSON.stringify([assignment('old')]));
    rememberAssignment(assignment('new'));
    expect(readTeacherLinks().assignments.map((a) => a.id)).toEqual(['new', 'old']);
  });

  it('never drops an entry it cannot read: the list is copied aside first', () => {
    const raw = JSON.stringify([assignment('good'), { id: 'half-written' }]);
    localStorage.setItem('newsquiz:teacher-assignments', raw);
    expect(readTeacherLinks().notice).toEqual({ kind: 'unreadable-kept', reason: 'invalid-entries' });
    rememberAssignment(assignment('next'));
    const [backup] = backupKeys(localStorage, 'newsquiz:teacher-assignments');
    expect(localStorage.getItem(backup!)).toBe(raw);
    expect(readTeacherLinks().assignments.map((a) => a.id)).toEqual(['next', 'good']);
  });

  it('counts the links made since the last file, and none right after saving one', () => {
    rememberAssignment(assignment('a'));
    rememberArticle(article('b'));
    expect(readTeacherLinks().unsaved).toBe(2);
    markLinksSaved(new Date('2026-12-07T10:00:00.000Z'));
    expect(readTeacherLinks().unsaved).toBe(0);
    rememberAssignment(assignment('c', '2026-12-07T11:00:00.000Z'));
    expect(readTeacherLinks().unsaved).toBe(1);
  });

  it('moves every link to another browser through the file, once', () => {
    rememberAssignment(assignment('a'));
    rememberArticle(article('b'));
    const file = teacherLinksFile(new Date('2026-12-07T12:00:00.000Z'));
    expect(file.name).toBe('newsquiz-teacher-links-2026-12-07.json');
    localStorage.clear(); // another device
    rememberAssignment(assignment('here'));
    expect(importTeacherLinks(file.text)).toEqual({ ok: true, added: 2, alreadyHere: 0, skipped: 0 });
    expect(importTeacherLinks(file.text)).toEqual({ ok: true, added: 0, alreadyHere: 2, skipped: 0 });
    const links = readTeacherLinks();
    expect(links.assignments.map((a) => a.id)).toEqual(['here', 'a']);
    expect(links.articles.map((a) => a.key)).toEqual(['key-b']);
  });

  it('refuses a file that is not one of ours, and leaves out entries it cannot read', () => {
    expect(importTeacherLinks('not json')).toMatchObject({ ok: false, message: expect.stringMatching(/not JSON/) });
    expect(importTeacherLinks('{"kind":"other"}')).toMatchObject({ ok: false });
    expect(importTeacherLinks('{"kind":"newsquiz-teacher-links","version":9}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/newer version/),
    });
    const file = JSON.stringify({
      kind: 'newsquiz-teacher-links',
      version: 1,
      assignments: [assignment('ok'), { id: 'no-key' }],
      articles: [{ id: 'x', key: 7 }],
    });
    expect(importTeacherLinks(file)).toEqual({ ok: true, added: 1, alreadyHere: 0, skipped: 2 });
  });

  it('keeps an article first date when it is published again', () => {
    rememberArticle(article('b'));
    rememberArticle({ ...article('b'), title: 'Renamed', publishedAt: '2026-12-08T00:00:00.000Z' });
    expect(readTeacherLinks().articles).toEqual([{ ...article('b'), title: 'Renamed' }]);
  });
});

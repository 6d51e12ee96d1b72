import { describe, expect, it } from 'vitest';
import { parseTeacherLink } from './teacher-link';

describe('parseTeacherLink', () => {
  it('reads an assignment link and an article link, with or without the address', () => {
    expect(parseTeacherLink('https://quiz.school.example/teach/abc_12?key=s3cret')).toEqual({
      ok: true,
      item: { kind: 'assignment', id: 'abc_12', key: 's3cret' },
    });
    expect(parseTeacherLink('  /teach/articles/my-article?key=k%2B1  ')).toEqual({
      ok: true,
      item: { kind: 'article', id: 'my-article', key: 'k+1' },
    });
  });

  it('says what is wrong with anything else', () => {
    expect(parseTeacherLink('')).toMatchObject({ ok: false, message: /Paste a teacher link/ });
    expect(parseTeacherLink('https://x.example/teach/abc')).toMatchObject({ ok: false, message: /no key/ });
    expect(parseTeacherLink('https://x.example/a/ABCD?key=1')).toMatchObject({
      ok: false,
      message: /not a teacher link/,
    });
    expect(parseTeacherLink('https://x.example/teach/new?key=1')).toMatchObject({
      ok: false,
      message: /not a teacher link/,
    });
    expect(parseTeacherLink('http://[bad')).toMatchObject({ ok: false, message: /not a link/ });
  });
});

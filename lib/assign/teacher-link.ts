/**
 * Reads a teacher link pasted by hand (an assignment's /teach/{id}?key=… or an article's
 * /teach/articles/{id}?key=…), with or without the address in front. Pure: no React, no server.
 */
export type TeacherLinkItem = { kind: 'assignment' | 'article'; id: string; key: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseTeacherLink(text: string): { ok: true; item: TeacherLinkItem } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: 'Paste a teacher link first.' };
  let url: URL;
  try {
    url = new URL(trimmed, 'http://link.invalid');
  } catch {
    return { ok: false, message: 'That is not a link. Paste the whole teacher link, with its ?key= part.' };
  }
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponentSafe);
  const key = url.searchParams.get('key')?.trim() ?? '';
  let item: TeacherLinkItem | null = null;
  if (parts.length === 2 && parts[0] === 'teach' && ID.test(parts[1]!) && !['new', 'articles'].includes(parts[1]!)) {
    item = { kind: 'assignment', id: parts[1]!, key };
  } else if (parts.length === 3 && parts[0] === 'teach' && parts[1] === 'articles' && ID.test(parts[2]!)) {
    item = { kind: 'article', id: parts[2]!, key };
  }
  if (!item) {
    return {
      ok: false,
      message:
        'That is not a teacher link: it should look like …/teach/… or …/teach/articles/…, with ?key= at the end.',
    };
  }
  if (!key) return { ok: false, message: 'That link has no key (the ?key= part): paste the whole teacher link.' };
  return { ok: true, item };
}

function decodeURIComponentSafe(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

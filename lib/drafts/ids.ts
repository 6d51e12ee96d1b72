/**
 * A teacher's article id ends with 10 random letters and digits (at least one digit), which makes
 * it unguessable; its sets' ids start with it. Study addresses with such an id are served from the
 * database (proxy.ts), every other one from the prerendered content.
 */
export const AUTHORED_ID_MARK = /-(?=[a-z]*[0-9])[a-z0-9]{10}(?:-|$)/;

/** The article id a set or article id of a teacher's article starts with, or null. */
export function authoredArticleIdOf(id: string): string | null {
  const match = /^(.+?-(?=[a-z]*[0-9])[a-z0-9]{10})(?:-|$)/.exec(id);
  return match ? match[1]! : null;
}

/**
 * The authoring screen's key for the one set of an article published as one quiz (its id is the
 * article's id, then this). A link to it still finds the article's every question once the teacher
 * groups them into sets (lib/server/shared.ts), as a link to "All questions" does the other way.
 */
export const ONE_QUIZ_KEY = 'questions';

/**
 * A slug for ids: lower-case ASCII letters and digits in hyphen-separated words ("Tromsø får ny bro"
 * → "tromso-far-ny-bro"); letters with no ASCII form are dropped. Never empty.
 */
export function toSlug(text: string, max: number, fallback = 'x'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/þ/g, 'th')
    .replace(/[’‘'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** A string as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

import type { Mention } from './mentions';

/**
 * The fine kind of what a question asks for, so that every option is of the key's kind: a city
 * for a city, a country for a country, a party for a party, a year for a year, a count of the same
 * thing. A kind the engine is not sure of ("place:unknown") matches nothing: such a key is typed.
 */

const SINGULAR = (noun: string) =>
  noun
    .toLowerCase()
    .split(' ')[0]!
    .replace(/ies$/, 'y')
    .replace(/(?<=[^s])s$/, '');

export function fineKind(mention: Mention): string {
  switch (mention.kind) {
    case 'person':
      return 'person';
    case 'org':
      return `org:${mention.orgType ?? 'body'}`;
    case 'place':
      return mention.place ? `place:${mention.place.kind}` : 'place:unknown';
    case 'date':
      return `date:${mention.dateKind ?? 'day'}`;
    case 'count':
      return `count:${mention.noun === 'percent' ? 'percent' : SINGULAR(mention.noun ?? '')}`;
    default:
      return 'other';
  }
}

/** Whether an option of kind `option` may stand beside a key of kind `key`. */
export function sameKind(key: string, option: string): boolean {
  // An organisation of unknown sort ("CSX", "YouTube") has no safe company: a railway is no news channel.
  if (key.endsWith(':unknown') || key === 'other' || key === 'org:body') return false;
  return key === option;
}

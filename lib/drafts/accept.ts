import { canonicalAnswer, sameAnswer } from '@/lib/quiz/equivalence';
import { acronymOf, type Analysis, type Identity } from './analysis';
import { countryNames, isDemonym, lookupPlace } from './gazetteer';
import { isEnglishWord } from './lexicon';
import type { Mention } from './mentions';

/**
 * The other forms a typed answer accepts, beyond what the grader forgives by itself (case, accents,
 * number words, date orders, magnitudes, US/UK/UN/EU, a title: lib/quiz/equivalence.ts): a
 * person's surname when no one else in the article has it, the full name, an organisation's
 * acronym when the article uses it, the other names the article gives the same thing, a date
 * without its weekday or year.
 */
export function acceptedForms(analysis: Analysis, mention: Mention, identity: Identity, answer: string): string[] {
  const forms = new Set<string>();
  for (const form of identity.forms) forms.add(form);
  forms.add(identity.canonical);
  if (mention.kind === 'person') {
    const parts = identity.canonical.split(' ');
    const surname = parts.at(-1)!;
    const shared = analysis.identities.some(
      (other) => other !== identity && other.kind === 'person' && other.canonical.split(' ').at(-1) === surname,
    );
    // The surname, even one a relative shares (the question's sentence says whom it means); a
    // two-word surname after a first name of three words ("Jean-Marie Okwo Bele": "Okwo Bele").
    if (parts.length >= 2 && !/^(?:Jr\.?|Sr\.?|II|III)$/.test(surname)) forms.add(surname);
    if (parts.length >= 3) forms.add(parts.slice(-2).join(' '));
    void shared;
  }
  if (mention.kind === 'org') {
    // Its acronym ("SCAF"), and the head of an "X of Y" name ("Supreme Council" of "Supreme Council
    // of the Armed Forces"): what a reader who knows the answer types.
    const acronym = acronymOf(identity.canonical);
    if (acronym.length >= 3 || (acronym.length === 2 && new RegExp(`\\b${acronym}\\b`).test(analysis.text)))
      forms.add(acronym);
    const head = /^(.+?) (?:of|for) (?:the )?(.+)$/.exec(identity.canonical);
    if (head && head[1]!.split(' ').length >= 2) forms.add(head[1]!);
    // "Yuanhua Group" → "Yuanhua", "Sevilla FC" → "Sevilla": the kind of body after its name (not
    // "Foundation": "Rockefeller Foundation" is not Rockefeller); "Google Chrome" → "Chrome" (its
    // maker before it).
    const bare = identity.canonical.replace(
      /\s+(?:Group|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Holdings|plc|F\.?C\.?|A\.?F\.?C\.?|C\.?F\.?)$/,
      '',
    );
    if (bare !== identity.canonical) forms.add(bare);
    // "Vanderbilt" for "Vanderbilt University": a first word that is no ordinary English word names it.
    const first = identity.canonical.split(' ')[0]!;
    if (
      identity.canonical.includes(' ') &&
      first.length >= 4 &&
      !isEnglishWord(first) &&
      /^[\p{Lu}][\p{Ll}]+$/u.test(first)
    )
      forms.add(first);
    // "United States National Security Council" → "National Security Council" and "NSC": the country
    // that owns a body before its name; "Make-A-Wish Foundation" → "Make-A-Wish" (a coined name, not a
    // person's, before the kind of body).
    const nameWords = identity.canonical.split(' ');
    for (let cut = 1; cut <= Math.min(3, nameWords.length - 2); cut += 1) {
      const owner = nameWords.slice(0, cut).join(' ');
      if (lookupPlace(owner)?.kind !== 'country' && !isDemonym(owner)) continue;
      const rest = nameWords.slice(cut).join(' ');
      forms.add(rest);
      const short = acronymOf(rest);
      if (short.length >= 3) forms.add(short);
      break;
    }
    const coined = /^(\S*-\S*) (?:Foundation|Fund|Trust|Society|Institute|Project|Campaign)$/.exec(identity.canonical);
    if (coined) forms.add(coined[1]!);
    const maker = /^(\S+) (.+)$/.exec(identity.canonical);
    if (
      maker &&
      analysis.identities.some((other) => other !== identity && other.kind === 'org' && other.canonical === maker[1])
    )
      forms.add(maker[2]!);
  }
  if (mention.kind === 'place' && mention.place?.kind === 'country') {
    // The gazetteer's other names of the country ("Holland" for the Netherlands).
    for (const alt of countryNames(mention.place.country!)) forms.add(alt);
  }
  if (mention.kind === 'count' && /(?:%|per ?cent|percent)$/i.test(answer)) {
    // "95%": the number alone answers "What number completes…".
    forms.add(answer.replace(/\s*(?:%|per ?cent|percent)$/i, ''));
  }
  if (mention.kind === 'date') {
    const noWeekday = answer.replace(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? /, '');
    forms.add(noWeekday);
    const noYear = noWeekday.replace(/,? \d{4}$/, '');
    if (/\d/.test(noYear)) forms.add(noYear);
  }
  const out: string[] = [];
  for (const form of forms) {
    if (canonicalAnswer(form) === '' || sameAnswer(form, answer) || out.some((other) => sameAnswer(other, form)))
      continue;
    out.push(form);
  }
  return out;
}

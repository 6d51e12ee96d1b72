import { sentencesOf } from '@/lib/content/sentences';
import { countWords, PARAGRAPH_SEPARATOR, type Sentence } from '@/lib/content/text';
import { canonicalAnswer } from '@/lib/quiz/equivalence';
import { editDistance, normaliseAnswer } from '@/lib/quiz/normalise';
import { cleanArticleText } from './clean';
import { countryOfDemonym } from './gazetteer';
import { parseText, tagSentence, type Mention, type MentionKind } from './mentions';
import { midSentenceCapitals } from './names';
import type { DraftInput } from './types';

/**
 * An article read once for drafting: its sentences as the reader numbers them, every mention of a
 * name, date or count, and which mentions are the same thing (co-reference): "President George W.
 * Bush", "George W. Bush" and "Bush" are one person; "American Association of Retired Persons" and
 * "AARP" one organisation; "US", "U.S." and "the United States" one country.
 */

export type Identity = {
  key: string;
  kind: MentionKind;
  /** The fullest name the article uses for it, without a title. */
  canonical: string;
  /** Every way the article writes it. */
  forms: Set<string>;
  mentions: Mention[];
  /** Titles the article gives it ("President"). */
  titles: Set<string>;
  /** Named in the article's title. */
  inTitle: boolean;
  firstSentence: number;
  /** A short form ("Kim") that could be one of several people: never a key or an option alone. */
  ambiguous?: boolean;
};

export type Analysis = {
  title: string;
  date: string;
  paragraphs: string[];
  sentences: Sentence[];
  /** Words the article writes with a capital inside a sentence (names, not sentence openers). */
  names: Set<string>;
  mentions: Mention[];
  identities: Identity[];
  identityOf: Map<Mention, Identity>;
  /** Title and paragraphs, for checks that look at the whole text. */
  text: string;
  /** The same in canonical form (lib/quiz/equivalence.ts), padded with spaces, for phrase lookups. */
  canonicalText: string;
  /**
   * How central each sentence is to the story, from 0 (least) to 1 (most), by sentence number:
   * TextRank over shared content words, with the headline as an extra, heavier sentence.
   */
  centrality: Map<number, number>;
  wordCount: number;
};

const STOP = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'la',
  'du',
  'van',
  'von',
  'der',
  'al',
  'bin',
  'a',
  'an',
  'in',
  'on',
  'at',
]);

export function significantTokens(text: string): string[] {
  return normaliseAnswer(text)
    .split(' ')
    .filter((token) => token.length >= 3 && !STOP.has(token));
}

/** "American Association of Retired Persons" → "AARP". */
export function acronymOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[\p{Lu}]/u.test(word) && !STOP.has(word.toLowerCase()))
    .map((word) => word[0])
    .join('');
}

function family(kind: MentionKind): string {
  return kind;
}

function formOf(mention: Mention): string {
  return mention.kind === 'person' || mention.kind === 'org' || mention.kind === 'place' || mention.kind === 'other'
    ? (mention.name ?? mention.text)
    : mention.text;
}

function sameThing(identity: Identity, mention: Mention): boolean {
  if (family(identity.kind) !== family(mention.kind)) return false;
  const form = formOf(mention);
  const canonical = identity.canonical;
  switch (mention.kind) {
    case 'date':
      return canonicalAnswer(form) === canonicalAnswer(canonical);
    case 'count':
      return identity.mentions.some((m) => m.value === mention.value && m.noun === mention.noun);
    case 'place': {
      const a = identity.mentions.find((m) => m.place)?.place;
      if (a && mention.place) return a.name === mention.place.name && a.kind === mention.place.kind;
      return canonicalAnswer(form) === canonicalAnswer(canonical);
    }
    case 'org': {
      if (canonicalAnswer(form) === canonicalAnswer(canonical)) return true;
      const short = form.replace(/\./g, '');
      if (/^[\p{Lu}]{2,8}$/u.test(short) && acronymOf(canonical) === short) return true;
      const tokens = normaliseAnswer(form).split(' ');
      const whole = normaliseAnswer(canonical).split(' ');
      return tokens.length >= 2 && tokens.every((token) => whole.includes(token));
    }
    case 'person': {
      const tokens = normaliseAnswer(form).split(' ');
      const whole = normaliseAnswer(canonical).split(' ');
      // "Mark Antony" and "Marc Antony": the article spells one name two ways.
      const near = (a: string, b: string) =>
        a === b || (a.length >= 4 && b.length >= 4 && a[0] === b[0] && editDistance(a, b, 1) <= 1);
      return tokens.every((token) => whole.some((other) => near(token, other)));
    }
    default:
      return canonicalAnswer(form) === canonicalAnswer(canonical);
  }
}

function groupIdentities(
  mentions: readonly Mention[],
  title: string,
): { identities: Identity[]; identityOf: Map<Mention, Identity> } {
  const identities: Identity[] = [];
  const identityOf = new Map<Mention, Identity>();
  // Longest names first, so that "Bush" joins "George W. Bush" rather than starting its own.
  const ordered = [...mentions].sort(
    (a, b) => formOf(b).split(' ').length - formOf(a).split(' ').length || a.sentence - b.sentence || a.start - b.start,
  );
  for (const mention of ordered) {
    const matches = identities.filter((identity) => sameThing(identity, mention));
    const form = formOf(mention);
    if (matches.length > 1 && mention.kind === 'person') {
      // "Kim" where the article names Kim Jong Un and Kim Shin-Wook: a short form of neither for sure.
      const identity: Identity = newIdentity(mention, form);
      identity.ambiguous = true;
      identities.push(identity);
      identityOf.set(mention, identity);
      continue;
    }
    const match = matches[0];
    if (match) {
      match.forms.add(form);
      match.forms.add(mention.text);
      match.mentions.push(mention);
      if (mention.title) match.titles.add(mention.title);
      match.firstSentence = Math.min(match.firstSentence, mention.sentence);
      identityOf.set(mention, match);
    } else {
      const identity = newIdentity(mention, form);
      identities.push(identity);
      identityOf.set(mention, identity);
    }
  }
  for (const identity of identities) {
    // The full name the article uses most ("Aretha Franklin", not "Aretha Louise Franklin" said once).
    const counts = new Map<string, number>();
    for (const mention of identity.mentions) {
      const form = formOf(mention);
      if (form.split(' ').length >= Math.max(2, identity.canonical.split(' ').length - 1))
        counts.set(form, (counts.get(form) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
    if (best && best[1] > (counts.get(identity.canonical) ?? 0)) identity.canonical = best[0];
    // In canonical form, so that "US" in the title is "the United States" in the text.
    const titleText = ` ${canonicalAnswer(title.replace(/['’]s\b/g, ''))} `;
    // The title names it outright, by a demonym ("Egyptian prime minister": Egypt), or a person by surname ("Castro").
    const titleCountries = title
      .split(/[^\p{L}]+/u)
      .map((word) => countryOfDemonym(word)?.name)
      .filter((name): name is string => Boolean(name));
    const place = identity.mentions.find((mention) => mention.place)?.place;
    const surname = identity.kind === 'person' ? identity.canonical.split(' ').at(-1)! : '';
    identity.inTitle =
      identity.kind !== 'count' &&
      identity.kind !== 'date' &&
      ([...identity.forms].some((form) => {
        const tokens = significantTokens(canonicalAnswer(form));
        return tokens.length > 0 && tokens.every((token) => titleText.includes(` ${token} `));
      }) ||
        (place !== undefined && titleCountries.includes(place.name)) ||
        (surname.length > 2 && titleText.includes(` ${canonicalAnswer(surname)} `)) ||
        // "Ajax AFC" where the headline says "Ajax": an organisation's first word names it.
        (identity.kind === 'org' &&
          [...identity.forms].some((form) => {
            const first = significantTokens(canonicalAnswer(form))[0];
            return first !== undefined && first.length >= 4 && titleText.includes(` ${first} `);
          })));
  }
  return { identities, identityOf };
}

function newIdentity(mention: Mention, form: string): Identity {
  return {
    key: `${mention.kind}:${normaliseAnswer(form)}:${mention.sentence}`,
    kind: mention.kind,
    canonical: form,
    forms: new Set([form, mention.text]),
    mentions: [mention],
    titles: new Set(mention.title ? [mention.title] : []),
    inTitle: false,
    firstSentence: mention.sentence,
  };
}

const STOPWORDS = new Set(
  `the a an and or but of to in on at for with by from as is are was were be been being has have had it its this that these those he she they his her their them we our you your i me my not no so than then there here also after before about over into out up down more most some any all which who whom whose what when where why how said says would could should will can may might must did does do just very`.split(
    /\s+/,
  ),
);

function contentWords(text: string): Set<string> {
  return new Set(
    normaliseAnswer(text)
      .split(' ')
      .filter((word) => word.length > 2 && !STOPWORDS.has(word) && !/^\d+$/.test(word))
      .map((word) => word.slice(0, 6)),
  );
}

/** TextRank: a sentence is central when it shares words with other central sentences and the headline. */
function sentenceCentrality(title: string, sentences: readonly Sentence[]): Map<number, number> {
  const bags = sentences.map((sentence) => contentWords(sentence.text));
  const titleBag = contentWords(title);
  const similarity = (a: Set<string>, b: Set<string>) => {
    if (a.size === 0 || b.size === 0) return 0;
    let shared = 0;
    for (const word of a) if (b.has(word)) shared += 1;
    return shared / (Math.log(a.size + 1) + Math.log(b.size + 1));
  };
  const n = sentences.length;
  const weights = bags.map((a) => bags.map((b) => (a === b ? 0 : similarity(a, b))));
  const prior = bags.map((bag, index) => 1 + 2 * similarity(bag, titleBag) + (index < 2 ? 1 : 0));
  let score = prior.map(() => 1);
  for (let step = 0; step < 20; step += 1) {
    score = score.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < n; j += 1) {
        const out = weights[j]!.reduce((total, w) => total + w, 0);
        if (out > 0) sum += (weights[j]![i]! / out) * score[j]!;
      }
      return 0.15 * prior[i]! + 0.85 * sum;
    });
  }
  const order = score
    .map((value, index) => ({ value: value * prior[index]!, index }))
    .sort((a, b) => a.value - b.value);
  const out = new Map<number, number>();
  order.forEach((entry, rank) => out.set(sentences[entry.index]!.number, n > 1 ? rank / (n - 1) : 1));
  return out;
}

export function analyseArticle(input: DraftInput): Analysis {
  const paragraphs = cleanArticleText(input.text);
  const sentences = sentencesOf(paragraphs);
  const names = midSentenceCapitals(sentences.map((sentence) => sentence.text));
  const parsed = parseText(paragraphs.join(PARAGRAPH_SEPARATOR));
  const mentions = sentences.flatMap((sentence) => tagSentence(sentence, names, parsed));
  // "Sharaf" alone, where the article has named "Essam Sharaf": the same person (the tagger saw no person in the word alone).
  const surnames = new Set(
    mentions.filter((m) => m.kind === 'person').map((m) => (m.name ?? m.text).split(' ').at(-1)!),
  );
  for (const mention of mentions) {
    // "Paris said…" where the article has named Valeska Paris: the person, not the city.
    if (
      (mention.kind === 'other' || mention.kind === 'place') &&
      !mention.text.includes(' ') &&
      surnames.has(mention.text)
    ) {
      mention.kind = 'person';
      delete mention.place;
      delete mention.guessed;
      mention.name = mention.text;
      mention.nameStart = mention.start;
    }
  }
  // A name's words keep their capital wherever a question moves them ("Steve Whitmore" from a sentence's start).
  for (const mention of mentions) {
    if (mention.kind === 'date' || mention.kind === 'count') continue;
    for (const word of mention.text.split(/\s+/))
      if (/^[\p{Lu}]/u.test(word) && !/^(?:The|A|An|Of|And|For|In|On|At|To)$/.test(word))
        names.add(word.replace(/['’]s$/, ''));
  }
  const { identities, identityOf } = groupIdentities(mentions, input.title);
  return {
    title: input.title,
    date: input.date,
    paragraphs,
    sentences,
    names,
    mentions,
    identities,
    identityOf,
    text: `${input.title}\n${paragraphs.join('\n')}`,
    canonicalText: ` ${canonicalAnswer(`${input.title}\n${paragraphs.join('\n')}`)} `,
    centrality: sentenceCentrality(input.title, sentences),
    wordCount: countWords(paragraphs.join(' ')),
  };
}

/** How central an identity is to the article: how often it is named, and whether in the title or the lead. */
export function salience(identity: Identity): number {
  const sentences = new Set(identity.mentions.map((mention) => mention.sentence)).size;
  return sentences + (identity.inTitle ? 2 : 0) + (identity.firstSentence <= 2 ? 1 : 0);
}

import nlp from 'compromise';
import type { Sentence } from '@/lib/content/text';
import { sameAnswer } from '@/lib/quiz/equivalence';
import { acceptedForms } from './accept';
import { salience, significantTokens, type Analysis, type Identity } from './analysis';
import { reject, type Candidate, type Context } from './candidate';
import { chooseOptions, distractorPool, namedInArticle } from './distractors';
import { contains, countryOfDemonym, lookupPlace, overlap, type Place } from './gazetteer';
import { numberValue } from './mentions';
import {
  conversionGivesAway,
  cutsAWord,
  deictic,
  hasQuotedSpeech,
  insideQuotes,
  isExactFigure,
  isHeadlineSubject,
  isListItem,
  isArithmetic,
  isArticleSubject,
  isAttribution,
  isMinutiae,
  isModifier,
  isPair,
  isRangeEnd,
  namesACapital,
  personRole,
  isPassing,
  needsContext,
  unfitSentence,
  words,
} from './filters';
import type { Mention } from './mentions';
import { words as wordsOf } from './clause';
import type { DraftKind } from './types';

/**
 * Questions about one fact of a sentence: who, which organisation or place, when, how many. The
 * sentence is quoted with the fact blanked out, or, when the fact is the sentence's subject, it
 * becomes a question ("Who arrived in the Russian Far East on Tuesday?"). A choice question when
 * three wrong options of the key's kind exist (distractors.ts), a typed answer otherwise.
 */

const BLANK = '___';

const KIND_OF: Record<string, DraftKind> = {
  person: 'who',
  org: 'who',
  place: 'where',
  date: 'when',
  count: 'how-many',
};

function lead(mention: Mention): string {
  switch (mention.kind) {
    case 'person':
      return 'Who';
    case 'org':
      return (
        (
          {
            party: 'Which party',
            team: 'Which team',
            company: 'Which company',
            media: 'Which news organisation',
            government: 'Which body',
            institution: 'Which institution',
          } as Record<string, string>
        )[mention.orgType ?? ''] ?? 'What'
      );
    case 'place':
      return (
        (
          {
            city: 'Which city',
            country: 'Which country',
            continent: 'Which continent',
            subregion: 'Which region',
          } as Record<string, string>
        )[mention.place?.kind ?? ''] ?? 'Which place'
      );
    case 'date':
      return (
        ({ year: 'Which year', weekday: 'Which day', month: 'Which month' } as Record<string, string>)[
          mention.dateKind ?? ''
        ] ?? 'What date'
      );
    default:
      return 'What number';
  }
}

const PERSONAL_OPENER = /^(He|She|His|Her) /;

/**
 * "She was born in Memphis": the sentence is about the article's main person (named at least three
 * times, twice as often as anyone else). Prompts then say whom it is about.
 */
export function resolveOpener(analysis: Analysis, text: string): { pronoun: string; name: string } | null {
  const opener = PERSONAL_OPENER.exec(text);
  if (!opener) return null;
  const people = analysis.identities
    .filter((identity) => identity.kind === 'person' && !identity.ambiguous)
    .sort((a, b) => salience(b) - salience(a));
  const [main, second] = people;
  if (!main || salience(main) < 3 || salience(main) < 2 * (second ? salience(second) : 0)) return null;
  const said = /^(?:She|Her)$/.test(opener[1]!) ? 'female' : 'male';
  // Not a "she" for a man the article calls "he" (or the other way round).
  const index = analysis.sentences.findIndex((sentence) => sentence.text === text);
  const here = index >= 0 ? analysis.sentences[index]!.number : -1;
  const gender = pronounGender(analysis, main, here);
  if (gender && gender !== said) return null;
  // "Lydia Buchtmann … says they are looking at guidelines. She says …": another person named in
  // the sentence before is the nearer reading when the pronoun fits them, or when nothing says
  // whether it does and the sentence opens with their name (its subject, most likely).
  const previous = index > 0 ? analysis.sentences[index - 1]!.number : -1;
  const named = analysis.identities
    .filter((identity) => identity.kind === 'person')
    .flatMap((identity) =>
      identity.mentions.filter((m) => m.sentence === previous).map((m) => ({ identity, start: m.start })),
    )
    .sort((a, b) => a.start - b.start);
  for (const { identity, start } of named) {
    // The main person under a shorter name ("Bianchi" for "Jules Bianchi") is no other person.
    if (identity === main || identity.canonical.split(' ').at(-1) === main.canonical.split(' ').at(-1)) continue;
    const theirs = pronounGender(analysis, identity, here);
    if (theirs === said || (theirs === null && start <= 1)) return null;
  }
  return { pronoun: opener[1]!, name: main.canonical };
}

/**
 * The pronouns the article uses for a person: he/him/his or she/her in the sentences that name
 * them and no one else, and in the sentence after each (but the one being read). Null when the
 * article does not say.
 */
export function pronounGender(analysis: Analysis, person: Identity, except: number): 'male' | 'female' | null {
  const others = analysis.identities.filter((identity) => identity.kind === 'person' && identity !== person);
  let male = 0;
  let female = 0;
  const count = (text: string) => {
    const outside = text.replace(/["“][^"”]*["”]/g, ' ');
    male += (outside.match(/\b(?:he|him|his|himself)\b/gi) ?? []).length;
    female += (outside.match(/\b(?:she|her|hers|herself)\b/gi) ?? []).length;
  };
  for (const mention of person.mentions) {
    const sentence = analysis.sentences.find((s) => s.number === mention.sentence);
    const next = analysis.sentences.find((s) => s.number === mention.sentence + 1);
    // After the name in its own sentence ("Eastman said he is alarmed"), when no one else is named there.
    if (
      sentence &&
      sentence.number !== except &&
      !others.some((o) => o.mentions.some((m) => m.sentence === sentence.number))
    )
      count(sentence.text.slice(mention.end));
    // The pronoun that opens the next sentence ("She says the issue is complicated"), when the name
    // opens its own sentence (nothing but a title before it) and no one else is named there.
    if (
      sentence &&
      next &&
      next.number !== except &&
      !/\p{Ll}/u.test(sentence.text.slice(0, mention.start)) &&
      !others.some((o) => o.mentions.some((m) => m.sentence === mention.sentence))
    )
      count(PERSONAL_OPENER.exec(next.text)?.[1] ?? '');
  }
  if (male > female) return 'male';
  if (female > male) return 'female';
  return null;
}

/** Share of the sentence's content words that the headline uses: how close it is to the story's point. */
export function titleOverlap(analysis: Analysis, text: string): number {
  const title = new Set(significantTokens(analysis.title).map((token) => token.slice(0, 5)));
  const tokens = significantTokens(text).map((token) => token.slice(0, 5));
  return tokens.length === 0 ? 0 : tokens.filter((token) => title.has(token)).length / Math.min(tokens.length, 8);
}

function fullNameSentence(analysis: Analysis, name: string): string | undefined {
  return analysis.sentences.find((sentence) => sentence.text.includes(name))?.text;
}

/** Every place the gazetteer knows among the capitalised words of a sentence, outside the mention. */
/** The places a headline names, and the countries of the peoples it names ("Indian" → India). */
function headlinePlaces(title: string): Place[] {
  const demonyms = [...title.matchAll(/[\p{Lu}][\p{L}-]+/gu)]
    .map((match) => countryOfDemonym(match[0]))
    .filter((place): place is Place => place !== null);
  return [...placesNamedIn(title, null), ...demonyms];
}

function placesNamedIn(text: string, mention: Mention | null): Place[] {
  const out: Place[] = [];
  const rest = mention ? `${text.slice(0, mention.start)} ${text.slice(mention.end)}` : text;
  for (const match of rest.matchAll(/[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}/gu)) {
    const words = match[0].split(' ');
    // Every run of words inside the capitalised phrase: "Amsterdam" in "Amsterdam Airport Schiphol".
    for (let i = 0; i < words.length; i += 1)
      for (let j = i + 1; j <= words.length; j += 1) {
        const place = lookupPlace(
          words
            .slice(i, j)
            .join(' ')
            .replace(/['’]s$/, ''),
        );
        if (place) out.push(place);
      }
  }
  return out;
}

function numberInTitle(title: string, value: number): boolean {
  return [...title.matchAll(/\b(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\b/gi)].some((match) => numberValue(match[0]) === value);
}

/** A count whose noun the headline is about ("killed", "followers"), wherever it is in the story. */
function countInTitleTopic(analysis: Analysis, mention: Mention): boolean {
  const noun = (mention.noun ?? '').split(' ')[0]?.replace(/s$/, '') ?? '';
  return noun.length > 3 && new RegExp(`\\b${noun}`, 'i').test(analysis.title);
}

export function entityCandidates(context: Context, sentence: Sentence): Candidate[] {
  const { analysis } = context;
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const mention of analysis.mentions.filter((m) => m.sentence === sentence.number)) {
    const identity = analysis.identityOf.get(mention)!;
    if (mention.kind === 'other' || seen.has(identity.key)) continue;
    seen.add(identity.key);
    const candidate = entityCandidate(context, sentence, mention);
    if (candidate) out.push(candidate);
  }
  return out;
}

function entityCandidate(context: Context, sentence: Sentence, mention: Mention): Candidate | null {
  const { analysis } = context;
  const kind = KIND_OF[mention.kind]!;
  const identity = analysis.identityOf.get(mention)!;
  const text = sentence.text;
  // A person's title stays in the sentence ("Emeritus Professor ___"); the key is the name.
  const blankStart = mention.kind === 'person' && mention.nameStart !== undefined ? mention.nameStart : mention.start;
  const written = text.slice(blankStart, mention.end).replace(/^(?:the|The) /, '');
  // "___ said the standards are not adequate": the key is the person's full name, the short form accepted.
  const answer =
    mention.kind === 'person' && identity.canonical.split(' ').length > written.split(' ').length
      ? identity.canonical
      : written;
  const blankFrom = text.slice(blankStart, mention.end).startsWith('the ') ? blankStart + 4 : blankStart;
  const cloze = `${text.slice(0, blankFrom)}${BLANK}${text.slice(mention.end)}`;
  const about = resolveOpener(analysis, text);
  const restAfter = text.slice(mention.end);
  const whForm =
    mention.start === 0 &&
    (mention.kind === 'person' || mention.kind === 'org') &&
    /^ [\p{Ll}]/u.test(restAfter) &&
    nlp(restAfter.trim()).terms().first().has('(#Verb|#Auxiliary|#Modal)');
  const prompt = whForm
    ? `${lead(mention)}${restAfter.replace(/[\s.!]+$/, '')}?`
    : `${lead(mention)} completes this sentence ${about ? `about ${about.name}` : 'from the article'}? “${cloze}”`;

  const unfit = unfitSentence(sentence);
  if (unfit) return reject(context, kind, sentence, unfit, answer, prompt);
  if (needsContext(sentence) && !about) return reject(context, kind, sentence, 'needs-context', answer, prompt);
  if (cutsAWord(text, mention)) return reject(context, kind, sentence, 'broken-grammar', answer, prompt);
  if (insideQuotes(text, mention.start)) return reject(context, kind, sentence, 'side-phrase', answer, prompt);
  if (
    identity.ambiguous ||
    (mention.kind === 'person' && identity.canonical.split(' ').length === 1 && salience(identity) <= 1)
  )
    return reject(context, kind, sentence, 'tagger-junk', answer, prompt);
  if (isHeadlineSubject(identity) || isArticleSubject(analysis, identity) || namesACapital(text, mention))
    return reject(context, kind, sentence, 'guessable', answer, prompt);
  if (mention.kind === 'count' && isArithmetic(text, mention))
    return reject(context, kind, sentence, 'guessable', answer, prompt);
  // A date is the news only in the lead or in one of the story's most central sentences.
  if (mention.kind === 'date' && sentence.number > 3 && (analysis.centrality.get(sentence.number) ?? 0) < 0.7)
    return reject(context, kind, sentence, 'trivia', answer, prompt);
  // A year long before the story's own date is background ("founded in 1990"), unless the lead gives it.
  if (
    mention.kind === 'date' &&
    mention.dateKind === 'year' &&
    sentence.number > 2 &&
    Number(mention.text) < Number(analysis.date.slice(0, 4)) - 3
  )
    return reject(context, kind, sentence, 'trivia', answer, prompt);
  // "the ___ state of South Carolina", "billions of ___ dollars": a place used as a modifier.
  if (mention.kind === 'place' && isModifier(text, mention, (word) => wordsOf(word)[0]?.pos === 'NOUN'))
    return reject(context, kind, sentence, 'broken-grammar', answer, prompt);
  // A place only a rule guessed ("At ___ she focused…" for a record label) may be no place at all.
  if (mention.kind === 'place' && !mention.place) return reject(context, kind, sentence, 'tagger-junk', answer, prompt);
  // "Detroit, ___" (Michigan), "Amsterdam Airport Schiphol in ___", "University of Sheffield of the
  // ___": another place of the sentence, even inside a name, gives it away.
  if (mention.place && placesNamedIn(text, mention).some((place) => overlap(place, mention.place!)))
    return reject(context, kind, sentence, 'guessable', answer, prompt);
  // "Renowned Indian guru … dies" answers "one of ___'s most prominent spiritual leaders" (India), and
  // "Lantern Festival in Taipei" answers which country (Taiwan): the headline's place, or its
  // people's country, is the key or lies inside it.
  if (
    mention.place &&
    headlinePlaces(analysis.title).some(
      (place) => place.name === mention.place!.name || contains(mention.place!, place),
    )
  )
    return reject(context, kind, sentence, 'guessable', answer, prompt);
  // "Two killed" in the headline answers "___ Amtrak employees were killed".
  if (mention.kind === 'count' && mention.value !== undefined && numberInTitle(analysis.title, mention.value))
    return reject(context, kind, sentence, 'guessable', answer, prompt);
  if (isListItem(analysis, sentence, mention) || isPair(text, mention))
    return reject(context, kind, sentence, 'trivia', answer, prompt);
  // Who reported it, a bit player, one end of a range, a weekday of anything but the lead event,
  // an exact figure or a date deep in the story: details a strict teacher calls trivia.
  if (isAttribution(text, mention)) return reject(context, kind, sentence, 'trivia', answer, prompt);
  const role = mention.kind === 'person' ? personRole(text, mention) : 'none';
  if (role === 'minor' && !identity.inTitle) return reject(context, kind, sentence, 'trivia', answer, prompt);
  if ((mention.kind === 'date' || mention.kind === 'count') && isRangeEnd(text, mention))
    return reject(context, kind, sentence, 'trivia', answer, prompt);
  // Weekdays are trivia to a strict teacher, even the day of the main event, and so are most
  // counts deep in the story; the lead event's weekday and such counts are kept only as a last
  // resort, for an article that has too few other drafts (ranked after everything else).
  const weekday = mention.kind === 'date' && mention.dateKind === 'weekday';
  // A figure is the news when it is in the lead, hedged as an estimate ("more than two billion
  // people", "roughly 40 missing") or about what the headline is about; a duration only in the lead.
  const timeSpan = mention.kind === 'count' && /^(?:years?|months?|weeks?|days?|hours?)$/i.test(mention.noun ?? '');
  const newsFigure =
    mention.kind !== 'count' ||
    (timeSpan
      ? sentence.number <= 2
      : sentence.number <= 2 || Boolean(mention.hedge) || countInTitleTopic(analysis, mention));
  if (weekday || !newsFigure) return reject(context, kind, sentence, 'trivia', answer, prompt);
  const lastResort = false;
  if (isMinutiae(sentence)) return reject(context, kind, sentence, 'trivia', answer, prompt);

  if (mention.kind === 'count' && isExactFigure(mention))
    return reject(context, kind, sentence, 'trivia', answer, prompt);
  if (mention.kind === 'count' && conversionGivesAway(text, mention))
    return reject(context, kind, sentence, 'guessable', answer, prompt);
  // The answer must not be named elsewhere in the prompt ("Korea's ___" for Kim, "Afghan Ambassador" for Afghanistan).
  const keyTokens = [...identity.forms].flatMap(significantTokens);
  const promptTokens = new Set(significantTokens(whForm ? prompt : cloze));
  if (
    keyTokens.some(
      (token) =>
        promptTokens.has(token) ||
        [...promptTokens].some((word) => word.length > 4 && token.length > 4 && word.slice(0, 5) === token.slice(0, 5)),
    )
  )
    return reject(context, kind, sentence, 'answer-in-prompt', answer, prompt);

  const pool = distractorPool(analysis, mention, sentence, prompt);
  // A role or a description right before the blank ("English captain ___", "Dutch capital-club ___"),
  // or a he/she in the sentence, singles the key out among people of other roles: the answer is typed.
  const described =
    (mention.kind === 'person' || mention.kind === 'org') &&
    ((/\b[\p{Ll}-]{3,}\s+$/u.test(text.slice(Math.max(0, blankFrom - 25), blankFrom)) &&
      !/\b(?:and|or|of|by|with|from|to|for|in|on|at|that|said|says|told|as|the|a|an|when|after|before|while)\s+$/i.test(
        text.slice(Math.max(0, blankFrom - 12), blankFrom),
      )) ||
      /^'s (?:side|team|club|squad|manager|coach|wife|husband|son|daughter|mother|father|sister|brother)\b/.test(
        text.slice(mention.end),
      ) ||
      (mention.kind === 'person' && /\b(?:he|she|his|her|him|himself|herself)\b/i.test(text)));
  const options = described
    ? null
    : mention.kind === 'count'
      ? chooseOptions(answer, pool, `${sentence.number}:${answer}`)
      : chooseOptions(answer, pool, `${sentence.number}:${answer}`, namedInArticle(analysis, pool.slice(0, 5)));
  const features: Record<string, number> = {
    [`kind_${kind}`]: 1,
    typed: options ? 0 : 1,
    salience: Math.log1p(salience(identity)),
    // The most central sentence the answer appears in: a name from the story's core, or from its margins.
    identity_central: Math.max(...identity.mentions.map((m) => analysis.centrality.get(m.sentence) ?? 0)),
    lead: sentence.number <= 2 ? 1 : 0,
    position: sentence.number / analysis.sentences.length,
    sentence_words: words(text) / 40,
    wh_form: whForm ? 1 : 0,
    pool: Math.log1p(pool.length),
    gazetteer: mention.place && options ? 1 : 0,
    hedge: mention.hedge ? 1 : 0,
    one_word_person: mention.kind === 'person' && answer.split(' ').length === 1 ? 1 : 0,
    minutiae: isMinutiae(sentence) ? 1 : 0,
    passing: isPassing(identity, sentence) ? 1 : 0,
    role_major: role === 'major' ? 1 : 0,
    title_words: titleOverlap(analysis, text),
    weekday: mention.kind === 'date' && mention.dateKind === 'weekday' ? 1 : 0,
    date_year: mention.kind === 'date' && mention.dateKind === 'year' ? 1 : 0,
    count_round: mention.kind === 'count' && mention.value !== undefined && mention.value % 10 === 0 ? 1 : 0,
    vague_date: mention.kind === 'date' && (mention.dateKind === 'weekday' || mention.dateKind === 'month') ? 1 : 0,
    quote: hasQuotedSpeech(text) ? 1 : 0,
    deictic: deictic(text) ? 1 : 0,
    pronoun_resolved: about ? 1 : 0,
    guessed_place: mention.guessed ? 1 : 0,
    answer_words: words(answer) / 4,
    last_resort: lastResort ? 1 : 0,
  };
  const base = {
    kind,
    sentence: sentence.number,
    highlight: text.slice(blankStart, mention.end),
    notes: [] as string[],
    explanation: `Sentence ${sentence.number} of the article gives ${kind === 'how-many' ? 'the number' : 'the answer'}: ${answer}.`,
    // The full name may come from an earlier sentence: that sentence is cited too.
    evidence: answer === written ? text : [text, fullNameSentence(analysis, identity.canonical) ?? text],
    fact: identity.key,
    features,
  };
  if (about) base.notes.push(`“${about.pronoun}” is taken to mean ${about.name}: check.`);
  if (mention.hedge) base.notes.push(`The article hedges this number (“${mention.hedge}”).`);
  if (options) {
    const alternatives = pool.filter((option) => !options.includes(option));
    return { ...base, type: 'single', prompt, options, answer, alternatives };
  }
  const accept = acceptedForms(analysis, mention, identity, answer).filter((form) => !sameAnswer(form, answer));
  return { ...base, type: 'typed', prompt, answer, ...(accept.length > 0 ? { accept } : {}), alternatives: pool };
}

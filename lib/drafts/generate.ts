import nlp from 'compromise';
import { sentencesOf } from '@/lib/content/sentences';
import { countWords, type Sentence } from '@/lib/content/text';
import { normaliseAnswer as normaliseUncached } from '@/lib/quiz/normalise';
import { cleanArticleText } from './clean';
import { escapeRegExp, toSlug } from './ids';
import { answerCheck } from './quality';
import { midSentenceCapitals, tagSentence, type EntityKind, type Mention } from './entities';
import {
  KIND_CATEGORY,
  type Draft,
  type DraftInput,
  type DraftKind,
  type DraftResult,
  type FilterReason,
  type FilteredCandidate,
} from './types';

/**
 * normaliseAnswer is pure, and drafting asks it about the same sentences and names once per
 * candidate: remembered here (bounded), which made drafting from 2,000 words grow linearly
 * instead of faster (bench/results.md, growth).
 */
const normalised = new Map<string, string>();
function normaliseAnswer(text: string): string {
  let value = normalised.get(text);
  if (value === undefined) {
    if (normalised.size >= 20_000) normalised.clear();
    value = normaliseUncached(text);
    normalised.set(text, value);
  }
  return value;
}

/**
 * Rule-based drafting: every question is a sentence of the article with one fact taken out (a
 * person, organisation, place, date or number), or the sentence as a true or false statement. The
 * evidence is that sentence, copied verbatim, so every draft cites where its answer comes from.
 * Candidates caught by a filter (FILTER_REASONS) are dropped; the rest are scored and ranked so
 * that the best, and a mix of kinds and sentences, come first.
 */

/** At most this many drafts per 400 words are offered (the best-ranked): a teacher reviews them all. */
export const DRAFTS_PER_400_WORDS = 8;
const MIN_DRAFTS = 6;
const LONG_SENTENCE_WORDS = 38;
const MAX_SENTENCE_WORDS = 55;
const MIN_OPTIONS = 4;

const CONTEXT_OPENERS =
  /^["“‘(]?(?:It|He|She|They|We|I|This|These|That|Those|Its|His|Her|Their|Such|However|But|And|Also|Meanwhile|Instead|Still|Then|There|Both|Another|Neither|Either|The former|The latter|In addition|Furthermore|Moreover|Nevertheless|As a result|Despite this|After that|Later|Yet|Other|The other|The first|The second|The same|The rest)\b/;
const RELATIVE_TIME =
  /\b(?:yesterday|today|tomorrow|tonight|last (?:week|month|year)|this (?:week|month|year)|next (?:week|month|year)|now|recently)\b/i;
const ANSWER_STOPWORDS = new Set([
  'the',
  'of',
  'and',
  'for',
  'de',
  'la',
  'van',
  'von',
  'der',
  'al',
  'per',
  'cent',
  'percent',
  'million',
  'billion',
  'thousand',
  'hundred',
  'on',
  'in',
]);

type Identity = { key: string; kind: EntityKind; canonical: string; forms: Set<string>; mentions: Mention[] };

type Candidate = Omit<Draft, 'rank' | 'id' | 'category'> & { score: number; identity: string };

const LEADS: Record<EntityKind, string> = {
  person: 'Who completes this sentence from the article?',
  org: 'Which organisation completes this sentence from the article?',
  place: 'Which place completes this sentence from the article?',
  date: 'When? Complete this sentence from the article.',
  count: 'What number completes this sentence from the article?',
};
const KIND_OF: Record<EntityKind, DraftKind> = {
  person: 'who',
  org: 'who',
  place: 'where',
  date: 'when',
  count: 'how-many',
};
const BASE_SCORE: Record<DraftKind, number> = {
  who: 3,
  where: 2.6,
  when: 2.6,
  'how-many': 2.7,
  'true-false': 2.2,
  ordering: 2,
};

const BLANK = '___';

function words(text: string): number {
  return countWords(text);
}

function stripEnd(text: string): string {
  return text.replace(/[\s.!]+$/, '');
}

function significantTokens(text: string): string[] {
  return normaliseAnswer(text)
    .split(' ')
    .filter((token) => token.length >= 3 && !ANSWER_STOPWORDS.has(token));
}

function containsToken(haystack: string, token: string): boolean {
  return ` ${normaliseAnswer(haystack)} `.includes(` ${token} `);
}

/** Groups mentions of the same entity: "Kim", "Kim Jong Un"; "Putin", "President Vladimir Putin". */
function identities(mentions: readonly Mention[]): Map<Mention, Identity> {
  const byMention = new Map<Mention, Identity>();
  const list: Identity[] = [];
  const named = [...mentions].sort(
    (a, b) => (b.name ?? b.text).split(' ').length - (a.name ?? a.text).split(' ').length,
  );
  for (const mention of named) {
    const form = mention.kind === 'count' ? mention.text : (mention.name ?? mention.text);
    // A person and an organisation named after them ("Elton John AIDS Foundation") stay apart.
    const family = mention.kind;
    const tokens = normaliseAnswer(form).split(' ');
    const match = list.find((identity) => {
      const identityFamily = identity.kind;
      if (identityFamily !== family) return false;
      if (mention.kind === 'count' || mention.kind === 'date')
        return normaliseAnswer(identity.canonical) === normaliseAnswer(form);
      const canonicalTokens = normaliseAnswer(identity.canonical).split(' ');
      return tokens.every((token) => canonicalTokens.includes(token));
    });
    if (match) {
      match.forms.add(form);
      match.forms.add(mention.text);
      match.mentions.push(mention);
      byMention.set(mention, match);
    } else {
      const identity: Identity = {
        key: `${mention.kind}:${normaliseAnswer(form)}`,
        kind: mention.kind,
        canonical: form,
        forms: new Set([form, mention.text]),
        mentions: [mention],
      };
      list.push(identity);
      byMention.set(mention, identity);
    }
  }
  // The name the article uses most in full ("Aretha Franklin", not "Aretha Louise Franklin" once).
  for (const identity of list) {
    const counts = new Map<string, number>();
    for (const mention of identity.mentions) {
      const form = mention.name ?? mention.text;
      if (form.split(' ').length >= identity.canonical.split(' ').length - 1 && form.split(' ').length > 1) {
        counts.set(form, (counts.get(form) ?? 0) + 1);
      }
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
    if (best && best[1] > (counts.get(identity.canonical) ?? 0)) identity.canonical = best[0];
  }
  return byMention;
}

function isCutInsideWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return (
    /[\p{L}\p{N}-]/u.test(before) ||
    /[\p{L}\p{N}]/u.test(after) ||
    (after === '-' && /[\p{L}]/u.test(text[end + 1] ?? ''))
  );
}

/** "the Russia-Ukraine talks": two names joined as a modifier; a blank there reads as nonsense. */
function isCompoundModifier(text: string, mention: Mention): boolean {
  return /^[\p{Lu}][\p{L}]*-[\p{Lu}]/u.test(mention.text) && /^ [\p{Ll}]/u.test(text.slice(mention.end));
}

/** "Stevie Wonder, ___, and Lionel Richie": one item of a list is trivia, not understanding. */
function isListItem(context: Context, sentence: Sentence, mention: Mention): boolean {
  const family = (kind: EntityKind) => (kind === 'org' ? 'person' : kind);
  const same = context.mentions.filter(
    (m) => m.sentence === sentence.number && family(m.kind) === family(mention.kind),
  );
  const joined = (a: Mention, b: Mention) =>
    /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(sentence.text.slice(a.end, b.start));
  let size = 1;
  let cursor = mention;
  for (
    let next = same.find((m) => m.start > cursor.end && joined(cursor, m));
    next;
    next = same.find((m) => m.start > cursor.end && joined(cursor, m))
  ) {
    size += 1;
    cursor = next;
  }
  cursor = mention;
  for (
    let previous = same.find((m) => m.end < cursor.start && joined(m, cursor));
    previous;
    previous = same.find((m) => m.end < cursor.start && joined(m, cursor))
  ) {
    size += 1;
    cursor = previous;
  }
  return size >= 3;
}

/** "58,825 votes": an exact figure to memorise; round numbers ("700", "2 million") are the news. */
function isExactFigure(answer: string): boolean {
  const value = numericValue(answer);
  return value !== null && value >= 1000 && value % 100 !== 0 && !/million|billion/.test(answer);
}

function hasUnbalancedQuote(text: string): boolean {
  return (
    (text.match(/"/g) ?? []).length % 2 === 1 || (text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length
  );
}

const REGION =
  /\b(?:Asia|Europe|Africa|America|Americas|Middle East|Pacific|Atlantic|Caribbean|Region|Peninsula|Gulf|Mediterranean|Balkans|Scandinavia|Oceania|Arctic|Antarctic)\b/;

/**
 * A distractor a demanding teacher would keep: a person's full name (not "Clarence"), a place of
 * the same scale (a region may contain the answer, so it may be true), no piece of the answer.
 */
function plausibleAlternative(mention: Mention, answer: string, alternative: string): boolean {
  if (mention.kind === 'person') return alternative.split(' ').length >= 2;
  if (mention.kind === 'place') {
    if (REGION.test(alternative) !== REGION.test(answer)) return false;
    if (answer.includes(',') !== alternative.includes(',')) return false;
  }
  return true;
}

function insideBracketsOrQuotes(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const opened = (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
  const straightQuotes = (before.match(/"/g) ?? []).length % 2 === 1;
  const curly = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
  return opened || straightQuotes || curly;
}

function hasQuotedSpeech(text: string): boolean {
  return /["“][^"”]{12,}["”]/.test(text);
}

/** Numbers that a hedge ("at least two") makes true for more than one value: no false statement from them. */
function numericValue(text: string): number | null {
  const normal = normaliseAnswer(text.replace(/[$£€,]/g, ''));
  const match = /^(\d+(?:\s\d+)?)(?:\s(million|billion|thousand|hundred))?/.exec(normal);
  if (!match) return null;
  const base = Number(match[1]!.replace(' ', '.'));
  const scale = { million: 1e6, billion: 1e9, thousand: 1e3, hundred: 100 }[match[2] ?? ''] ?? 1;
  return Number.isFinite(base) ? base * scale : null;
}

/** Made-up numbers that differ from the answer and from every number the article states. */
function numberFallbacks(answer: string, articleText: string): string[] {
  const value = numericValue(answer);
  if (value === null) return [];
  const written = /^\d/.test(answer.replace(/^[$£€]/, ''));
  const currency = /^[$£€]/.exec(answer)?.[0] ?? '';
  const suffix = /\b(per ?cent|percent|%)$/.exec(answer)?.[0];
  const words = [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ];
  const stated = new Set(
    [...normaliseAnswer(articleText).matchAll(/\b\d+(?: \d+)?\b/g)].map((match) => Number(match[0].replace(' ', '.'))),
  );
  const baseText = answer.replace(/^[$£€]/, '').replace(/\s*(per ?cent|percent|%)$/, '');
  const scaleWord = /\s(million|billion|thousand|hundred)$/.exec(baseText)?.[1];
  const base = numericValue(baseText.replace(/\s(million|billion|thousand|hundred)$/, '')) ?? value;
  const factors =
    base <= 12
      ? [base + 1, base + 2, base * 2, base - 1, base + 3]
      : [
          Math.round(base * 2),
          Math.round(base / 2),
          Math.round(base * 1.5),
          Math.round(base * 3),
          Math.round(base * 0.75),
        ];
  const out: string[] = [];
  for (const candidate of factors) {
    if (candidate <= 0 || candidate === base || stated.has(candidate)) continue;
    let text =
      !written && candidate <= 12
        ? words[candidate]!
        : Number.isInteger(candidate)
          ? candidate.toLocaleString('en')
          : String(candidate);
    if (scaleWord) text = `${text} ${scaleWord}`;
    text = `${currency}${text}${suffix ? ` ${suffix}` : ''}`;
    if (!out.includes(text)) out.push(text);
  }
  return out;
}

function shuffleDeterministic<T>(items: readonly T[], seed: string): T[] {
  let hash = 2166136261;
  for (let i = 0; i < seed.length; i += 1) hash = Math.imul(hash ^ seed.charCodeAt(i), 16777619) >>> 0;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    hash = Math.imul(hash ^ (hash >>> 15), 2246822507) >>> 0;
    const j = hash % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function slug(text: string, max = 32): string {
  return toSlug(normaliseAnswer(text), max);
}

type Context = {
  title: string;
  sentences: Sentence[];
  mentions: Mention[];
  identityOf: Map<Mention, Identity>;
  articleText: string;
  filtered: FilteredCandidate[];
};

function reject(
  context: Context,
  kind: DraftKind,
  sentence: Sentence,
  reason: FilterReason,
  answer: string,
  prompt: string,
): null {
  context.filtered.push({ kind, sentence: sentence.number, reason, answer, prompt });
  return null;
}

/** Same-kind entities of the article that are not in this sentence: distractors that are wrong here. */
function alternativesFor(context: Context, mention: Mention, sentence: Sentence): string[] {
  const own = context.identityOf.get(mention)!;
  const inSentence = new Set(
    context.mentions
      .filter((other) => other.sentence === sentence.number)
      .map((other) => context.identityOf.get(other)!.key),
  );
  const seen = new Set<string>();
  const out: string[] = [];
  for (const other of context.mentions) {
    const identity = context.identityOf.get(other)!;
    const sameKind =
      mention.kind === 'person' || mention.kind === 'org'
        ? identity.kind === mention.kind
        : identity.kind === mention.kind;
    if (!sameKind || identity === own || inSentence.has(identity.key) || seen.has(identity.key)) continue;
    if (mention.kind === 'date' && Boolean(other.vague) !== Boolean(mention.vague)) continue;
    // A name only a rule guessed ("in Gottsund") may be a place or not: it is no safe distractor.
    if (identity.mentions.every((m) => m.guessed)) continue;
    // "424 votes" is not an alternative to "two candidates".
    if (mention.kind === 'count' && (other.noun ?? '') !== (mention.noun ?? '')) continue;
    if ([...identity.forms].some((form) => containsToken(sentence.text, normaliseAnswer(form)))) continue;
    // "Russia" is no distractor where the sentence speaks of "Russian officials": it may well be true.
    const stem = normaliseAnswer(identity.canonical).split(' ').at(-1)!;
    if (
      stem.length >= 4 &&
      normaliseAnswer(sentence.text)
        .split(' ')
        .some((word) => word !== stem && word.startsWith(stem))
    )
      continue;
    seen.add(identity.key);
    out.push(identity.canonical);
  }
  return out;
}

function acceptedForms(mention: Mention, identity: Identity, answer: string, articleText: string): string[] {
  const forms = new Set<string>();
  for (const form of identity.forms) if (normaliseAnswer(form) !== normaliseAnswer(answer)) forms.add(form);
  // "United Nations" → "UN", "U.N."; "Colette Heald" → "Heald" when the article calls her that.
  const words = answer.split(' ').filter((word) => /^[\p{Lu}]/u.test(word));
  if ((mention.kind === 'org' || mention.kind === 'place') && words.length >= 2) {
    const acronym = words.map((word) => word[0]).join('');
    // Only an acronym in common use: the article writes it, or it is a well-known one.
    if (new RegExp(`\\b${acronym}\\b`).test(articleText) || /^(?:UN|US|UK|EU|USA|NATO|WHO)$/.test(acronym)) {
      forms.add(acronym);
      forms.add(`${acronym.split('').join('.')}.`);
    }
  }
  if (mention.kind === 'person' && words.length >= 2) {
    const last = words.at(-1)!;
    if (
      new RegExp(`(?<![\\p{L}] )(?<![\\p{L}\\p{N}])${escapeRegExp(last)}(?![\\p{L}\\p{N}])`, 'u').test(articleText) ||
      identity.mentions.some((m) => m.text === last)
    )
      forms.add(last);
  }
  if (mention.kind === 'date') {
    const noWeekday = answer.replace(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? /, '');
    if (noWeekday !== answer) forms.add(noWeekday);
  }
  return [...forms].filter((form) => normaliseAnswer(form) !== '' && normaliseAnswer(form) !== normaliseAnswer(answer));
}

const PERSONAL_OPENER = /^(He|She|His|Her) /;

/**
 * "She was born in Memphis": the sentence is about the person last named before it (within three
 * sentences). Prompts then say whom it is about, and a note asks the teacher to check.
 */
function resolveOpener(
  context: Context,
  sentence: Pick<Sentence, 'text' | 'number'>,
): { pronoun: string; name: string } | null {
  const opener = PERSONAL_OPENER.exec(sentence.text);
  if (!opener) return null;
  // The article's main person if it has one (named at least 3 times, twice as often as anyone else);
  // otherwise the person named most often among the three sentences before.
  const people = [
    ...new Set(context.mentions.filter((m) => m.kind === 'person').map((m) => context.identityOf.get(m)!)),
  ].sort((a, b) => b.mentions.length - a.mentions.length);
  const main = people[0];
  if (main && main.mentions.length >= 3 && main.mentions.length >= 2 * (people[1]?.mentions.length ?? 0)) {
    return { pronoun: opener[1]!, name: main.canonical };
  }
  const near = people.find((identity) =>
    identity.mentions.some((m) => m.sentence < sentence.number && m.sentence >= sentence.number - 3),
  );
  return near ? { pronoun: opener[1]!, name: near.canonical } : null;
}

function clozeCandidate(context: Context, sentence: Sentence, mention: Mention): Candidate | null {
  const kind = KIND_OF[mention.kind];
  const identity = context.identityOf.get(mention)!;
  const text = sentence.text;
  const answer = mention.text.replace(/^(?:the|The) /, '');
  const cloze = `${text.slice(0, mention.start)}${BLANK}${text.slice(mention.end)}`;
  const restAfter = text.slice(mention.end);
  // "Kim Jong Un arrived in…" → "Who arrived in…?": only when a verb follows the name.
  const whForm =
    mention.start === 0 &&
    (mention.kind === 'person' || mention.kind === 'org') &&
    /^ [\p{Ll}]/u.test(restAfter) &&
    nlp(restAfter.trim()).terms().first().has('(#Verb|#Auxiliary|#Modal)');
  const about = resolveOpener(context, sentence);
  const lead = about
    ? LEADS[mention.kind].replace('this sentence from the article', `this sentence about ${about.name}`)
    : LEADS[mention.kind];
  const prompt = whForm
    ? `${mention.kind === 'person' ? 'Who' : 'Which organisation'}${stripEnd(restAfter)}?`
    : `${lead} “${cloze}”`;
  const wordCount = words(text);

  if (CONTEXT_OPENERS.test(text) && !about) return reject(context, kind, sentence, 'needs-context', answer, prompt);
  if (wordCount > MAX_SENTENCE_WORDS) return reject(context, kind, sentence, 'too-long', answer, prompt);
  if (/\?["”]?$/.test(text) || wordCount < 6) return reject(context, kind, sentence, 'trivial', answer, prompt);
  if (isCutInsideWord(text, mention.start, mention.end) || isCompoundModifier(text, mention)) {
    return reject(context, kind, sentence, 'broken-grammar', answer, prompt);
  }
  if (insideBracketsOrQuotes(text, mention.start))
    return reject(context, kind, sentence, 'side-phrase', answer, prompt);
  if (mention.kind === 'date' && RELATIVE_TIME.test(answer))
    return reject(context, kind, sentence, 'needs-context', answer, prompt);
  if (
    mention.kind === 'person' &&
    answer.split(' ').length === 1 &&
    identity.canonical.split(' ').length === 1 &&
    identity.mentions.length === 1
  )
    return reject(context, kind, sentence, 'tagger-junk', answer, prompt);
  const leaked = [...identity.forms].flatMap(significantTokens).concat(significantTokens(answer));
  if (mention.kind === 'count') {
    if (containsToken(cloze, normaliseAnswer(answer)))
      return reject(context, kind, sentence, 'answer-in-prompt', answer, prompt);
  } else if (leaked.some((token) => containsToken(prompt, token))) {
    return reject(context, kind, sentence, 'answer-in-prompt', answer, prompt);
  }

  if (isListItem(context, sentence, mention)) return reject(context, kind, sentence, 'trivial', answer, prompt);
  if (mention.kind === 'count' && isExactFigure(answer))
    return reject(context, kind, sentence, 'trivial', answer, prompt);
  if (hasUnbalancedQuote(text)) return reject(context, kind, sentence, 'broken-grammar', answer, prompt);

  const answerTokens = significantTokens(answer);
  const fromArticle = alternativesFor(context, mention, sentence).filter(
    (alternative) =>
      !significantTokens(alternative).some((token) => containsToken(prompt, token) || answerTokens.includes(token)) &&
      plausibleAlternative(mention, answer, alternative),
  );
  const fallbacks = mention.kind === 'count' ? numberFallbacks(answer, `${context.articleText}`) : [];
  const pool = [...fromArticle, ...fallbacks].filter((option) => normaliseAnswer(option) !== normaliseAnswer(answer));
  const notes: string[] = [];
  let score = BASE_SCORE[kind];
  if (whForm) score += 0.6;
  if (identity.mentions.length > 1) score += 0.6;
  if (sentence.number <= 3) score += 0.4;
  if (wordCount > LONG_SENTENCE_WORDS) {
    score -= 1;
    notes.push('Long sentence: consider shortening the prompt.');
  }
  if (hasQuotedSpeech(text)) score -= 0.8;
  if (mention.kind === 'date' && mention.vague) score -= 0.8;
  if (mention.kind === 'person' && answer.split(' ').length === 1) score -= 0.4;
  // Someone named once, late in the story (a referee, a spokesperson): more trivia than news.
  if ((mention.kind === 'person' || mention.kind === 'org') && identity.mentions.length === 1 && sentence.number > 5)
    score -= 0.8;
  // The article's subject, named in its title, is no question: anyone knows it without reading.
  if (
    mention.kind !== 'count' &&
    mention.kind !== 'date' &&
    answerTokens.some((token) => containsToken(context.title, token))
  ) {
    score -= 1.2;
  }
  if (about) {
    score -= 0.4;
    notes.push(`“${about.pronoun}” is taken to mean ${about.name}: check.`);
  }
  if (mention.kind === 'count' && mention.hedge) notes.push(`The article hedges this number (“${mention.hedge}”).`);

  const explanation = `Sentence ${sentence.number} of the article gives ${kind === 'how-many' ? 'the number' : 'the answer'}: ${answer}.`;
  const base = {
    kind,
    sentence: sentence.number,
    highlight: mention.text,
    alternatives: pool,
    notes,
    explanation,
    evidence: text,
    identity: identity.key,
  };
  // "Lee" among full names stands out: a surname answer gets surnames to choose from.
  const sameForm =
    mention.kind === 'person' && answer.split(' ').length === 1
      ? [...new Set(pool.map((name) => name.split(' ').at(-1)!))].filter((name) => name !== answer)
      : pool;
  if (sameForm.length >= MIN_OPTIONS - 1) {
    const distractors = shuffleDeterministic(sameForm.slice(0, 6), `${sentence.number}:${answer}`).slice(
      0,
      MIN_OPTIONS - 1,
    );
    const options = shuffleDeterministic([answer, ...distractors], `${answer}:${sentence.number}`);
    return { ...base, type: 'single', prompt, options, answer, score };
  }
  // Not enough same-kind distractors that are surely wrong: the learner types the answer instead.
  const accept = acceptedForms(mention, identity, answer, context.articleText);
  score -= 0.3;
  return { ...base, type: 'typed', prompt, answer, ...(accept.length > 0 ? { accept } : {}), score };
}

/** Light, meaning-keeping rewording so a true statement is not the article copied word for word. */
function paraphrase(context: Context, sentence: Sentence, mentions: readonly Mention[]): string | null {
  let text = sentence.text;
  for (const mention of [...mentions].sort((a, b) => b.start - a.start)) {
    if (mention.kind !== 'person') continue;
    const identity = context.identityOf.get(mention)!;
    const short = [...identity.forms].filter((form) => form.split(' ').length === 1 && form !== mention.text).at(0);
    const full = identity.canonical;
    const replacement =
      mention.text.split(' ').length > 1
        ? (short ?? (full !== mention.text ? full : null))
        : full !== mention.text
          ? full
          : null;
    if (replacement) {
      text = `${text.slice(0, mention.start)}${replacement}${text.slice(mention.end)}`;
      return text;
    }
  }
  const opener = /^(?:On|In|At|By|During|After|Before|Since|Last) [^,]{2,30}, (?=[\p{Ll}\p{Lu}])/u.exec(text);
  if (opener) {
    const rest = text.slice(opener[0].length);
    return `${rest[0]!.toUpperCase()}${rest.slice(1)}`;
  }
  return null;
}

/** "She was born…" → "Aretha Franklin was born…"; "Her father…" → "Aretha Franklin’s father…". */
function resolvePronoun(text: string, about: { pronoun: string; name: string } | null): string {
  if (!about) return text;
  const possessive = about.pronoun === 'His' || about.pronoun === 'Her';
  return text.replace(PERSONAL_OPENER, `${about.name}${possessive ? '’s' : ''} `);
}

/** A rejected true/false sentence gives no candidates (reject records why). */
function none(_rejected: null): Candidate[] {
  return [];
}

function trueFalseCandidates(context: Context, sentence: Sentence, mentions: readonly Mention[]): Candidate[] {
  const text = sentence.text;
  const wordCount = words(text);
  const some = mentions[0]?.text ?? '';
  const about = resolveOpener(context, sentence);
  if (CONTEXT_OPENERS.test(text) && !about)
    return none(reject(context, 'true-false', sentence, 'needs-context', some, text));
  if (wordCount < 8 || /\?["”]?$/.test(text))
    return none(reject(context, 'true-false', sentence, 'trivial', some, text));
  if (wordCount > LONG_SENTENCE_WORDS) return none(reject(context, 'true-false', sentence, 'too-long', some, text));
  if (hasQuotedSpeech(text) || hasUnbalancedQuote(text))
    return none(reject(context, 'true-false', sentence, 'side-phrase', some, text));

  const out: Candidate[] = [];
  // False: one fact swapped for a same-kind one from elsewhere in the article (or a number it never states).
  for (const mention of mentions) {
    if (
      insideBracketsOrQuotes(text, mention.start) ||
      isCutInsideWord(text, mention.start, mention.end) ||
      isCompoundModifier(text, mention)
    )
      continue;
    if (mention.kind === 'count' && mention.hedge) {
      reject(context, 'true-false', sentence, 'trivial', mention.text, text);
      continue;
    }
    if (mention.kind === 'date' && mention.vague) continue;
    const pool =
      mention.kind === 'count'
        ? numberFallbacks(mention.text, context.articleText)
        : alternativesFor(context, mention, sentence);
    // A swap that names someone the statement is already about is absurd ("Franklin sang with Franklin").
    const swap = pool.find(
      (option) =>
        !significantTokens(option).some((token) => containsToken(about ? `${about.name} ${text}` : text, token)),
    );
    if (!swap) continue;
    const before = text
      .slice(0, mention.start)
      // "by the Municipality of Livorno" → "by Italy", not "by the Italy".
      .replace(/\b(?:the|The) $/, (article) =>
        mention.kind === 'place' && swap.split(' ').length === 1 ? '' : article,
      )
      .replace(/\b(a|an|A|An) $/, (_article, word: string) => {
        const an = /^[aeiou]/i.test(swap) && !/^(?:uni|eu|one)/i.test(swap);
        return `${word[0] === 'A' ? 'A' : 'a'}${an ? 'n' : ''} `;
      });
    const statement = resolvePronoun(`${before}${swap}${text.slice(mention.end)}`, about);
    out.push({
      kind: 'true-false',
      type: 'truefalse',
      prompt: statement,
      answer: false,
      explanation: `False: sentence ${sentence.number} says ${mention.text}, not ${swap}.`,
      evidence: text,
      sentence: sentence.number,
      highlight: mention.text,
      alternatives: pool,
      notes: [],
      score: BASE_SCORE['true-false'] + (sentence.number <= 3 ? 0.3 : 0),
      identity: `tf:${sentence.number}`,
    });
    break;
  }
  const reworded = about ? resolvePronoun(text, about) : paraphrase(context, sentence, mentions);
  out.push({
    kind: 'true-false',
    type: 'truefalse',
    prompt: reworded ?? text,
    answer: true,
    explanation: `True: sentence ${sentence.number} of the article says so.`,
    evidence: text,
    sentence: sentence.number,
    highlight: text,
    alternatives: [],
    notes: reworded ? [] : ['Copies the article word for word: consider rewording it.'],
    score: BASE_SCORE['true-false'] - (reworded ? 0.2 : 1.2) + (mentions.length > 0 ? 0.3 : -0.5),
    identity: `tf:${sentence.number}`,
  });
  return out;
}

const MAX_ORDERING_ITEM_WORDS = 22;

/**
 * Where the article dates three or more events by year, one ordering question: the sentences, with
 * their dates taken out, to put in the order they happened.
 */
function orderingCandidate(context: Context): Candidate | null {
  const events: Array<{ sentence: Sentence; key: number; item: string; date: string }> = [];
  for (const sentence of context.sentences) {
    if (CONTEXT_OPENERS.test(sentence.text) && !resolveOpener(context, sentence)) continue;
    if (hasQuotedSpeech(sentence.text) || /\?["”]?$/.test(sentence.text)) continue;
    const dated = context.mentions.filter(
      (m) => m.sentence === sentence.number && m.kind === 'date' && /\b(?:1[5-9]\d\d|20\d\d)\b/.test(m.text),
    );
    // Two dates in one sentence ("from 2006 to 2009"): which one orders it?
    if (dated.length !== 1 || (sentence.text.match(/\b(?:1[5-9]\d\d|20\d\d)\b/g) ?? []).length !== 1) continue;
    const mention = dated[0]!;
    const year = Number(/\b(1[5-9]\d\d|20\d\d)\b/.exec(mention.text)![1]);
    const month = new RegExp(
      `\\b(${'January|February|March|April|May|June|July|August|September|October|November|December'})\\b`,
    ).exec(mention.text);
    const key =
      year * 100 +
      (month
        ? 'January February March April May June July August September October November December'
            .split(' ')
            .indexOf(month[1]!) + 1
        : 0);
    const removed =
      `${sentence.text.slice(0, mention.start).replace(/(?:,\s*)?\b(?:in|on|by|since|from|during|around|until|of)\s+$/i, '')}${sentence.text.slice(mention.end)}`
        .replace(/^\s*,\s*/, '')
        .replace(/\s+([,.;])/g, '$1')
        .replace(/,\s*,/g, ',')
        .replace(/\s{2,}/g, ' ')
        .trim();
    const capitalised = `${removed[0]!.toUpperCase()}${removed.slice(1)}`;
    const about = resolveOpener(context, { text: capitalised, number: sentence.number });
    const item = (about ? resolvePronoun(capitalised, about) : capitalised).replace(/[.!]$/, '');
    if (
      words(item) > MAX_ORDERING_ITEM_WORDS ||
      words(item) < 4 ||
      /^(?:He|She|It|They|His|Her|Its|Their)\b/.test(item)
    )
      continue;
    if (events.some((event) => event.key === key)) continue;
    events.push({ sentence, key, item, date: mention.text });
  }
  if (events.length < 3) return null;
  const chosen = [...events]
    .sort((a, b) => words(a.item) - words(b.item))
    .slice(0, 4)
    .sort((a, b) => a.key - b.key);
  const first = chosen[0]!;
  return {
    kind: 'ordering',
    type: 'ordering',
    prompt: 'Put these events from the article in the order they happened, earliest first.',
    answer: chosen.map((event) => event.item),
    explanation: `The article dates them: ${chosen.map((event) => `${event.date} (sentence ${event.sentence.number})`).join(', ')}.`,
    evidence: chosen.map((event) => event.sentence.text),
    sentence: first.sentence.number,
    highlight: first.date,
    alternatives: [],
    notes: ['Check that each event reads well without its date.'],
    score: BASE_SCORE.ordering + 0.8,
    identity: 'ordering',
  };
}

/**
 * Ranks candidates greedily: each pick lowers the score of the rest that share its sentence or its
 * answer, so the list mixes kinds and covers the article; true and false keys are kept balanced and
 * true/false at no more than a third of the drafts.
 */
function rank(candidates: Candidate[], limit: number): Candidate[] {
  const picked: Candidate[] = [];
  const pool = [...candidates];
  while (picked.length < limit && pool.length > 0) {
    const trueCount = picked.filter((c) => c.type === 'truefalse' && c.answer === true).length;
    const falseCount = picked.filter((c) => c.type === 'truefalse' && c.answer === false).length;
    const tfCount = trueCount + falseCount;
    let bestIndex = -1;
    let best = -Infinity;
    pool.forEach((candidate, index) => {
      let score = candidate.score;
      for (const chosen of picked) {
        // An ordering question spans several sentences; it competes with none of them.
        const spansSentences = chosen.kind === 'ordering' || candidate.kind === 'ordering';
        if (chosen.sentence === candidate.sentence && !spansSentences) score -= 1.5;
        if (chosen.identity === candidate.identity) score -= 2;
        if (chosen.kind === candidate.kind) score -= 0.15;
      }
      if (candidate.type === 'truefalse') {
        if ((tfCount + 1) / (picked.length + 1) > 1 / 3 && picked.length >= 2) score -= 3;
        // Keys stay balanced: never two more of one than of the other.
        const key = candidate.answer === true;
        if ((key && trueCount > falseCount) || (!key && falseCount > trueCount)) score = -Infinity;
      }
      if (score > best) {
        best = score;
        bestIndex = index;
      }
    });
    if (best < 0.5) break;
    picked.push(pool.splice(bestIndex, 1)[0]!);
  }
  return picked;
}

export function draftQuestions(input: DraftInput): DraftResult {
  const paragraphs = cleanArticleText(input.text);
  const sentences = sentencesOf(paragraphs);
  const names = midSentenceCapitals(sentences);
  const mentions = sentences.flatMap((sentence) => tagSentence(sentence, names));
  const context: Context = {
    title: input.title,
    sentences,
    mentions,
    identityOf: identities(mentions),
    articleText: `${input.title}\n${paragraphs.join('\n')}`,
    filtered: [],
  };

  const candidates: Candidate[] = [];
  /** The code checks every draft must pass (the evaluation counts the same): the last filter. */
  const push = (candidate: Candidate) => {
    const check = answerCheck(candidate);
    const sentence = sentences[candidate.sentence - 1]!;
    const answer = String(candidate.answer);
    if (check.promptHasAnswer) reject(context, candidate.kind, sentence, 'answer-in-prompt', answer, candidate.prompt);
    else if (!check.evidenceHasAnswer)
      reject(context, candidate.kind, sentence, 'broken-grammar', answer, candidate.prompt);
    else candidates.push(candidate);
  };
  for (const sentence of sentences) {
    const own = mentions.filter((mention) => mention.sentence === sentence.number);
    const seen = new Set<string>();
    for (const mention of own) {
      const identity = context.identityOf.get(mention)!;
      if (seen.has(identity.key)) continue;
      seen.add(identity.key);
      const candidate = clozeCandidate(context, sentence, mention);
      if (candidate) push(candidate);
    }
    for (const candidate of trueFalseCandidates(context, sentence, own)) push(candidate);
  }

  const ordering = orderingCandidate(context);
  if (ordering) push(ordering);

  const wordCount = countWords(paragraphs.join(' '));
  const limit = Math.max(MIN_DRAFTS, Math.round((wordCount / 400) * DRAFTS_PER_400_WORDS));
  const ids = new Set<string>();
  const drafts = rank(candidates, limit).map((candidate, index): Draft => {
    const { score: _score, identity: _identity, ...rest } = candidate;
    const answerText =
      typeof candidate.answer === 'boolean' ? (candidate.answer ? 'true' : 'false') : String(candidate.answer);
    let id = `${candidate.kind}-${slug(answerText, 24)}-s${candidate.sentence}`;
    for (let n = 2; ids.has(id); n += 1) id = `${candidate.kind}-${slug(answerText, 24)}-s${candidate.sentence}-${n}`;
    ids.add(id);
    return { id, rank: index + 1, category: KIND_CATEGORY[candidate.kind], ...rest };
  });
  return { sentences: sentences.map((sentence) => sentence.text), paragraphs, drafts, filtered: context.filtered };
}

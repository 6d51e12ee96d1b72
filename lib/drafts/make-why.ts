import nlp from 'compromise';
import type { Sentence } from '@/lib/content/text';
import { canonicalAnswer } from '@/lib/quiz/equivalence';
import { seededShuffle } from '@/lib/quiz/shuffle';
import { salience, significantTokens, type Analysis } from './analysis';
import { reject, type Candidate, type Context } from './candidate';
import {
  lowerFirst,
  memo,
  parseClause,
  toQuestion,
  upperFirst,
  verbPhrase,
  words as wordsOf,
  type Clause,
} from './clause';
import { chooseOptions, distractorPool, namedInArticle, OPTION_COUNT } from './distractors';
import { hasQuotedSpeech, insideQuotes, isMinutiae, needsContext, personRole, unfitSentence, words } from './filters';
import { resolveOpener } from './make-entity';
import type { DraftKind } from './types';

/**
 * Questions about understanding: why something happened (a cause or a purpose the article gives),
 * how it was done (by what means), what caused it, what it led to. The key is the article's own
 * reason, means or result; every wrong option is something the article says about something else,
 * put in the same form ("Because …", "To …", "By …"), so none stands out by its shape.
 */

type Role =
  'because' | 'because-of' | 'in-response' | 'to' | 'so-that' | 'by' | 'caused-by' | 'led-to' | 'after' | 'after-ing';

const AFTER =
  /(?<=[\p{L}\d])(?<!\b(?:named|modell?ed|modeled|patterned|styled|looked|looking|looks|look|asked|inquired|enquired|lust|lusted|chased|hankered))\s(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|many) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?) )?(?:shortly |soon |just |only )?after /u;

const MARKERS: Array<{ role: Role; pattern: RegExp }> = [
  { role: 'because-of', pattern: /\b(?:because of|due to|as a result of|owing to)\s+/i },
  { role: 'in-response', pattern: /\bin response to\s+/i },
  { role: 'because', pattern: /\bbecause\s+(?!of\b)/i },
  { role: 'to', pattern: /\b(?:in order to|so as to)\s+/i },
  { role: 'so-that', pattern: /\bso that\s+/i },
  { role: 'caused-by', pattern: /\b(?:was|were|is|are|has been|have been|had been) caused by\s+/i },
  { role: 'led-to', pattern: /\b(?:led|leads|has led|have led|had led) to\s+/i },
  { role: 'by', pattern: /\bby (?=[a-z]+ing\b)/i },
  // What came first: "…was arrested at his school after he brought a digital clock to school",
  // "…was charged after leaving the Sea Org". Only after the main clause, never fronted ("After the
  // match, …"); what follows must be an event told as a clause or a verb (eventAfter).
  // A measure before it ("two days after") goes with the marker: "after …" alone is still true. Not
  // "named after", "looked after". Lower case only: /i would let [a-z] match "Beijing".
  { role: 'after-ing', pattern: new RegExp(`${AFTER.source}(?=[a-z]+ing\\b)`, 'u') },
  { role: 'after', pattern: new RegExp(`${AFTER.source}(?![a-z]+ing\\b)`, 'u') },
];

const PREFIX: Record<Role, string> = {
  because: 'Because ',
  'because-of': 'Because of ',
  'in-response': 'In response to ',
  to: 'To ',
  'so-that': 'So that ',
  by: 'By ',
  'caused-by': '',
  'led-to': '',
  after: 'After ',
  'after-ing': 'After ',
};
const KIND: Record<Role, DraftKind> = {
  because: 'why',
  'because-of': 'why',
  'in-response': 'why',
  to: 'why',
  'so-that': 'why',
  by: 'how',
  'caused-by': 'what',
  'led-to': 'what',
  after: 'what',
  'after-ing': 'what',
};

/**
 * An event after "after": a clause with its own subject and verb ("he brought a clock to school",
 * "at least one shell landed near the area") or a verb ("leaving the Sea Org"), not a time or a
 * bare noun ("after eight", "after two years", "after the match"), which asks nothing worth knowing.
 */
function eventAfter(role: Role, phrase: string): boolean {
  if (role === 'after-ing')
    // A verb ("leaving the Sea Org"), not a noun in -ing ("morning prayers", "the building").
    return wordsOf(phrase)[0]?.pos === 'VERB' && (!/^(?:being|having)\b/i.test(phrase) || words(phrase) >= 4);
  if (role !== 'after') return true;
  const tagged = wordsOf(phrase);
  // "after a nurse who died in the war": a relative clause about a person, not an event.
  if (tagged.some((word) => /^(?:who|whom|whose|which|that)$/i.test(word.text))) return false;
  const verb = tagged.findIndex((word, index) => index > 0 && (word.pos === 'VERB' || word.pos === 'AUX'));
  if (verb < 1) return false;
  // The subject before the verb: a name, a noun phrase (with its "of …", "on …") or a pronoun ("at least one shell", "North
  // and South Korea"), nothing else.
  return tagged
    .slice(0, verb)
    .every(
      (word, index) =>
        ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADV', 'CCONJ', 'ADP'].includes(word.pos) ||
        (index === 0 && /^at$/i.test(word.text) && /^least$/i.test(tagged[1]?.text ?? '')),
    );
}

/** "Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested" → "Ahmed Mohamed was arrested". */
function withoutAppositive(text: string): string {
  return text.replace(
    /^((?:[\p{Lu}][\p{L}.'’-]*\s)*[\p{Lu}][\p{L}.'’-]*), (?:\d{1,3}|(?:a|an|the|\d{1,3}) [^,]{2,60}?(?:, [\p{Lu}][\p{L}]+)?)(?:, (?:a|an|the) [^,]{2,60}?)?, (?=[\p{Ll}])/u,
    '$1 ',
  );
}

/** A past event, for an option beside a key about what came first ("After the bridge collapsed"). */
function pastClause(clause: Clause): boolean {
  const auxiliaries = clause.auxiliaries.map((aux) => aux.toLowerCase());
  if (auxiliaries.length > 0) return auxiliaries.some((aux) => ['was', 'were', 'had', 'did'].includes(aux));
  return (
    !!clause.main &&
    /(?:ed|[^s]t|ew|ave|ook|ame|ade|old|ought|ought|ound|oke|ose|ell|an|on|ent)$/i.test(clause.main.text) &&
    clause.main.text.toLowerCase() !== clause.main.lemma.toLowerCase()
  );
}

/** The reason, means or result: from the marker to the end of its clause, at most 18 words. */
function phraseAfter(text: string, from: number): string | null {
  let phrase = text.slice(from).replace(/[\s.!;:]+$/, '');
  phrase = phrase
    .split(/,\s*(?:which|who|where|while|but|according to|said|says|and then)\b|;|\s[—–]\s|\s\(/)[0]!
    .trim();
  // "due to injury and was replaced by…", "outreach from Google and Mohamed was invited": a second clause.
  phrase = phrase
    .split(/,?\s(?:and|but)\s(?=(?:[\p{Lu}][\p{L}-]*\s)?(?:was|were|is|are|has|had|have|did|\w+ed)\b)/u)[0]!
    .trim();
  if (words(phrase) > 18) {
    const comma = phrase.indexOf(', ');
    if (comma > 0) phrase = phrase.slice(0, comma);
  }
  phrase = phrase.replace(/[,\s]+$/, '');
  return words(phrase) >= 2 && words(phrase) <= 18 ? phrase : null;
}

/** The clause the reason belongs to: the last verb before the marker ("…, and resigned from his post due to…"). */
function mainClause(before: string): Clause | null {
  const clause = parseClause(before);
  if (!clause) return null;
  const coordinated = /(?:,\s*|\s)and\s+(?=[a-z]+(?:ed|ew|ave|ot|ent|ook|ame|ade|ld)\b)/i.exec(clause.rest);
  if (coordinated) {
    const second = parseClause(`${clause.subject} ${clause.rest.slice(coordinated.index + coordinated[0].length)}`);
    if (second) return second;
  }
  return clause;
}

/** The clause of "X was caused by" / "X led to": X, and the auxiliaries of the marker. */
function subjectOnly(before: string, marker: string): Clause | null {
  const subject = before
    .replace(/,\s*(?:which|who)\s[^,]+,?\s*$/, '')
    .replace(/[\s,]+$/, '')
    .trim();
  if (
    words(subject) < 1 ||
    words(subject) > 10 ||
    /[,;]/.test(subject) ||
    /^(?:he|she|it|they|this|that)$/i.test(subject)
  )
    return null;
  const auxiliaries = marker
    .trim()
    .split(/\s+/)
    .filter((word) => /^(?:was|were|is|are|has|have|had|been)$/i.test(word));
  return {
    text: before,
    fronted: '',
    subject,
    verb: marker.trim(),
    auxiliaries,
    main: null,
    negative: false,
    rest: '',
    words: [],
  };
}

function roleQuestion(clause: Clause, role: Role, names: ReadonlySet<string>): string | null {
  const rest = clause.rest.replace(/[,\s]+$/, '');
  if (role === 'caused-by') {
    const past = clause.auxiliaries.some((aux) => /^(?:was|were|had)$/i.test(aux));
    return `What ${past ? 'caused' : 'has caused'} ${lowerFirst(clause.subject, names)}?`;
  }
  if (role === 'led-to') {
    const head = clause.auxiliaries[0]?.toLowerCase();
    return head === 'has' || head === 'have' || head === 'had'
      ? `What ${head} ${lowerFirst(clause.subject, names)} led to?`
      : `What did ${lowerFirst(clause.subject, names)} lead to?`;
  }
  if (role === 'after' || role === 'after-ing') return toQuestion(clause, 'when', rest, names);
  return toQuestion(clause, role === 'by' ? 'how' : 'why', rest, names);
}

type Reason = { role: Role; phrase: string; sentence: number };

/** Every reason, means and result the article gives, with the sentence it is in. */
function reasonsOf(analysis: Analysis): Reason[] {
  const out: Reason[] = [];
  for (const sentence of analysis.sentences) {
    for (const { role, pattern } of MARKERS) {
      const match = pattern.exec(sentence.text);
      if (!match || insideQuotes(sentence.text, match.index)) continue;
      const phrase = phraseAfter(sentence.text, match.index + match[0].length);
      if (phrase && eventAfter(role, phrase)) out.push({ role, phrase, sentence: sentence.number });
    }
  }
  return out;
}

/** A clause of another sentence in the form of the key ("Because …", "To …", "By …", a noun phrase). */
function recast(clause: Clause, role: Role, names: ReadonlySet<string>): string | null {
  const body = [clause.subject, clause.verb, clause.rest].join(' ').replace(/\s+/g, ' ').trim();
  switch (role) {
    case 'after':
      return pastClause(clause) ? lowerFirst(body, names) : null;
    case 'because':
    case 'so-that':
      return lowerFirst(body, names);
    case 'to':
      return verbPhrase(clause, 'infinitive');
    case 'by':
    case 'after-ing':
      return verbPhrase(clause, 'gerund');
    default:
      return null;
  }
}

/** Noun phrases of other sentences, for a key that is a noun phrase ("because of its election defeat"). */
const nounPhrases = memo(findNounPhrases);

function findNounPhrases(text: string): string[] {
  const nouns = nlp(text).nouns().json({ offset: true }) as Array<{ text: string }>;
  return nouns
    .map((noun) => noun.text.replace(/^[\s,"“(]+|[\s,.;:"”)]+$/g, ''))
    .filter((phrase) => {
      const count = words(phrase);
      if (count < 2 || count > 9 || /\d|["“”—–:;\[\]]|\s-\s|-$/.test(phrase)) return false;
      if (
        /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|yesterday|today|tomorrow)\b/i.test(
          phrase,
        )
      )
        return false;
      if (
        /^(?:he|she|it|they|this|that|these|those|in|on|at|of|for|with|by|from|to|and|or|but|as|which|who)\b/i.test(
          phrase,
        )
      )
        return false;
      // A common noun heads it ("the love between two people"), not a name ("Mark Antony").
      const tagged = wordsOf(phrase);
      const last = tagged.at(-1);
      return (
        tagged.some((word) => word.pos === 'NOUN') &&
        !tagged.some((word) => word.pos === 'PROPN') &&
        !!last &&
        ['NOUN', 'PROPN'].includes(last.pos) &&
        ['DET', 'ADJ', 'NOUN', 'PRON', 'NUM'].includes(tagged[0]!.pos)
      );
    });
}

/**
 * Whole, plain sentences of the article (no comma, no quotation, no pronoun subject, 6 to 18
 * words): the only ones that still read well when recast as an option ("Because the river is
 * closed to boats", "To take part in the competition").
 */
export function plainClauses(analysis: Analysis, except: number): Clause[] {
  const out: Clause[] = [];
  for (const sentence of analysis.sentences) {
    if (Math.abs(sentence.number - except) <= 1 || needsContext(sentence) || /["“”()[\]]/.test(sentence.text)) continue;
    // The whole sentence, or its main clause before a side clause (", which …", ", killing …"),
    // without a fronted time ("On Friday, …") or a description of its subject ("Mohamed, 14, …").
    const head = withoutAppositive(
      sentence.text
        .replace(/[.!]$/, '')
        .replace(
          /^(?:On|In|At|By|Last|This|Earlier|Later|Yesterday|Today|Since|Until|During)\b[^,]{0,30}, (?=[\p{Lu}])/u,
          '',
        ),
    )
      .split(
        /,\s*(?=(?:which|who|where|while|whereas|but|and|according to|said|says|killing|leaving|making|bringing|with)\b)|;|:|\s[—–]\s/,
      )[0]!
      .trim();
    if (/,(?!\d{3})/.test(head) || words(head) < 6 || words(head) > 18) continue;
    const clause = parseClause(head);
    if (!clause?.main || clause.fronted || clause.negative) continue;
    if (/^(?:he|she|it|they|we|i|you|this|these|those|there)$/i.test(clause.subject)) continue;
    if (wordsOf(clause.subject)[0]?.pos === 'VERB' || REPORTING.test(clause.main.text)) continue;
    out.push(clause);
  }
  return out;
}

/** A noun phrase that can be a reason or a result: an event, a state, a process ("its election defeat", "uncertainty"), not a person or a thing. */
function abstractPhrase(phrase: string): boolean {
  const head = wordsOf(phrase)
    .filter((word) => word.pos === 'NOUN')
    .at(-1);
  if (!head) return false;
  return (
    /(?:tion|sion|ment|ity|ness|ance|ence|ure|sis|age|ism|ship|cy|ing|ry|al|th|ss)$/.test(head.lemma) ||
    /^(?:defeat|injury|fear|fears|concern|demand|crisis|war|storm|rain|wind|flood|fire|attack|death|loss|win|victory|change|rise|fall|drop|decline|debt|shortage|strike|protest|ban|law|rule|risk|threat|pressure|problem|issue|lack|cost|price|delay|error|fault|mistake|damage|illness|disease|infection|weather|quake|earthquake|tsunami|virus|outbreak|shooting|bomb|blast|explosion|crash|collision|accident|dispute|row|claim|report|decision|plan|policy|deal|order|request|campaign|reform|vote|election|result|pollution|heat|warming|demand)$/.test(
      head.lemma,
    )
  );
}

function distractors(analysis: Analysis, reason: Reason, key: string, seed: string, question = ''): string[] {
  const keyTokens = new Set(significantTokens(reason.phrase));
  // What came before an event: another event of the same thread may have come before it too, so
  // wrong options share no word with the question ("After the two Koreas exchanged fire", asked
  // when South Korea evacuated a town, would also be true).
  if (reason.role === 'after' || reason.role === 'after-ing')
    for (const token of significantTokens(question)) keyTokens.add(token);
  const keyWords = words(reason.phrase);
  const fits = (phrase: string) => {
    const count = words(phrase);
    if (count < Math.max(2, keyWords * 0.5) || count > Math.max(keyWords * 2, keyWords + 4)) return false;
    if (significantTokens(phrase).some((token) => keyTokens.has(token))) return false;
    return !/["“”[\]]/.test(phrase) && !/^(?:he|she|it|they|this|that|we|i)\b/i.test(phrase);
  };
  const pool: string[] = [];
  const add = (phrase: string | null) => {
    if (!phrase) return;
    const option = `${PREFIX[reason.role]}${phrase}`.replace(/\s+/g, ' ').trim();
    const normal = canonicalAnswer(option);
    if (!fits(phrase) || normal === canonicalAnswer(key) || pool.some((other) => canonicalAnswer(other) === normal))
      return;
    pool.push(upperFirst(option));
  };
  // First the article's other reasons of the same role: what it says about something else.
  for (const other of reasonsOf(analysis)) {
    if (other.sentence === reason.sentence || other.role !== reason.role) continue;
    // Beside a past event, no future one ("After the new road opens next year").
    if (other.role === 'after') {
      const clause = parseClause(upperFirst(other.phrase));
      if (!clause || !pastClause(clause)) continue;
    }
    add(other.phrase);
  }
  if (['because-of', 'in-response', 'caused-by', 'led-to'].includes(reason.role)) {
    // A noun phrase key: other events and states the article names.
    const others = seededShuffle(
      analysis.sentences.filter((s) => Math.abs(s.number - reason.sentence) > 1 && !hasQuotedSpeech(s.text)),
      seed,
    );
    for (const sentence of others) {
      if (pool.length >= 8) break;
      for (const phrase of nounPhrases(sentence.text)) if (abstractPhrase(phrase)) add(phrase);
    }
  } else {
    // A clause or a verb phrase key: plain sentences of the article in the key's form.
    for (const clause of seededShuffle(plainClauses(analysis, reason.sentence), seed)) {
      if (pool.length >= 8) break;
      add(recast(clause, reason.role, analysis.names));
    }
  }
  return pool;
}

export function comprehensionCandidates(context: Context, sentence: Sentence): Candidate[] {
  const { analysis } = context;
  const out: Candidate[] = [];
  for (const { role, pattern } of MARKERS) {
    const match = pattern.exec(sentence.text);
    if (!match) continue;
    const kind = KIND[role];
    const phrase = phraseAfter(sentence.text, match.index + match[0].length);
    const beforeText = sentence.text.slice(0, match.index).replace(/[\s,]+$/, '');
    const reasonKey = phrase ? `${PREFIX[role]}${phrase}` : '';
    const key = upperFirst(reasonKey);
    const unfit = unfitSentence(sentence, 50) ?? (isMinutiae(sentence) ? 'trivia' : null);
    if (unfit) {
      reject(context, kind, sentence, unfit, key, sentence.text);
      continue;
    }
    // "…an enlargement of it, which he then could use to commit the image to the silk screen by applying
    // paint": the reason or means belongs to the relative clause, not to what the question would ask.
    if (/,\s*(?:which|who|whom|whose|where)\b/i.test(beforeText) && role !== 'caused-by' && role !== 'led-to') {
      reject(context, kind, sentence, 'side-phrase', key, sentence.text);
      continue;
    }
    if (insideQuotes(sentence.text, match.index) || hasQuotedSpeech(beforeText)) {
      reject(context, kind, sentence, 'side-phrase', key, sentence.text);
      continue;
    }
    const about = resolveOpener(analysis, sentence.text);
    if (needsContext(sentence) && !about) {
      reject(context, kind, sentence, 'needs-context', key, sentence.text);
      continue;
    }
    if (!phrase) {
      reject(context, kind, sentence, 'too-long', key, sentence.text);
      continue;
    }
    if (!eventAfter(role, phrase)) {
      reject(context, kind, sentence, 'trivia', key, sentence.text);
      continue;
    }
    const after = role === 'after' || role === 'after-ing';
    // "…was arrested after…" says when, not why; "X says he survived … after…" and "had to" do not
    // turn into a question of when.
    if (after && /\b(?:had|has|have) to\b/i.test(beforeText)) {
      reject(context, kind, sentence, 'broken-grammar', key, sentence.text);
      continue;
    }
    const resolved = (
      about ? beforeText.replace(/^(He|She) /, `${about.name} `) : after ? withoutAppositive(beforeText) : beforeText
    )
      .replace(/^So far,? /, '')
      .replace(/,?\s+however$/i, '');
    // "The accident, which occurred yesterday, was caused by…": the subject is all there is before the marker.
    const clause =
      role === 'caused-by' || role === 'led-to'
        ? subjectOnly(resolved, sentence.text.slice(match.index, match.index + match[0].length))
        : mainClause(resolved);
    const question = clause ? roleQuestion(clause, role, analysis.names) : null;
    if (
      !clause ||
      (after && (!clause.main || REPORTING.test(clause.main.text))) ||
      !question ||
      words(question) > 30 ||
      words(question) < 4 ||
      (question.match(/,/g) ?? []).length >= 2 ||
      /[[\]]/.test(question) ||
      /\b(?:be|of|that)\?$|(?<!\blead|\bled) to\?$/.test(question)
    ) {
      reject(context, kind, sentence, 'broken-grammar', key, sentence.text);
      continue;
    }
    // The question must not already say the reason.
    if (
      significantTokens(phrase).filter((token) => significantTokens(question).includes(token)).length >
      significantTokens(phrase).length / 2
    ) {
      reject(context, kind, sentence, 'answer-in-prompt', key, question);
      continue;
    }
    const pool = distractors(
      analysis,
      { role, phrase, sentence: sentence.number },
      key,
      `${sentence.number}:${role}`,
      question,
    );
    if (pool.length < OPTION_COUNT - 1) {
      reject(context, kind, sentence, 'no-distractors', key, question);
      continue;
    }
    // Wrong options of about the key's length: a much longer key stands out.
    const byLength = [...pool].sort((a, b) => Math.abs(words(a) - words(key)) - Math.abs(words(b) - words(key)));
    const wrong = byLength.slice(0, OPTION_COUNT - 1);
    const options = seededShuffle([key, ...wrong], `${sentence.number}:${role}:order`);
    out.push({
      kind,
      type: 'single',
      prompt: question,
      options,
      answer: key,
      explanation:
        role === 'after' || role === 'after-ing'
          ? `Sentence ${sentence.number} of the article says what came first: ${lowerFirst(reasonKey)}.`
          : `Sentence ${sentence.number} of the article gives the ${kind === 'how' ? 'means' : kind === 'what' ? 'link' : 'reason'}: ${lowerFirst(reasonKey)}.`,
      evidence: sentence.text,
      sentence: sentence.number,
      highlight: phrase,
      alternatives: byLength.slice(OPTION_COUNT - 1),
      notes: about ? [`“${about.pronoun}” is taken to mean ${about.name}: check.`] : [],
      fact: `why:${sentence.number}:${role}`,
      features: {
        [`kind_${kind}`]: 1,
        [`role_${role}`]: 1,
        lead: sentence.number <= 3 ? 1 : 0,
        position: sentence.number / analysis.sentences.length,
        sentence_words: words(sentence.text) / 40,
        question_words: words(question) / 20,
        key_words: words(key) / 10,
        pool: Math.log1p(pool.length),
        pronoun_resolved: about ? 1 : 0,
        fronted: clause.fronted ? 1 : 0,
        tagged_verbs: wordsOf(question).filter((word) => word.pos === 'VERB').length,
      },
    });
    break;
  }
  return out;
}

/** Verbs whose object is what the article reports someone said, found or decided. */
const REPORTING =
  /^(?:said|says|told|tells|stated|states|announced|announces|reported|confirmed|found|revealed|claimed|warned|believes|believed|argued|concluded|estimated|predicted|promised|agreed|decided|insisted|explained|admitted|suggested|noted|added|wrote|tweeted|ruled|accused|demanded|urged)$/i;

type Report = { sentence: number; subject: string; content: string; that: boolean };

/**
 * "Whitmore stated Montalvo left Scientology-related employment on September 24": who reported
 * what. The content is a clause ("that …") or, after "announced", "found" and the like, a noun
 * phrase; never a quotation, never one that opens with a pronoun no option could resolve.
 */
function reportOf(analysis: Analysis, sentence: Sentence): { clause: Clause; report: Report; rest: string } | null {
  if (hasQuotedSpeech(sentence.text) || /["“”]/.test(sentence.text)) return null;
  // "Several freight cars were crumpled, Reuters reported." / "According to Rathbun, a detective …":
  // read as "Reuters reported that several freight cars were crumpled".
  const body = sentence.text.replace(/[.!]$/, '');
  const trailing =
    /^(.{20,}), ((?:the )?[\p{Lu}][^,]{1,50}?) (said|says|reported|reports|stated|announced|added|confirmed)$/u.exec(
      body,
    );
  const according = /^According to ((?:the )?[\p{Lu}][^,]{1,50}), (.{20,})$/u.exec(body);
  const recast = trailing
    ? `${trailing[2]} ${trailing[3]} that ${lowerFirst(trailing[1]!, analysis.names)}.`
    : according && parseClause(according[2]!)
      ? `${upperFirst(according[1]!)} said that ${lowerFirst(according[2]!, analysis.names)}.`
      : sentence.text;
  const clause = parseClause(recast);
  if (!clause?.main || !REPORTING.test(clause.main.text) || clause.negative) return null;
  if (/^(?:he|she|they|it|this|that|we|i)$/i.test(clause.subject) || /[[\]]/.test(clause.subject)) return null;
  let rest = clause.rest;
  // "Debris believed to be part of an aircraft…": a participle, not a report.
  if (/^to\s/i.test(rest) || (/^(?:believed|thought|said|reported)$/i.test(clause.main.text) && /^to\b/.test(rest)))
    return null;
  // "told LA Weekly (in a statement) that …": the listener stays in the question.
  let listener = '';
  if (/^(?:told|tells)$/i.test(clause.main.text)) {
    const to =
      /^((?:the )?[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*)*|reporters|journalists|the press|police|officials)\s+/u.exec(
        rest,
      );
    if (!to) return null;
    listener = to[1]!;
    rest = rest.slice(to[0].length);
  }
  rest = rest.replace(/^(?:in a statement|on \w+day|on Twitter|to reporters|yesterday|today|last week)\s+/i, '');
  const that = /^that\s+/i.exec(rest);
  const content = (that ? rest.slice(that[0].length) : rest)
    .replace(/[.!]$/, '')
    // ", which operates the line," inside the clause goes; a side clause at its end is cut off.
    .replace(/,\s*(?:which|who|whose)\s[^,]{3,80},/g, '')
    .split(/,\s*(?:which|who|while|but|although|according to)\b|;/)[0]!
    .trim();
  if (
    words(content) < 3 ||
    words(content) > 20 ||
    /^(?:he|she|it|they|this|these|those|we|i|you|his|her|their|its)\b/i.test(content)
  )
    return null;
  const isClause = Boolean(parseClause(content));
  if (
    !isClause &&
    !/^(?:announced|found|revealed|confirmed|reported|estimated|promised|demanded)$/i.test(clause.main.text)
  )
    return null;
  return {
    clause,
    report: { sentence: sentence.number, subject: clause.subject, content, that: isClause },
    rest: listener,
  };
}

function sameSpeaker(a: string, b: string): boolean {
  const x = significantTokens(a);
  const y = new Set(significantTokens(b));
  return x.some((token) => y.has(token));
}

/** "What did Steve Whitmore tell LA Weekly?" — key: "That Montalvo left Scientology-related employment…". */
export function reportCandidates(context: Context, sentence: Sentence): Candidate[] {
  const { analysis } = context;
  const found = reportOf(analysis, sentence);
  if (!found) return [];
  const { clause, report, rest } = found;
  const question = toQuestion(clause, 'what', rest, analysis.names);
  if (!question || words(question) > 16) return [];
  const key = upperFirst(report.that ? `that ${lowerFirst(report.content, analysis.names)}` : report.content);
  const keyTokens = new Set(significantTokens(report.content));
  const others: string[] = [];
  for (const other of analysis.sentences) {
    if (Math.abs(other.number - sentence.number) <= 0) continue;
    const candidate = reportOf(analysis, other);
    if (!candidate || candidate.report.that !== report.that) continue;
    // Said by someone else, about something else.
    if (sameSpeaker(candidate.report.subject, report.subject)) continue;
    if (significantTokens(candidate.report.content).filter((token) => keyTokens.has(token)).length > 1) continue;
    const option = upperFirst(
      report.that ? `that ${lowerFirst(candidate.report.content, analysis.names)}` : candidate.report.content,
    );
    if (!others.some((o) => canonicalAnswer(o) === canonicalAnswer(option))) others.push(option);
  }
  // Then other statements of the article, in the same form: what it says about something else.
  if (report.that) {
    for (const other of seededShuffle(analysis.sentences, `${sentence.number}:statements`)) {
      if (others.length >= 8) break;
      if (
        Math.abs(other.number - sentence.number) <= 1 ||
        hasQuotedSpeech(other.text) ||
        needsContext(other) ||
        /["“”]/.test(other.text)
      )
        continue;
      const clause = parseClause(other.text.split(/,\s*(?:which|who|while|but|and|according to)\b|;/)[0]!);
      if (!clause || clause.fronted || words(clause.text) < 5 || words(clause.text) > 18) continue;
      // A report is offered by what it reports (above); an instruction ("Make sure…") is no statement.
      if (clause.main && REPORTING.test(clause.main.text)) continue;
      if (wordsOf(clause.subject)[0]?.pos === 'VERB' || /[[\]]/.test(clause.text)) continue;
      if (/^(?:he|she|it|they|this|these|those|we|i|you)$/i.test(clause.subject)) continue;
      // Nothing the same speaker reports, and no attribution left in it ("…, Reuters reported").
      if (
        sameSpeaker(clause.subject, report.subject) ||
        new RegExp(`,\\s*[^,]+ (?:said|says|reported|stated|added|told)\\b`).test(clause.text)
      )
        continue;
      const said = reportOf(analysis, other);
      if (said && sameSpeaker(said.report.subject, report.subject)) continue;
      if (significantTokens(clause.text).filter((token) => keyTokens.has(token)).length > 1) continue;
      const option = upperFirst(`that ${lowerFirst(clause.text.replace(/[.!]$/, ''), analysis.names)}`);
      if (!others.some((o) => canonicalAnswer(o) === canonicalAnswer(option))) others.push(option);
    }
  }
  if (others.length < OPTION_COUNT - 1) {
    reject(context, 'what', sentence, 'no-distractors', key, question);
    return [];
  }
  const byLength = [...others].sort((a, b) => Math.abs(words(a) - words(key)) - Math.abs(words(b) - words(key)));
  const options = seededShuffle([key, ...byLength.slice(0, OPTION_COUNT - 1)], `${sentence.number}:report`);
  return [
    {
      kind: 'what',
      type: 'single',
      prompt: question,
      options,
      answer: key,
      explanation: `Sentence ${sentence.number} of the article reports it: ${lowerFirst(report.content, analysis.names)}.`,
      evidence: sentence.text,
      sentence: sentence.number,
      highlight: report.content,
      alternatives: byLength.slice(OPTION_COUNT - 1),
      notes: [],
      fact: `report:${sentence.number}`,
      features: {
        kind_what: 1,
        role_report: 1,
        lead: sentence.number <= 3 ? 1 : 0,
        position: sentence.number / analysis.sentences.length,
        sentence_words: words(sentence.text) / 40,
        question_words: words(question) / 20,
        key_words: words(key) / 10,
        pool: Math.log1p(others.length),
      },
    },
  ];
}

/** Verbs whose subject is the cause of what follows ("A storm caused a crane to fall"). */
const CAUSING = /^(?:cause|force|prompt|lead|trigger|spark|allow|enable|push|persuade|encourage|drive|fuel)$/;

/**
 * "A storm yesterday caused a crane to fall into Mecca's Grand Mosque" → "What caused a crane to
 * fall into Mecca's Grand Mosque?" — key: "A storm". Wrong options are other things the article names.
 */
export function causeCandidates(context: Context, sentence: Sentence): Candidate[] {
  const { analysis } = context;
  const text = sentence.text;
  if (
    hasQuotedSpeech(text) ||
    /["“”]/.test(text) ||
    needsContext(sentence) ||
    unfitSentence(sentence, 50) ||
    isMinutiae(sentence)
  )
    return [];
  const clause = parseClause(text.split(/,\s*(?:killing|leaving|which|who|while|but|and|according to)\b|;/)[0]!);
  if (!clause?.main || clause.fronted || clause.negative || !CAUSING.test(clause.main.lemma.toLowerCase())) return [];
  if (clause.auxiliaries.some((aux) => /^(?:was|were|is|are|been|be)$/i.test(aux))) return [];
  // The subject is a thing or an event, not a person (a person is a "who" question).
  const subjectMentions = analysis.mentions.filter(
    (m) => m.sentence === sentence.number && m.start < text.indexOf(clause.verb),
  );
  if (subjectMentions.some((m) => m.kind === 'person') || /^(?:he|she|they|it|this|that)\b/i.test(clause.subject))
    return [];
  const cause = clause.subject.replace(/\s+(?:yesterday|today|recently|also|then|later|now)$/i, '');
  if (words(cause) < 2 || words(cause) > 10) return [];
  const object = clause.rest
    .split(/,?\s(?:and|but)\s(?=(?:[\p{Lu}][\p{L}-]*\s)?(?:was|were|is|are|has|had|have|did|\w+ed)\b)/u)[0]!
    .replace(/[\s,.]+$/, '');
  const question = `What ${clause.verb} ${object}?`;
  if (/^(?:the|a|an) (?:report|study|statement|law|results?|article|findings?)$/i.test(clause.subject)) return [];
  if (words(question) > 24 || words(question) < 5) return [];
  const key = upperFirst(cause);
  const keyTokens = new Set(significantTokens(cause));
  const pool: string[] = [];
  for (const other of seededShuffle(analysis.sentences, `${sentence.number}:causes`)) {
    if (pool.length >= 8) break;
    if (Math.abs(other.number - sentence.number) <= 1 || hasQuotedSpeech(other.text)) continue;
    for (const phrase of nounPhrases(other.text)) {
      if (!abstractPhrase(phrase)) continue;
      const option = upperFirst(phrase);
      if (
        significantTokens(phrase).some((token) => keyTokens.has(token)) ||
        significantTokens(phrase).some((token) => significantTokens(question).includes(token))
      )
        continue;
      if (words(phrase) < Math.max(2, words(cause) - 3) || words(phrase) > words(cause) + 4) continue;
      if (!pool.some((o) => canonicalAnswer(o) === canonicalAnswer(option))) pool.push(option);
    }
  }
  if (pool.length < OPTION_COUNT - 1) {
    reject(context, 'why', sentence, 'no-distractors', key, question);
    return [];
  }
  const options = seededShuffle([key, ...pool.slice(0, OPTION_COUNT - 1)], `${sentence.number}:cause`);
  return [
    {
      kind: 'why',
      type: 'single',
      prompt: question,
      options,
      answer: key,
      explanation: `Sentence ${sentence.number} of the article gives the cause: ${lowerFirst(cause, analysis.names)}.`,
      evidence: text,
      sentence: sentence.number,
      highlight: cause,
      alternatives: pool.slice(OPTION_COUNT - 1),
      notes: [],
      fact: `cause:${sentence.number}`,
      features: {
        kind_why: 1,
        role_causer: 1,
        lead: sentence.number <= 3 ? 1 : 0,
        position: sentence.number / analysis.sentences.length,
        sentence_words: words(text) / 40,
        question_words: words(question) / 20,
        key_words: words(key) / 10,
        pool: Math.log1p(pool.length),
      },
    },
  ];
}

/**
 * "Who said the current voluntary standards for shopping cart safety are not adequate?" — the
 * speaker of a report, among the article's other people (or organisations, for a body's statement).
 * Only a speaker the story is about (named twice, or with a major role), never a news outlet.
 */
export function speakerCandidates(context: Context, sentence: Sentence): Candidate[] {
  const { analysis } = context;
  const found = reportOf(analysis, sentence);
  if (!found || !found.report.that) return [];
  const { clause, report } = found;
  const speaker = analysis.mentions.find(
    (m) =>
      m.sentence === sentence.number &&
      (m.kind === 'person' || m.kind === 'org') &&
      clause.subject.includes(m.name ?? m.text),
  );
  if (!speaker || speaker.orgType === 'media') return [];
  const identity = analysis.identityOf.get(speaker)!;
  if (identity.ambiguous || identity.inTitle) return [];
  const role = personRole(sentence.text, speaker);
  if (speaker.kind === 'person' && salience(identity) < 2 && role !== 'major') return [];
  const verb = clause.main!.text.toLowerCase();
  const past = /^(?:says|states|tells|announces)$/.test(verb) ? verb : verb === 'told' ? 'said' : verb;
  const content = lowerFirst(report.content, analysis.names);
  const question = `Who ${past === 'tells' ? 'says' : past} that ${content}?`;
  if (words(question) > 28 || /[[\]"“”]/.test(question)) return [];
  const answer = identity.canonical;
  const pool = distractorPool(analysis, speaker, sentence, question).filter((option) => !sameSpeaker(option, answer));
  const options = chooseOptions(answer, pool, `${sentence.number}:speaker`, namedInArticle(analysis, pool.slice(0, 5)));
  if (!options) {
    reject(context, 'who', sentence, 'no-distractors', answer, question);
    return [];
  }
  return [
    {
      kind: 'who',
      type: 'single',
      prompt: question,
      options,
      answer,
      explanation: `Sentence ${sentence.number} of the article reports it: ${answer}.`,
      evidence:
        answer === speaker.name || answer === speaker.text
          ? sentence.text
          : [sentence.text, analysis.sentences.find((s) => s.text.includes(answer))?.text ?? sentence.text],
      sentence: sentence.number,
      highlight: speaker.text,
      alternatives: pool.filter((option) => !options.includes(option)),
      notes: [],
      fact: identity.key,
      features: {
        kind_who: 1,
        role_speaker: 1,
        salience: Math.log1p(salience(identity)),
        role_major: role === 'major' ? 1 : 0,
        lead: sentence.number <= 3 ? 1 : 0,
        position: sentence.number / analysis.sentences.length,
        question_words: words(question) / 20,
        pool: Math.log1p(pool.length),
      },
    },
  ];
}

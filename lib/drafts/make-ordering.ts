import type { Sentence } from '@/lib/content/text';
import type { Candidate, Context } from './candidate';
import { hasQuotedSpeech, needsContext, words } from './filters';
import { resolveOpener } from './make-entity';

/**
 * Where the article dates three or more events by year, one ordering question: the sentences, with
 * their dates taken out, to put in the order they happened.
 */

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const MAX_ITEM_WORDS = 22;

export function orderingCandidate(context: Context): Candidate | null {
  const { analysis } = context;
  const events: Array<{ sentence: Sentence; key: number; item: string; date: string }> = [];
  for (const sentence of analysis.sentences) {
    const about = resolveOpener(analysis, sentence.text);
    if ((needsContext(sentence) && !about) || hasQuotedSpeech(sentence.text) || /\?["”]?$/.test(sentence.text))
      continue;
    const dated = analysis.mentions.filter(
      (m) => m.sentence === sentence.number && m.kind === 'date' && /\b(?:1[5-9]\d\d|20\d\d)\b/.test(m.text),
    );
    // Two dates in one sentence ("from 2006 to 2009"): which one orders it?
    if (dated.length !== 1 || (sentence.text.match(/\b(?:1[5-9]\d\d|20\d\d)\b/g) ?? []).length !== 1) continue;
    const mention = dated[0]!;
    const year = Number(/\b(1[5-9]\d\d|20\d\d)\b/.exec(mention.text)![1]);
    const month = MONTHS.findIndex((name) => mention.text.includes(name));
    const key = year * 100 + (month + 1);
    const removed =
      `${sentence.text.slice(0, mention.start).replace(/(?:,\s*)?\b(?:in|on|by|since|from|during|around|until|of)\s+$/i, '')}${sentence.text.slice(mention.end)}`
        .replace(/^\s*,\s*/, '')
        .replace(/\s+([,.;])/g, '$1')
        .replace(/,\s*,/g, ',')
        .replace(/\s{2,}/g, ' ')
        .trim();
    const capitalised = `${removed[0]!.toUpperCase()}${removed.slice(1)}`;
    const item = (about ? capitalised.replace(/^(He|She) /, `${about.name} `) : capitalised).replace(/[.!]$/, '');
    if (words(item) > MAX_ITEM_WORDS || words(item) < 4 || /^(?:He|She|It|They|His|Her|Its|Their)\b/.test(item))
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
    fact: 'ordering',
    features: { kind_ordering: 1, items: chosen.length / 4 },
  };
}

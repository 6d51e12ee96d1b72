import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  locateQuote,
  PARAGRAPH_SEPARATOR,
  readingMinutes,
  sentenceNumbersForSpan,
  splitParagraphs,
} from './text';
import { sentencesOf, splitSentences } from './sentences';

const raw = readFileSync(path.join(process.cwd(), 'content/articles/kim-jong-un-russia-visit.md'), 'utf8');
const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
const paragraphs = splitParagraphs(body);
const text = paragraphs.join(PARAGRAPH_SEPARATOR);
const sentences = sentencesOf(paragraphs);

describe('splitParagraphs', () => {
  it('splits on blank lines, joins wrapped lines and drops empty paragraphs', () => {
    expect(splitParagraphs('One line\nwrapped.\r\n\r\n\n  \nSecond.  \n\n')).toEqual(['One line wrapped.', 'Second.']);
  });

  it('finds the 7 paragraphs of the real article', () => {
    expect(paragraphs).toHaveLength(7);
  });
});

describe('splitSentences', () => {
  it('splits the real article into 17 sentences', () => {
    const count = paragraphs.reduce((sum, p) => sum + splitSentences(p).length, 0);
    expect(count).toBe(17);
    expect(sentences).toHaveLength(17);
    expect(sentences[0]!.text).toMatch(/^North Korean leader Kim Jong Un has emphasized/);
    expect(sentences[16]!.text).toBe(
      'As the summit unfolds, the world will closely watch the outcomes that may shape the dynamics of Northeast Asia.',
    );
  });

  it('splits after a closing quote and before an opening one, but not before a lower-case word', () => {
    expect(splitSentences('He said “Go.” Then he left. “Why?” she asked.')).toEqual([
      'He said “Go.”',
      'Then he left.',
      '“Why?” she asked.',
    ]);
    expect(splitSentences('Talks with U.S. officials went on. 2023 was busy.')).toEqual([
      'Talks with U.S. officials went on.',
      '2023 was busy.',
    ]);
  });
});

describe('sentencesOf', () => {
  it('numbers sentences from 1 across paragraphs, with offsets into the joined text', () => {
    expect(sentences.map((s) => s.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6]);
  });
});

describe('locateQuote', () => {
  it('finds a verbatim quote', () => {
    const quote = 'He was welcomed by an honor guard';
    const span = locateQuote(text, quote)!;
    expect(text.slice(span.start, span.end)).toBe(quote);
  });

  it('treats a straight apostrophe as the typographic one in the article', () => {
    expect(text).toContain('Japan’s Kyodo news');
    const span = locateQuote(text, "According to Japan's Kyodo news")!;
    expect(span).not.toBeNull();
    expect(text.slice(span.start, span.end)).toBe('According to Japan’s Kyodo news');
  });

  it('treats runs of whitespace (and a line break) as one space', () => {
    const span = locateQuote(text, '  Kim Jong Un arrived   in the\nRussian Far East ')!;
    expect(text.slice(span.start, span.end)).toBe('Kim Jong Un arrived in the Russian Far East');
  });

  it('maps offsets back correctly when the article itself has a whitespace run', () => {
    const source = 'Alpha  beta gamma.';
    const span = locateQuote(source, 'beta gamma')!;
    expect(source.slice(span.start, span.end)).toBe('beta gamma');
    expect(locateQuote(source, 'Alpha beta')).toEqual({ start: 0, end: 11 });
  });

  it('is case-sensitive', () => {
    expect(locateQuote(text, 'he was welcomed by an honor guard')).toBeNull();
    expect(locateQuote(text, 'KHASAN')).toBeNull();
  });

  it('returns null for a quote that is not there or is empty', () => {
    expect(locateQuote(text, 'He was welcomed by a brass band')).toBeNull();
    expect(locateQuote(text, '   ')).toBeNull();
  });
});

describe('sentenceNumbersForSpan', () => {
  it('gives the sentence a quote falls in', () => {
    const span = locateQuote(text, 'He was welcomed by an honor guard')!;
    expect(sentenceNumbersForSpan(sentences, span)).toEqual([6]);
  });

  it('gives every sentence a quote spans', () => {
    const span = locateQuote(text, 'via a private train. He was welcomed')!;
    expect(sentenceNumbersForSpan(sentences, span)).toEqual([5, 6]);
  });

  it('does not count a sentence that only touches the span', () => {
    const sixth = sentences[5]!;
    expect(sentenceNumbersForSpan(sentences, { start: sixth.start, end: sixth.end })).toEqual([6]);
    expect(sentenceNumbersForSpan(sentences, { start: sixth.end, end: sixth.end + 1 })).toEqual([]);
  });
});

describe('countWords and readingMinutes', () => {
  it('counts words with a letter or digit, ignoring lone punctuation', () => {
    expect(countWords('Kim – and Putin, in 2023 !')).toBe(5);
  });

  it('reads at 200 words a minute, at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(99)).toBe(1);
    expect(readingMinutes(500)).toBe(3);
    expect(readingMinutes(1000)).toBe(5);
  });
});

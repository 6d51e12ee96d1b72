import { describe, expect, it } from 'vitest';
import { sentenceSegments, sentenceSpans } from './highlight';
import { sentencesOf } from './sentences';
import { locateQuote, PARAGRAPH_SEPARATOR, sentenceNumbersForSpan } from './text';

const paragraphs = ['First sentence here. Second one follows it.', 'A new paragraph starts. It ends.'];
const text = paragraphs.join(PARAGRAPH_SEPARATOR);
const sentences = sentencesOf(paragraphs);

function cite(quote: string) {
  const span = locateQuote(text, quote)!;
  return { quote, ...span, sentences: sentenceNumbersForSpan(sentences, span) };
}

describe('sentenceSpans', () => {
  it('gives each citation as offsets into its own sentence, in citation order', () => {
    const spans = sentenceSpans(sentences, [cite('It ends.'), cite('Second one')]);
    expect(spans).toEqual([
      { sentence: 4, from: 0, to: 8 },
      { sentence: 2, from: 0, to: 10 },
    ]);
    expect(sentences[3]!.text.slice(0, 8)).toBe('It ends.');
  });

  it('splits a quote across two sentences at the sentence boundary', () => {
    const spans = sentenceSpans(sentences, [cite('here. Second')]);
    expect(spans).toEqual([
      { sentence: 1, from: 15, to: 20 },
      { sentence: 2, from: 0, to: 6 },
    ]);
  });

  it('skips a sentence the article does not have', () => {
    expect(sentenceSpans(sentences, [{ quote: 'x', start: 0, end: 5, sentences: [99] }])).toEqual([]);
  });
});

describe('sentenceSegments', () => {
  it('marks the cited parts and keeps the rest as plain text', () => {
    expect(sentenceSegments('One two three four.', [{ from: 4, to: 7 }])).toEqual([
      { text: 'One ', marked: false },
      { text: 'two', marked: true },
      { text: ' three four.', marked: false },
    ]);
  });

  it('merges overlapping spans and clips them to the text', () => {
    expect(
      sentenceSegments('abcdefgh', [
        { from: 5, to: 20 },
        { from: 0, to: 3 },
        { from: 2, to: 4 },
      ]),
    ).toEqual([
      { text: 'abc', marked: true },
      { text: 'd', marked: true },
      { text: 'e', marked: false },
      { text: 'fgh', marked: true },
    ]);
  });

  it('marks a whole sentence as one part', () => {
    const parts = sentenceSegments('A whole sentence.', [{ from: 0, to: 17 }]);
    expect(parts).toEqual([{ text: 'A whole sentence.', marked: true }]);
  });
});

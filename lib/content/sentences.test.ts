import { describe, expect, it } from 'vitest';
import { sentencesOf, splitSentences } from './sentences';

/**
 * The reader's sentence splitter (wink-nlp plus three repairs): abbreviations, initials,
 * honorifics and decimals never end a sentence; a real boundary after them still does.
 */
describe('splitSentences', () => {
  it('keeps initials, honorifics, abbreviations, times, dates and decimals inside a sentence', () => {
    expect(
      splitSentences(
        "President George W. Bush met Dr. Smith in St. John's at 3 p.m. on Dec. 8. Prices rose 2.5 percent. Mr. Key spoke to the U.N. Security Council.",
      ),
    ).toEqual([
      "President George W. Bush met Dr. Smith in St. John's at 3 p.m. on Dec. 8.",
      'Prices rose 2.5 percent.',
      'Mr. Key spoke to the U.N. Security Council.',
    ]);
  });

  it('never splits inside a word (a web address) and keeps a closing quote with its sentence', () => {
    expect(splitSentences('Visitors of Gawker.com saw it. It was "great." Then it ended.')).toEqual([
      'Visitors of Gawker.com saw it.',
      'It was "great."',
      'Then it ended.',
    ]);
  });

  it('joins a piece that starts in lower case or follows an honorific the model does not know', () => {
    expect(splitSentences('The Rev. Al Sharpton spoke. Sen. John McCain (R-Ariz.) said no to it.')).toEqual([
      'The Rev. Al Sharpton spoke.',
      'Sen. John McCain (R-Ariz.) said no to it.',
    ]);
  });

  it('still splits after "U.S." when a new sentence starts', () => {
    expect(splitSentences('Talks with U.S. officials went on. 2023 was busy.')).toEqual([
      'Talks with U.S. officials went on.',
      '2023 was busy.',
    ]);
  });

  it('numbers sentences across paragraphs with offsets into the joined text', () => {
    const paragraphs = ['First one. Second one.', 'Third, by Dr. Who, ends here.'];
    const sentences = sentencesOf(paragraphs);
    expect(sentences.map((s) => [s.number, s.paragraph, s.text])).toEqual([
      [1, 0, 'First one.'],
      [2, 0, 'Second one.'],
      [3, 1, 'Third, by Dr. Who, ends here.'],
    ]);
    const text = paragraphs.join('\n\n');
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

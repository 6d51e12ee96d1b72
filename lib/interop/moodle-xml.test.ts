import { describe, expect, it } from 'vitest';
import { listSets } from '@/lib/content/catalog.server';
import { fromMoodleXml, toMoodleXml } from './moodle-xml';
import { portableOf } from './portable';

describe('Moodle XML', () => {
  it('every shipped set, every type, exported and read back is unchanged', () => {
    for (const set of listSets()) {
      const questions = set.questions.map(portableOf);
      const read = fromMoodleXml(toMoodleXml({ title: set.title, category: `Newsquiz/${set.id}`, questions }));
      expect(read.errors, set.id).toEqual([]);
      expect(read.notImported, set.id).toEqual([]);
      expect(
        read.questions.map(({ line: _line, ...q }) => q),
        set.id,
      ).toEqual(questions);
    }
    expect(new Set(listSets().flatMap((s) => s.questions.map((q) => q.type)))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'typed', 'ordering']),
    );
  });

  it('characters XML reserves survive', () => {
    const question = {
      id: 'odd-characters',
      type: 'typed' as const,
      prompt: 'What did <b> & "quotes" say -- in ]]> CDATA?',
      answer: 'a < b & c',
      accept: ['a&lt;b'],
      reject: ['"no"'],
      explanation: 'Two\nlines.',
      evidence: [{ quote: 'It said a < b.', sentence: null }],
    };
    const read = fromMoodleXml(toMoodleXml({ title: 'T -- x', category: 'c', questions: [question] }));
    expect(read.questions.map(({ line: _line, ...q }) => q)).toEqual([question]);
  });

  it('reads a bank written by Moodle (HTML text): what it can hold, the rest listed by line', () => {
    const bank = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Default</text></category></question>
  <question type="multichoice">
    <name><text>Capital of France</text></name>
    <questiontext format="html"><text><![CDATA[<p>What is the <b>capital</b> of France?</p>]]></text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <single>true</single>
    <answer fraction="100" format="html"><text><![CDATA[<p>Paris</p>]]></text></answer>
    <answer fraction="0" format="html"><text>London</text></answer>
  </question>
  <question type="matching">
    <name><text>Match capitals</text></name>
    <questiontext format="html"><text>Match</text></questiontext>
  </question>
  <question type="truefalse">
    <name><text>tf-1</text></name>
    <questiontext format="moodle_auto_format"><text>The sun is a star.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>`;
    const read = fromMoodleXml(bank);
    expect(read.errors).toEqual([]);
    expect(read.questions.map(({ line, type, id, prompt }) => ({ line, type, id, prompt }))).toEqual([
      { line: 4, type: 'single', id: 'capital-of-france', prompt: 'What is the capital of France?' },
      { line: 16, type: 'truefalse', id: 'tf-1', prompt: 'The sun is a star.' },
    ]);
    expect(read.questions[0]).toMatchObject({ options: ['Paris', 'London'], answer: 'Paris' });
    expect(read.notImported).toEqual([
      { line: 12, title: 'Match capitals', reason: 'matching pairs: there is no such type here' },
    ]);
  });

  it('broken XML names its line; XML that is not a bank says what was expected', () => {
    expect(fromMoodleXml('<quiz>\n  <question type="truefalse">\n  </quiz>').errors).toEqual([
      { line: expect.any(Number), message: expect.stringMatching(/^the XML is broken: /) },
    ]);
    expect(fromMoodleXml('<html></html>').errors).toEqual([
      { line: 1, message: 'expected a <quiz> element holding the questions (Moodle XML)' },
    ]);
  });
});

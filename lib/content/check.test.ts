import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type ContentFile, type ContentProblem } from './check';
import YAML from 'yaml';
import { ContentFolderError, readContentFiles } from './files';

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const VALID_DIR = path.join(FIXTURES, 'valid');

/** A fixture as a ContentFile, with a short path so problems are easy to compare. */
function fixture(relative: string): ContentFile {
  return { path: relative, text: readFileSync(path.join(FIXTURES, relative), 'utf8') };
}

const ARTICLE = fixture('valid/articles/fixture-article.md');
const VALID_SET = fixture('valid/sets/fixture-valid.yaml');

function brokenSet(name: string): ContentFile {
  return fixture(`broken/sets/${name}.yaml`);
}

/** Checks one broken set with the valid article; returns its problems. */
function problemsOf(...sets: ContentFile[]): ContentProblem[] {
  return checkContent({ articles: [ARTICLE], sets }).problems;
}

describe('the content folder', () => {
  it('a missing folder fails with a message naming it, instead of an empty site', () => {
    expect(() => readContentFiles(path.join(FIXTURES, 'no-such-folder'))).toThrow(ContentFolderError);
    expect(() => readContentFiles(path.join(FIXTURES, 'no-such-folder'))).toThrow(
      /Cannot read the content folder .*no-such-folder.*articles: it does not exist/,
    );
  });

  it('a folder with no articles or no sets is a problem, not an empty site', () => {
    expect(checkContent({ articles: [], sets: [] }).problems.map((p) => p.message)).toEqual([
      'has no articles (*.md): the app has nothing to show',
      'has no question sets (*.yaml): the app has nothing to ask',
    ]);
  });
});

describe('the "All questions" set', () => {
  it('every article gets one, with each of its questions once and the sets it is made of', () => {
    const { catalog } = checkContent(readContentFiles(VALID_DIR));
    const all = catalog!.sets.find((s) => s.id === 'fixture-article-all')!;
    expect(all).toMatchObject({ title: 'All questions', category: 'all', articleId: 'fixture-article' });
    expect(all.questions.map((q) => q.id)).toEqual([...catalog!.questions.keys()].sort((a, b) => {
      const order = all.questions.map((q) => q.id);
      return order.indexOf(a) - order.indexOf(b);
    }));
    expect(new Set(all.questions.map((q) => q.id)).size).toBe(catalog!.questions.size);
    expect(all.parts!.map((p) => p.setId)).toEqual(['fixture-valid', 'fixture-review']);
  });

  it('its id cannot be taken by an authored set', () => {
    const taken = { path: 'sets/fixture-article-all.yaml', text: VALID_SET.text.replace('id: fixture-valid', 'id: fixture-article-all') };
    const problems = checkContent({ articles: [ARTICLE], sets: [taken] }).problems;
    expect(problems.map(formatProblem)).toContain(
      'sets/fixture-article-all.yaml › set › id: "fixture-article-all" is the id of the article\'s "All questions" set, which is made automatically: choose another',
    );
  });
});

describe('retired question ids', () => {
  it('a retired id cannot be given to a new question', () => {
    const retired = { path: 'retired.yaml', text: 'retired:\n  - id: valid-single\n    why: Replaced.\n' };
    const problems = checkContent({ articles: [ARTICLE], sets: [VALID_SET], retired }).problems.map(formatProblem);
    expect(problems).toEqual([
      'valid/sets/fixture-valid.yaml › valid-single › id: was retired (retired.yaml): saved progress may still mention it, so a new question needs a new id',
    ]);
  });

  it('a malformed retired list names its field', () => {
    const retired = { path: 'retired.yaml', text: 'retired:\n  - id: Not A Slug\n' };
    const problems = checkContent({ articles: [ARTICLE], sets: [VALID_SET], retired }).problems.map(formatProblem);
    expect(problems).toEqual([
      'retired.yaml › retired[0].id: must use lower-case letters, digits and single hyphens (like "who-welcomed-kim")',
      'retired.yaml › retired[0].why: is required',
    ]);
  });
});

describe('content warnings (weaker questions)', () => {
  const question = (fields: Record<string, unknown>) => ({ explanation: 'Because.', evidence: 'The city council met in Lisbon on Monday.', ...fields });
  const setWith = (questions: unknown[]) => ({
    path: 'sets/fixture-valid.yaml',
    text: YAML.stringify({ id: 'fixture-valid', title: 'Who', category: 'who', article: 'fixture-article', description: 'Test.', questions }),
  });
  const warningsOf = (questions: unknown[]) =>
    checkContent({ articles: [ARTICLE], sets: [setWith(questions)] }).warnings.map(formatProblem);

  it('a prompt that states another question’s answer is a giveaway', () => {
    expect(
      warningsOf([
        question({ id: 'where-met', type: 'typed', prompt: 'Where did the council meet?', answer: 'Lisbon' }),
        question({ id: 'when-met', type: 'typed', prompt: 'On which day did the council meet in Lisbon?', answer: 'Monday' }),
      ]),
    ).toEqual([
      'sets/fixture-valid.yaml › when-met › prompt: gives away the answer of where-met ("Lisbon"): reword it, or give both the same fact so a quiz asks only one',
    ]);
  });

  it('an option that spells out what a typed question asks for is a giveaway', () => {
    expect(
      warningsOf([
        question({ id: 'who-mayor', type: 'typed', prompt: 'Who opened the session?', answer: 'Ana Costa' }),
        question({
          id: 'who-else',
          type: 'single',
          prompt: 'Who chaired?',
          options: ['Mayor Ana Costa', 'A judge', 'A pilot', 'A baker'],
          answer: 'A judge',
        }),
      ]),
    ).toEqual([
      'sets/fixture-valid.yaml › who-else › options: an option spells out the answer of who-mayor ("Ana Costa"): replace it, or give both the same fact',
    ]);
  });

  it('looks for giveaways across sets (any two can be mixed), and accepts a pair that shares a fact', () => {
    const where = setWith([question({ id: 'where-met', type: 'typed', prompt: 'Where did the council meet?', answer: 'Lisbon' })]);
    const when = (fact?: string) => ({
      path: 'sets/fixture-when.yaml',
      text: YAML.stringify({
        id: 'fixture-when',
        title: 'When',
        category: 'when',
        article: 'fixture-article',
        description: 'Test.',
        questions: [
          question({ id: 'when-met', type: 'typed', prompt: 'On which day did the council meet in Lisbon?', answer: 'Monday', ...(fact ? { fact } : {}) }),
        ],
      }),
    });
    const withFact = (fact?: string) => ({ ...where, text: fact ? where.text.replace('id: where-met', `id: where-met\n    fact: ${fact}`) : where.text });
    expect(checkContent({ articles: [ARTICLE], sets: [withFact(), when()] }).warnings.map(formatProblem)).toEqual([
      'sets/fixture-when.yaml › when-met › prompt: gives away the answer of where-met ("Lisbon"): reword it, or give both the same fact so a quiz asks only one',
    ]);
    const shared = checkContent({ articles: [ARTICLE], sets: [withFact('meeting'), when('meeting')] });
    expect(shared.warnings).toEqual([]);
    expect(shared.catalog!.sets.find((set) => set.category === 'all')!.rules.apart).toEqual([['where-met', 'when-met']]);
  });

  it('two questions of one set on the same fact: a quiz of the set would ask only one', () => {
    expect(
      warningsOf([
        question({ id: 'who-mayor', type: 'typed', prompt: 'Who opened the session?', answer: 'Ana Costa', fact: 'opening' }),
        question({ id: 'tf-opened', type: 'truefalse', prompt: 'The session was opened by a judge.', answer: false, fact: 'opening' }),
      ]),
    ).toEqual([
      'sets/fixture-valid.yaml › tf-opened › fact: shares the fact "opening" with who-mayor in this set, so a quiz of the set asks only one of them: move one to another set',
    ]);
  });

  it('two questions whose feedback states each other’s answer cannot both be fair in Practice mode', () => {
    expect(
      warningsOf([
        question({ id: 'where-met', type: 'typed', prompt: 'Where did the council meet?', answer: 'Lisbon', explanation: 'It met there on Monday.' }),
        question({ id: 'when-met', type: 'typed', prompt: 'On which day did the council meet?', answer: 'Monday', explanation: 'It met in Lisbon.' }),
      ]),
    ).toEqual([
      'sets/fixture-valid.yaml › when-met › explanation: its feedback and that of where-met state each other\'s answers ("Lisbon"), so no order keeps both fair: trim one explanation, or give both the same fact',
    ]);
  });

  it('a prompt that copies eight or more words of the article in a row tests spotting words', () => {
    expect(
      warningsOf([
        question({ id: 'why-buses', type: 'single', prompt: 'What happened after residents’ groups asked for more buses to the harbour?', options: ['It was studied', 'No', 'Maybe', 'Later'], answer: 'It was studied', evidence: 'The council agreed to study the request.' }),
      ]),
    ).toEqual([
      'sets/fixture-valid.yaml › why-buses › prompt: copies 9 words of the article in a row ("residents groups asked for more buses to the harbour"): put it in other words',
    ]);
  });

  it('a written card that drops the article’s hedge ("including", "at least", "expected"…) says more than the article', () => {
    const card = (back: string) =>
      question({
        id: 'what-asked',
        type: 'single',
        prompt: 'What did the council agree to?',
        options: ['To study the request', 'To buy buses', 'To close the harbour', 'To meet again'],
        answer: 'To study the request',
        evidence: 'Two members voted against it.',
        card: { front: 'What did the vote show?', back },
      });
    expect(warningsOf([card('Nobody was against it')])).toEqual([]);
    const hedged = question({
      id: 'who-against',
      type: 'single',
      prompt: 'How many members voted against?',
      options: ['Two', 'None', 'Ten', 'All'],
      answer: 'Two',
      evidence: 'Mayor Ana Costa opened the session at nine.',
      card: { front: 'When did the session open?', back: 'Nine' },
    });
    expect(warningsOf([hedged])).toEqual([]);
    const including = checkContent({
      articles: [{ ...ARTICLE, text: ARTICLE.text.replace('asked for more buses', 'asked for changes, including more buses') }],
      sets: [
        setWith([
          question({
            id: 'what-asked',
            type: 'single',
            prompt: 'What did residents’ groups ask for?',
            options: ['More buses', 'Trams', 'Taxis', 'Bikes'],
            answer: 'More buses',
            evidence: 'including more buses',
            card: { front: 'What did residents’ groups ask for?', back: 'More buses' },
          }),
        ]),
      ],
    }).warnings.map(formatProblem);
    expect(including).toEqual([
      'sets/fixture-valid.yaml › what-asked › card: the card leaves out the article\'s "including", so it says more than the article does',
    ]);
  });

  it('two true/false statements on one sentence with the same key test the same thing', () => {
    expect(
      warningsOf([
        question({ id: 'tf-city', type: 'truefalse', prompt: 'The council’s meeting was held in Portugal’s Lisbon.', answer: true }),
        question({ id: 'tf-day', type: 'truefalse', prompt: 'The council met at the start of the week.', answer: true }),
        question({ id: 'tf-place', type: 'truefalse', prompt: 'The council met in Madrid.', answer: false }),
      ]),
    ).toEqual([
      'sets/fixture-valid.yaml › tf-day › prompt: tests the same sentence as tf-city, with the same key (true): keep one, or ask the other another way',
    ]);
  });

  it('a true/false statement copied from the article word for word is word spotting', () => {
    expect(
      warningsOf([question({ id: 'tf-copy', type: 'truefalse', prompt: 'The city council met in Lisbon on Monday.', answer: true })]),
    ).toEqual([
      'sets/fixture-valid.yaml › tf-copy › prompt: copies the article word for word: paraphrase it, so it tests understanding rather than spotting words',
    ]);
    expect(
      warningsOf([question({ id: 'tf-own', type: 'truefalse', prompt: 'The council’s meeting was held in Lisbon.', answer: true })]),
    ).toEqual([]);
  });

  it('the shipped fixtures have none', () => {
    expect(checkContent(readContentFiles(VALID_DIR)).warnings).toEqual([]);
  });
});

describe('checkContent on valid fixtures', () => {
  it('reads the fixture folder and builds a catalog with no problems', () => {
    const files = readContentFiles(VALID_DIR);
    expect(files.articles.map((f) => path.basename(f.path))).toEqual(['fixture-article.md']);
    expect(files.sets.map((f) => path.basename(f.path))).toEqual(['fixture-review.yaml', 'fixture-valid.yaml']);

    const { problems, catalog } = checkContent(files);
    expect(problems).toEqual([]);
    expect(catalog).not.toBeNull();
    // Sets are ordered by category (who before review), not by file name; "All questions" comes last.
    expect(catalog!.sets.map((s) => s.id)).toEqual(['fixture-valid', 'fixture-review', 'fixture-article-all']);
    expect(catalog!.questions.size).toBe(6);
    const review = catalog!.sets.find((s) => s.id === 'fixture-review')!;
    expect(review.questions.map((q) => q.id)).toEqual(['valid-single', 'valid-typed', 'review-votes-against']);
    // A ref shares the authored question object (same id, same article).
    expect(review.questions[0]).toBe(catalog!.questions.get('valid-single'));
  });

  it('parses the article front matter, paragraphs and sentences', () => {
    const { catalog } = checkContent({ articles: [ARTICLE], sets: [VALID_SET] });
    const article = catalog!.articles[0]!;
    expect(article).toMatchObject({
      id: 'fixture-article',
      title: 'The council agrees to study new bus routes',
      date: '2024-03-15',
      source: 'Fixture News',
    });
    expect(article.paragraphs).toHaveLength(2);
    // The line break inside the second paragraph is joined with a space.
    expect(article.paragraphs[1]).toContain('the request. Two members');
    expect(article.sentences.map((s) => s.text)).toEqual([
      'The city council met in Lisbon on Monday.',
      'Mayor Ana Costa opened the session at nine.',
      'Residents’ groups asked for more buses to the harbour.',
      'The council agreed to study the request.',
      'Two members voted against it.',
    ]);
    expect(article.wordCount).toBe(37);
    expect(article.readingMinutes).toBe(1);
  });

  it('accepts an evidence quote that differs from the article only by ’ vs \'', () => {
    const { problems, catalog } = checkContent({ articles: [ARTICLE], sets: [VALID_SET] });
    expect(problems).toEqual([]);
    const question = catalog!.questions.get('valid-truefalse')!;
    expect(question.evidence).toBe("Residents' groups asked for more buses");
    expect(question.citations).toHaveLength(1);
    expect(question.citations[0]!.sentences).toEqual([3]);
    const { start, end } = question.citations[0]!;
    expect(catalog!.articles[0]!.text.slice(start, end)).toBe('Residents’ groups asked for more buses');
  });

  it('maps a list of quotes to one citation each', () => {
    const { catalog } = checkContent({ articles: [ARTICLE], sets: [VALID_SET] });
    const ordering = catalog!.questions.get('valid-ordering')!;
    expect(ordering.citations.map((c) => c.sentences)).toEqual([[1], [4]]);
  });
});

describe('checkContent problems (one broken fixture each)', () => {
  it('reports a YAML syntax error for the file as a whole', () => {
    const problems = problemsOf(brokenSet('yaml-syntax'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({
      file: 'broken/sets/yaml-syntax.yaml',
      message: expect.stringMatching(/^YAML: Nested mappings are not allowed .*line 9, column \d+:$/),
    });
    expect(problems[0]).not.toHaveProperty('item');
  });

  it('reports a missing required question field as "is required"', () => {
    expect(problemsOf(brokenSet('missing-field'))).toEqual([
      { file: 'broken/sets/missing-field.yaml', item: 'missing-prompt', field: 'prompt', message: 'is required' },
    ]);
  });

  it('reports a missing required set field as "is required"', () => {
    expect(problemsOf(brokenSet('set-missing-title'))).toEqual([
      { file: 'broken/sets/set-missing-title.yaml', item: 'set', field: 'title', message: 'is required' },
    ]);
  });

  it('reports a missing evidence field in the app’s own content; a teacher’s imported question may have none', () => {
    const text = VALID_SET.text.replace(/\n {4}evidence: The city council met in Lisbon on Monday\.\n/, '\n');
    expect(text).not.toBe(VALID_SET.text);
    expect(problemsOf({ path: 'fixture-valid.yaml', text })).toEqual([
      {
        file: 'fixture-valid.yaml',
        item: 'valid-single',
        field: 'evidence',
        message: 'is missing: every question of the app’s own content quotes the sentence that supports its answer',
      },
    ]);
    const teachers = checkContent({ articles: [ARTICLE], sets: [{ path: 'fixture-valid.yaml', text }], evidenceOptional: true });
    expect(teachers.problems).toEqual([]);
    expect(teachers.catalog!.questions.get('valid-single')!.citations).toEqual([]);
  });

  it('reports an unknown field', () => {
    expect(problemsOf(brokenSet('unknown-field'))).toEqual([
      {
        file: 'broken/sets/unknown-field.yaml',
        item: 'with-hint',
        field: 'hint',
        message: expect.stringContaining('unknown field "hint"'),
      },
    ]);
  });

  it('reports a field of the wrong type', () => {
    expect(problemsOf(brokenSet('wrong-type'))).toEqual([
      { file: 'broken/sets/wrong-type.yaml', item: 'options-not-a-list', field: 'options', message: 'must be a list' },
    ]);
    expect(problemsOf(brokenSet('wrong-type-truefalse'))).toEqual([
      {
        file: 'broken/sets/wrong-type-truefalse.yaml',
        item: 'answer-not-boolean',
        field: 'answer',
        message: 'must be true or false',
      },
    ]);
  });

  it('reports an invalid question type', () => {
    expect(problemsOf(brokenSet('invalid-question-type'))).toEqual([
      {
        file: 'broken/sets/invalid-question-type.yaml',
        item: 'essay-question',
        field: 'type',
        message: 'must be one of single, multiple, truefalse, typed, ordering (got "essay")',
      },
    ]);
  });

  it('reports a question id already used in another file', () => {
    expect(problemsOf(VALID_SET, brokenSet('duplicate-id'))).toEqual([
      {
        file: 'broken/sets/duplicate-id.yaml',
        item: 'valid-single',
        field: 'id',
        message: expect.stringContaining('duplicate question id: already used in valid/sets/fixture-valid.yaml'),
      },
    ]);
  });

  it('reports a single-choice answer that is not among the options', () => {
    expect(problemsOf(brokenSet('answer-not-option-single'))).toEqual([
      {
        file: 'broken/sets/answer-not-option-single.yaml',
        item: 'single-bad-answer',
        field: 'answer',
        message: expect.stringContaining('"Coimbra" is not one of the options'),
      },
    ]);
  });

  it('reports a multiple-select answer that is not among the options, by its position', () => {
    expect(problemsOf(brokenSet('answer-not-option-multiple'))).toEqual([
      {
        file: 'broken/sets/answer-not-option-multiple.yaml',
        item: 'multiple-bad-answer',
        field: 'answer[1]',
        message: expect.stringContaining('"The city councillors" is not one of the options'),
      },
    ]);
  });

  it('reports fewer than 3 distractors', () => {
    expect(problemsOf(brokenSet('few-distractors'))).toEqual([
      {
        file: 'broken/sets/few-distractors.yaml',
        item: 'two-distractors',
        field: 'options',
        message: 'has 2 distractors (wrong options); a multiple-choice question needs at least 3',
      },
    ]);
  });

  it('reports options that are the same after normalisation', () => {
    expect(problemsOf(brokenSet('duplicate-options'))).toEqual([
      {
        file: 'broken/sets/duplicate-options.yaml',
        item: 'same-option-twice',
        field: 'options[2]',
        message: expect.stringContaining('duplicates options[1] ("Porto")'),
      },
    ]);
    expect(problemsOf(brokenSet('duplicate-options-case'))).toEqual([
      {
        file: 'broken/sets/duplicate-options-case.yaml',
        item: 'moscow-twice',
        field: 'options[1]',
        message: expect.stringContaining('duplicates options[0] ("Moscow")'),
      },
    ]);
  });

  it('reports an evidence quote that is not in the article', () => {
    expect(problemsOf(brokenSet('quote-not-in-article'))).toEqual([
      {
        file: 'broken/sets/quote-not-in-article.yaml',
        item: 'misquoted',
        field: 'evidence',
        message: 'quote is not in the article "fixture-article": "The city council met in Porto on Monday."',
      },
    ]);
  });

  it('names the quote by index when evidence is a list', () => {
    const text = VALID_SET.text.replace('- The council agreed to study the request.', '- The council refused the request.');
    expect(problemsOf({ path: 'fixture-valid.yaml', text })).toEqual([
      {
        file: 'fixture-valid.yaml',
        item: 'valid-ordering',
        field: 'evidence[1]',
        message: expect.stringContaining('quote is not in the article'),
      },
    ]);
  });

  it('reports a ref to an unknown question id', () => {
    expect(problemsOf(VALID_SET, brokenSet('unknown-ref'))).toEqual([
      {
        file: 'broken/sets/unknown-ref.yaml',
        item: 'no-such-question',
        field: 'ref',
        message: 'no question with id "no-such-question" in any set',
      },
    ]);
  });

  it('does not report a ref to a question that failed its own checks as unknown', () => {
    expect(problemsOf(brokenSet('missing-field'), brokenSet('ref-to-broken'))).toEqual([
      { file: 'broken/sets/missing-field.yaml', item: 'missing-prompt', field: 'prompt', message: 'is required' },
    ]);
  });

  it('reports a set whose article does not exist', () => {
    expect(problemsOf(brokenSet('unknown-article'))).toEqual([
      {
        file: 'broken/sets/unknown-article.yaml',
        item: 'set',
        field: 'article',
        message: 'no article with id "no-such-article" in content/articles',
      },
    ]);
  });

  it('reports a set id that does not match its file name', () => {
    expect(problemsOf(brokenSet('set-id-mismatch'))).toEqual([
      {
        file: 'broken/sets/set-id-mismatch.yaml',
        item: 'set',
        field: 'id',
        message: 'must match the file name ("set-id-mismatch")',
      },
    ]);
  });

  it('reports an ordering question with fewer than 3 items', () => {
    expect(problemsOf(brokenSet('ordering-too-few'))).toEqual([
      {
        file: 'broken/sets/ordering-too-few.yaml',
        item: 'order-two',
        field: 'answer',
        message: 'needs 3 to 5 items to put in order',
      },
    ]);
  });

  it('checks a flashcard’s authored text: no unknown field, no empty side', () => {
    expect(problemsOf(brokenSet('card-text')).map(formatProblem)).toEqual([
      'broken/sets/card-text.yaml › card-bad › card.back: must not be empty',
      'broken/sets/card-text.yaml › card-bad › card.hint: unknown field "hint" (check its spelling)',
    ]);
  });

  it('reports an explanation longer than 2 sentences', () => {
    expect(problemsOf(brokenSet('long-explanation'))).toEqual([
      {
        file: 'broken/sets/long-explanation.yaml',
        item: 'wordy',
        field: 'explanation',
        message: 'should be one or two sentences (it has 3)',
      },
    ]);
  });

  it('returns no catalog when there is any problem', () => {
    const result = checkContent({ articles: [ARTICLE], sets: [VALID_SET, brokenSet('few-distractors')] });
    expect(result.problems).toHaveLength(1);
    expect(result.catalog).toBeNull();
  });
});

describe('checkContent article problems', () => {
  function articleProblems(name: string): ContentProblem[] {
    const empty = (problem: ContentProblem) => problem.file === 'content/sets';
    return checkContent({ articles: [fixture(`broken/articles/${name}.md`)], sets: [] }).problems.filter((p) => !empty(p));
  }

  it('reports a missing date', () => {
    expect(articleProblems('missing-date')).toEqual([
      { file: 'broken/articles/missing-date.md', field: 'date', message: 'is required' },
    ]);
  });

  it('reports a date that does not exist (30 February), once', () => {
    expect(articleProblems('invalid-date')).toEqual([
      { file: 'broken/articles/invalid-date.md', field: 'date', message: 'is not a real date' },
    ]);
  });

  it('reports a badly written date once', () => {
    const text = fixture('valid/articles/fixture-article.md').text.replace('date: 2024-03-15', 'date: 2024-3-15');
    const problems = checkContent({ articles: [{ path: 'fixture-article.md', text }], sets: [VALID_SET] }).problems;
    expect(problems.filter((problem) => problem.file === 'fixture-article.md')).toEqual([
      { file: 'fixture-article.md', field: 'date', message: 'must be a date written as YYYY-MM-DD' },
    ]);
  });

  it('reports a missing front matter block', () => {
    expect(articleProblems('no-front-matter')).toEqual([
      { file: 'broken/articles/no-front-matter.md', message: expect.stringContaining('must start with front matter') },
    ]);
  });

  it('reports an article id that does not match its file name', () => {
    const problems = checkContent({ articles: [{ path: 'other-name.md', text: ARTICLE.text }], sets: [VALID_SET] }).problems;
    expect(problems).toEqual([{ file: 'other-name.md', field: 'id', message: 'must match the file name ("other-name")' }]);
  });
});

describe('formatProblem', () => {
  it('joins file, item and field with › before the message', () => {
    expect(formatProblem({ file: 'content/sets/a.yaml', item: 'q1', field: 'answer', message: 'is wrong' })).toBe(
      'content/sets/a.yaml › q1 › answer: is wrong',
    );
  });

  it('leaves out a missing item or field', () => {
    expect(formatProblem({ file: 'content/sets/a.yaml', message: 'YAML: bad' })).toBe('content/sets/a.yaml: YAML: bad');
    expect(formatProblem({ file: 'a.md', field: 'date', message: 'is required' })).toBe('a.md › date: is required');
  });

  it('formats a real problem from a broken fixture', () => {
    const [problem] = problemsOf(brokenSet('few-distractors'));
    expect(formatProblem(problem!)).toBe(
      'broken/sets/few-distractors.yaml › two-distractors › options: has 2 distractors (wrong options); a multiple-choice question needs at least 3',
    );
  });
});

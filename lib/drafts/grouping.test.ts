import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { emptyAuthoring, publishInput, workOf, type Authoring } from './authoring';
import { restoreAuthoring } from './authoring-restore';
import { articleFile, setFile } from './content';
import { draftQuestions } from './generate';
import { previewSet } from './preview';
import { previewPublish, PublishRefused } from '@/lib/server/authored';
import { KIND_CATEGORY } from './types';

/**
 * A teacher's article publishes as one quiz unless the teacher groups it into sets (issue 16): five
 * or six accepted drafts are not five sets of one. Switching loses no grouping, and a preview asks
 * what students would be asked.
 */

const TEXT = [
  'Anna Berg, the mayor of Uppsala, opened the new central library on Monday after two years of building work.',
  'About 300 residents attended the opening, and the library will now stay open on Sundays as well.',
  'Critics in Stockholm said the building cost too much, but Berg said it would serve the city for decades.',
  'The library was designed by the Danish firm Holm Architects and holds more than 200,000 books.',
].join('\n\n');

function reviewed(): Authoring {
  const result = draftQuestions({ title: 'Library opens', date: '2024-03-04', text: TEXT });
  const state = emptyAuthoring('2024-03-04');
  return {
    ...state,
    phase: 'review',
    title: 'Library opens',
    text: TEXT,
    sentences: result.sentences,
    paragraphs: result.paragraphs,
    items: [...result.drafts, ...(result.more ?? [])].map((draft) => ({
      draft,
      status: 'accepted' as const,
      edited: false,
      setKey: KIND_CATEGORY[draft.kind],
    })),
  };
}

describe('one quiz or sets', () => {
  it('a new article publishes every accepted question as one quiz', () => {
    const state = reviewed();
    expect(state.grouping).toBe('one');
    const kinds = new Set(state.items.map((item) => item.setKey));
    expect(kinds.size).toBeGreaterThan(1); // the drafts are of several kinds, yet one set is published
    const input = publishInput(state);
    expect(input.sets).toHaveLength(1);
    expect(input.sets[0]).toMatchObject({ key: 'questions', title: 'All questions' });
    expect(input.sets[0]!.questions.map((q) => q.id)).toEqual(state.items.map((item) => item.draft.id));
  });

  it('grouped, each accepted question goes to its set, and back to one quiz loses nothing', () => {
    const state = reviewed();
    const grouped = publishInput({ ...state, grouping: 'sets' });
    expect(grouped.sets.length).toBeGreaterThan(1);
    expect(grouped.sets.flatMap((set) => set.questions).length).toBe(state.items.length);
    expect(publishInput({ ...state, grouping: 'one' })).toEqual(publishInput(state));
  });

  it('a rejected or pending draft is left out either way', () => {
    const state = reviewed();
    const [first, second, ...rest] = state.items;
    const mixed = {
      ...state,
      items: [{ ...first!, status: 'rejected' as const }, { ...second!, status: 'pending' as const }, ...rest],
    };
    expect(publishInput(mixed).sets[0]!.questions).toHaveLength(rest.length);
  });

  it('work saved before one quiz was the default: published keeps its sets, unpublished becomes one quiz', () => {
    const { grouping: _grouping, ...old } = workOf(reviewed());
    expect(restoreAuthoring(old, '2024-03-04').state.grouping).toBe('one');
    const published = { ...old, published: { id: 'library-opens-ab12cd34ef', key: 'k', at: '2024-03-04T10:00:00Z' } };
    expect(restoreAuthoring(published, '2024-03-04').state.grouping).toBe('sets');
    expect(restoreAuthoring({ ...old, grouping: 'sets' }, '2024-03-04').state.grouping).toBe('sets');
  });
});

describe('an article with one set', () => {
  it('gets no "All questions" set beside it: its set is the whole article', () => {
    const state = reviewed();
    const input = publishInput(state);
    const { catalog, problems } = checkContent({
      articles: [
        articleFile({ id: 'library-opens', title: input.title, date: input.date, paragraphs: input.paragraphs }),
      ],
      sets: [
        setFile('library-opens', {
          id: 'library-opens-questions',
          title: 'All questions',
          category: 'review',
          description: 'All.',
          questions: input.sets[0]!.questions as never,
        }),
      ],
    });
    expect(problems).toEqual([]);
    expect(catalog!.sets.map((set) => [set.id, set.whole, set.parts])).toEqual([
      ['library-opens-questions', true, undefined],
    ]);
  });
});

describe('the student preview', () => {
  it('asks the accepted questions, cited in the article, with the draw rules publishing would give', () => {
    const state = reviewed();
    const preview = previewPublish(publishInput(state));
    const set = previewSet(preview, 'one', null)!;
    expect(set).toMatchObject({ key: 'questions', title: 'All questions', whole: true });
    expect(set.questions).toHaveLength(state.items.length);
    for (const question of set.questions) expect(question.citations.length).toBeGreaterThan(0);
  });

  it('one set of a grouped article, or all of them together', () => {
    const state = { ...reviewed(), grouping: 'sets' as const };
    const preview = previewPublish(publishInput(state));
    const key = state.items[0]!.setKey;
    const one = previewSet(preview, 'sets', key)!;
    expect(one.key).toBe(key);
    expect(one.questions).toHaveLength(state.items.filter((i) => i.setKey === key).length);
    const all = previewSet(preview, 'sets', null)!;
    expect(all).toMatchObject({ key: null, title: 'All questions', whole: true });
    expect(all.questions).toHaveLength(state.items.length);
    // A key of one quiz means nothing once grouped, and the reverse: the whole article is shown.
    expect(previewSet(preview, 'sets', 'no-such-set')).toBe(all);
    expect(previewSet(preview, 'one', key)).toBe(all);
  });

  it('a question the check refuses is named, as publishing would name it', () => {
    const state = reviewed();
    const [first, ...rest] = state.items;
    const broken = { ...first!, draft: { ...first!.draft, explanation: '' } };
    expect(() => previewPublish(publishInput({ ...state, items: [broken, ...rest] }))).toThrow(PublishRefused);
  });
});

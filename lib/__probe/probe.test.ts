import { test } from 'vitest';
import { normaliseAnswer } from '@/lib/quiz/normalise';
import { checkContent } from '@/lib/content/check';
import { readContentFiles } from '@/lib/content/files';
test('probe', () => {
  for (const s of ['one two','twenty-one','one hundred and five','two thousand and twenty-three','one first','twenty twelve','twenty-first','a hundred','nineteen ninety','hundred', 'three million four hundred thousand', 'one and two', 'seventy seven', 'twenty zero']) console.log(JSON.stringify(s), '->', JSON.stringify(normaliseAnswer(s)));
  const r = checkContent(readContentFiles()); console.log(r.problems.length, r.catalog?.questions.size);
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markEvidence } from './highlight-dom';

/** Two sentences as article-body.tsx renders them: the number link, then the text. */
function renderSentences() {
  document.body.innerHTML =
    '<p><span><span id="s1" class="sentence"><a href="#s1">1</a>Kim arrived on Tuesday.</span></span>' +
    '<span> <span id="s2" class="sentence"><a href="#s2">2</a>He met Putin.</span></span></p>';
  return { first: document.getElementById('s1')!, second: document.getElementById('s2')! };
}

describe('markEvidence', () => {
  it('wraps the cited parts in <mark> and flags their sentences, leaving the number link alone', () => {
    const { first, second } = renderSentences();
    markEvidence(document, [
      { sentence: 1, from: 4, to: 11 },
      { sentence: 1, from: 15, to: 22 },
    ]);
    expect(first.getAttribute('data-highlighted')).toBe('true');
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['arrived', 'Tuesday']);
    expect(first.querySelector('a')!.textContent).toBe('1');
    expect(first.textContent).toBe('1Kim arrived on Tuesday.');
    expect(second.hasAttribute('data-highlighted')).toBe(false);
    expect(second.querySelector('mark')).toBeNull();
  });

  it('puts back the very text node it set aside', () => {
    const { first, second } = renderSentences();
    const before = document.body.innerHTML;
    const text = first.lastChild;
    const unmark = markEvidence(document, [
      { sentence: 1, from: 0, to: 3 },
      { sentence: 2, from: 3, to: 12 },
    ]);
    expect(second.querySelector('mark')!.textContent).toBe('met Putin');
    unmark();
    expect(document.body.innerHTML).toBe(before);
    expect(first.lastChild).toBe(text);
  });

  it('ignores a sentence that is missing or whose text is not a plain text node', () => {
    const { first } = renderSentences();
    first.lastChild!.replaceWith(document.createElement('em'));
    const before = document.body.innerHTML;
    markEvidence(document, [
      { sentence: 1, from: 0, to: 3 },
      { sentence: 7, from: 0, to: 3 },
    ]);
    expect(document.body.innerHTML).toBe(before);
  });
});

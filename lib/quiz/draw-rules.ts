import type { Question } from '@/lib/content/schema';
import { normaliseAnswer } from './normalise';

/**
 * Which questions may be asked together, and in what order, so that no question answers another
 * (pure; the content check reports what these rules had to work around):
 * - **apart**: groups of questions a quiz asks at most one of: those sharing a `fact`, and any
 *   two where one's prompt or options state the other's answer (both sets of a mix can meet);
 * - **before** [a, b]: in Practice mode, b's feedback (its explanation and evidence, shown before
 *   the next question) states a's answer, so a is asked first. Two questions whose feedback
 *   states each other's answer are kept apart instead.
 * Every quiz draw honours them: self-study (lib/quiz/session.ts) and assignments (the server).
 */

import type { DrawRules } from './draw';

export type { DrawRules } from './draw';

/** Answers shorter than this (after normalising, without spaces) are too common to give anything away. */
const MIN_ANSWER_LETTERS = 4;

/** The texts a question asks the learner to find: its answer and accepted forms, and its cues. */
export function answerTexts(question: Question): string[] {
  const cues = question.cues ?? [];
  if (question.type === 'single') return [question.answer, ...cues];
  if (question.type === 'typed') return [question.answer, ...(question.accept ?? []), ...cues];
  if (question.type === 'multiple') return [...question.answer, ...cues];
  return cues;
}

function containsPhrase(haystack: string, needle: string): boolean {
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `);
}

function feedbackText(question: Question): string {
  const evidence = Array.isArray(question.evidence) ? question.evidence : [question.evidence];
  return [question.explanation, ...evidence].join(' ');
}

export type Reveal = { from: string; reveals: string; answer: string; where: 'prompt' | 'options' | 'feedback' };

/**
 * Every place one question states another's answer: in its prompt or options (seen while
 * answering), or in its feedback (seen after checking it, in Practice mode). An answer the asked
 * question's own prompt already states gives nothing away.
 */
export function reveals(questions: readonly Question[]): Reveal[] {
  const found: Reveal[] = [];
  const prepared = questions.map((q) => ({
    question: q,
    prompt: normaliseAnswer(q.prompt),
    // What the learner sees besides the prompt: the options, or the items to put in order.
    options: (q.type === 'ordering' ? q.answer : 'options' in q && q.options ? q.options : []).map(normaliseAnswer),
    feedback: normaliseAnswer(feedbackText(q)),
    answers: answerTexts(q)
      .map((text) => ({ text, normal: normaliseAnswer(text) }))
      .filter((a) => a.normal.replace(/ /g, '').length >= MIN_ANSWER_LETTERS),
  }));
  for (const asked of prepared) {
    for (const answer of asked.answers) {
      if (containsPhrase(asked.prompt, answer.normal)) continue;
      for (const other of prepared) {
        if (other.question.id === asked.question.id) continue;
        const base = { from: other.question.id, reveals: asked.question.id, answer: answer.text };
        if (containsPhrase(other.prompt, answer.normal)) found.push({ ...base, where: 'prompt' });
        // Another question's option gives an answer away when it states it in a claim ("A report by
        // Japan's Kyodo news…"); an option that is just the bare answer, one of four names, does not,
        // except to a typed question, which shows no options of its own.
        else if (
          other.options.some(
            (o) => containsPhrase(o, answer.normal) && (asked.question.type === 'typed' || o !== answer.normal),
          )
        ) {
          found.push({ ...base, where: 'options' });
        } else if (containsPhrase(other.feedback, answer.normal)) found.push({ ...base, where: 'feedback' });
      }
    }
  }
  // One reveal per pair and place: the first answer form found.
  const seen = new Set<string>();
  return found.filter((r) => {
    const key = `${r.from}>${r.reveals}>${r.where}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function drawRules(questions: readonly Question[]): DrawRules {
  const ids = questions.map((q) => q.id);
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const join = (a: string, b: string) => parent.set(find(a), find(b));

  const byFact = new Map<string, string>();
  for (const question of questions) {
    if (!question.fact) continue;
    const first = byFact.get(question.fact);
    if (first) join(first, question.id);
    else byFact.set(question.fact, question.id);
  }
  const found = reveals(questions);
  const feedback = new Set(found.filter((r) => r.where === 'feedback').map((r) => `${r.from}>${r.reveals}`));
  for (const r of found) {
    if (r.where !== 'feedback' || feedback.has(`${r.reveals}>${r.from}`)) join(r.from, r.reveals);
  }

  const groups = new Map<string, string[]>();
  for (const id of ids) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  const apart = [...groups.values()].filter((group) => group.length > 1);
  const before: Array<[string, string]> = [];
  for (const r of found) {
    if (r.where !== 'feedback' || find(r.from) === find(r.reveals)) continue;
    if (!before.some(([a, b]) => a === r.reveals && b === r.from)) before.push([r.reveals, r.from]);
  }
  return { apart, before };
}

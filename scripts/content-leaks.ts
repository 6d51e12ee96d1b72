/**
 * npx tsx scripts/content-leaks.ts [content-dir] [--no-rules]
 * Counts, per set, what one question gives away about another as a quiz of that set could meet
 * them: questions another's prompt or options answer, feedback that answers a question still to
 * come, and typed answers leaked by feedback (docs/decisions/025). With --no-rules, as if every
 * question could follow every other (how the content stood before draw rules).
 */
import { checkContent } from '../lib/content/check';
import { readContentFiles } from '../lib/content/files';
import { NO_RULES } from '../lib/quiz/draw';
import { reveals } from '../lib/quiz/draw-rules';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const { catalog, problems } = checkContent(readContentFiles(dir));
if (!catalog) {
  console.error(`The content does not load (${problems.length} problems): run npm run content:check`);
  process.exit(1);
}
for (const set of catalog.sets) {
  const rules = args.includes('--no-rules') ? NO_RULES : set.rules;
  const group = new Map<string, number>();
  rules.apart.forEach((ids, i) => ids.forEach((id) => group.set(id, i)));
  const together = (a: string, b: string) => group.get(a) === undefined || group.get(a) !== group.get(b);
  const before = new Set(rules.before.map(([a, b]) => `${a}>${b}`));
  const found = reveals(set.questions).filter((r) => together(r.from, r.reveals));
  const given = new Set(found.filter((r) => r.where !== 'feedback').map((r) => r.reveals));
  const forward = found.filter((r) => r.where === 'feedback' && !before.has(`${r.reveals}>${r.from}`));
  const typed = new Set(set.questions.filter((q) => q.type === 'typed').map((q) => q.id));
  const typedLeaked = new Set(forward.map((r) => r.reveals).filter((id) => typed.has(id)));
  console.log(
    `${set.id}: ${set.questions.length} questions; answered by another's prompt or options: ${given.size}; ` +
      `feedback pairs that can answer a later question: ${forward.length}; typed answers leaked: ${typedLeaked.size}/${typed.size}`,
  );
}

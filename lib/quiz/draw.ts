/**
 * Drawing an attempt's questions under the rules lib/quiz/draw-rules.ts derives from the content
 * (kept apart from it, so the pages that draw a quiz do not carry the text matching that finds them).
 */

export type DrawRules = {
  /** Each group: questions a quiz asks at most one of (groups of one are left out). */
  apart: string[][];
  /** [a, b]: a is asked before b. */
  before: Array<[string, string]>;
};

export const NO_RULES: DrawRules = { apart: [], before: [] };

/**
 * The questions an attempt asks, in order, honouring the rules: going down `ordered` (already
 * shuffled, or as authored), a question is skipped when one kept apart from it is already in;
 * then the chosen ones are reordered as little as possible so every "a before b" holds.
 */
export function applyRules(ordered: readonly string[], count: number, rules: DrawRules): string[] {
  const groupOf = new Map<string, number>();
  rules.apart.forEach((group, index) => group.forEach((id) => groupOf.set(id, index)));
  const taken = new Set<number>();
  const chosen: string[] = [];
  for (const id of ordered) {
    if (chosen.length >= count) break;
    const group = groupOf.get(id);
    if (group !== undefined) {
      if (taken.has(group)) continue;
      taken.add(group);
    }
    chosen.push(id);
  }
  // Stable topological order: repeatedly take the first chosen question nothing chosen must precede.
  const inChosen = new Set(chosen);
  const waitingFor = new Map<string, Set<string>>(chosen.map((id) => [id, new Set()]));
  for (const [a, b] of rules.before) if (inChosen.has(a) && inChosen.has(b)) waitingFor.get(b)!.add(a);
  const result: string[] = [];
  const left = chosen.slice();
  while (left.length > 0) {
    const index = left.findIndex((id) => [...waitingFor.get(id)!].every((a) => result.includes(a)));
    // A cycle cannot come from drawRules (mutual reveals are kept apart); keep authored order if one does.
    const next = left.splice(index === -1 ? 0 : index, 1)[0]!;
    result.push(next);
  }
  return result;
}

/** The most questions one attempt can ask from these: one per group kept apart. */
export function drawableCount(ids: readonly string[], rules: DrawRules): number {
  const inPool = new Set(ids);
  let excluded = 0;
  for (const group of rules.apart) {
    const present = group.filter((id) => inPool.has(id)).length;
    if (present > 1) excluded += present - 1;
  }
  return ids.length - excluded;
}

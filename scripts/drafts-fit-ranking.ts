/**
 * npm run drafts:fit-ranking — fits the ranking model (lib/drafts/ranking-model.json) on the
 * judgements of the train split's rounds (eval/drafts/rounds/<round>/judgements.yaml whose
 * round.json says split "train"). Logistic regression with an L2 penalty, by gradient descent:
 * the probability that a strict teacher uses a draft as it is, from the features the engine
 * recorded for it when it was judged. Prints the fit's accuracy and, by five-fold cross-validation
 * on the same judgements, its AUC (how often an accepted draft is ranked above a rejected one).
 * A library would add more than the forty lines it saves; this is the textbook algorithm.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { seededShuffle } from '../lib/quiz/shuffle';

const ROUNDS = path.join(process.cwd(), 'eval', 'drafts', 'rounds');
const MODEL = path.join(process.cwd(), 'lib', 'drafts', 'ranking-model.json');

type Example = { x: Record<string, number>; y: number; group: string };

function examples(): { list: Example[]; rounds: string[] } {
  const list: Example[] = [];
  const rounds: string[] = [];
  for (const round of readdirSync(ROUNDS).sort()) {
    const meta = path.join(ROUNDS, round, 'round.json');
    const judged = path.join(ROUNDS, round, 'judgements.yaml');
    if (!existsSync(meta) || !existsSync(judged)) continue;
    if (JSON.parse(readFileSync(meta, 'utf8')).split !== 'train') continue;
    rounds.push(round);
    const data = YAML.parse(readFileSync(judged, 'utf8')) as Record<
      string,
      Record<string, { verdict: string; draft: { features?: Record<string, number> } }>
    >;
    for (const [file, drafts] of Object.entries(data)) {
      for (const judgement of Object.values(drafts)) {
        if (!judgement.draft.features) continue;
        list.push({ x: judgement.draft.features, y: judgement.verdict === 'accept' ? 1 : 0, group: file });
      }
    }
  }
  return { list, rounds };
}

function fit(list: Example[], names: string[], lambda = 1, steps = 4000, rate = 0.5) {
  const w = new Map(names.map((name) => [name, 0]));
  let b = 0;
  const n = list.length;
  for (let step = 0; step < steps; step += 1) {
    const grad = new Map(names.map((name) => [name, 0]));
    let gb = 0;
    for (const example of list) {
      let z = b;
      for (const [name, value] of Object.entries(example.x)) z += (w.get(name) ?? 0) * value;
      const error = 1 / (1 + Math.exp(-z)) - example.y;
      gb += error;
      for (const [name, value] of Object.entries(example.x))
        if (grad.has(name)) grad.set(name, grad.get(name)! + error * value);
    }
    b -= (rate * gb) / n;
    for (const name of names) w.set(name, w.get(name)! - rate * ((grad.get(name)! + lambda * w.get(name)!) / n));
  }
  return { w, b };
}

function predict(model: { w: Map<string, number>; b: number }, x: Record<string, number>): number {
  let z = model.b;
  for (const [name, value] of Object.entries(x)) z += (model.w.get(name) ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

function auc(scored: Array<{ p: number; y: number }>): number {
  const pos = scored.filter((s) => s.y === 1);
  const neg = scored.filter((s) => s.y === 0);
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += a.p > b.p ? 1 : a.p === b.p ? 0.5 : 0;
  return pos.length && neg.length ? wins / (pos.length * neg.length) : NaN;
}

function main() {
  const { list, rounds } = examples();
  if (list.length === 0) throw new Error('no judged train drafts with features');
  const names = [...new Set(list.flatMap((example) => Object.keys(example.x)))].sort();
  // Cross-validation by article: a fold never sees drafts of the articles it is scored on.
  const groups = seededShuffle([...new Set(list.map((example) => example.group))], 'folds');
  const folds = 5;
  const scored: Array<{ p: number; y: number }> = [];
  for (let k = 0; k < folds; k += 1) {
    const held = new Set(groups.filter((_, index) => index % folds === k));
    const model = fit(
      list.filter((example) => !held.has(example.group)),
      names,
    );
    for (const example of list.filter((e) => held.has(e.group)))
      scored.push({ p: predict(model, example.x), y: example.y });
  }
  const model = fit(list, names);
  const accuracy =
    list.filter((example) => (predict(model, example.x) >= 0.5 ? 1 : 0) === example.y).length / list.length;
  const weights = Object.fromEntries(
    [...model.w.entries()]
      .filter(([, value]) => Math.abs(value) >= 0.005)
      .map(([name, value]) => [name, Number(value.toFixed(3))]),
  );
  const out = {
    about:
      'Logistic model of P(a strict teacher uses the draft as it is) from draft features, fitted by scripts/drafts-fit-ranking.ts on the train split judgements.',
    fitted: {
      rounds,
      drafts: list.length,
      accepted: list.filter((example) => example.y === 1).length,
      trainingAccuracy: Number(accuracy.toFixed(3)),
      crossValidatedAuc: Number(auc(scored).toFixed(3)),
    },
    bias: Number(model.b.toFixed(3)),
    weights,
  };
  writeFileSync(MODEL, `${JSON.stringify(out, null, 2)}\n`);
  console.log(JSON.stringify(out.fitted));
  console.log(
    Object.entries(weights)
      .sort((a, b) => b[1] - a[1])
      .map(([n, v]) => `${n} ${v}`)
      .join('\n'),
  );
}

main();

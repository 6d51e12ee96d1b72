/**
 * npm run drafts:calibrate -- <round.yaml> — compares a reviewer's verdicts on the calibration
 * packet (eval/drafts/calibration/packet.md: the engine of commit 7c4925e on the six articles of the
 * first held-out half) with a strict teacher's verdicts on the same drafts
 * (eval/drafts/calibration/reference.md), draft by draft, and prints the agreement.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';

const ROOT = path.join(process.cwd(), 'eval', 'drafts', 'calibration');
const verdictSchema = z.record(
  z.string(),
  z.object({ verdict: z.enum(['accept', 'edit', 'reject']), failure: z.string().optional(), note: z.string() }),
);

export type Reference = {
  file: string;
  rank: number;
  verdict: 'accept' | 'edit' | 'reject';
  failure?: string;
  note: string;
};

export function readReference(markdown: string): Reference[] {
  const out: Reference[] = [];
  let file = '';
  for (const line of markdown.split('\n')) {
    const heading = /^## (\d\d-[a-z0-9-]+):/.exec(line);
    if (heading) file = heading[1]!;
    const item = /^- #(\d+) \[\w+\] key=".*?" \*\*(ACCEPT|EDIT|REJECT)\*\*(?: \(([\w-]+)\))?: (.*)$/.exec(line);
    if (item && file)
      out.push({
        file,
        rank: Number(item[1]),
        verdict: item[2]!.toLowerCase() as Reference['verdict'],
        failure: item[3],
        note: item[4]!,
      });
  }
  return out;
}

function main() {
  const roundFile = process.argv[2];
  if (!roundFile) throw new Error('usage: drafts:calibrate -- <round.yaml>');
  const reference = readReference(readFileSync(path.join(ROOT, 'reference.md'), 'utf8'));
  const map = JSON.parse(readFileSync(path.join(ROOT, 'map.json'), 'utf8')) as Record<
    string,
    { file: string; id: string; rank: number }
  >;
  const verdicts = verdictSchema.parse(YAML.parse(readFileSync(roundFile, 'utf8')));
  const rows: string[] = [];
  const matrix = new Map<string, number>();
  let agree = 0;
  let total = 0;
  const rate = { ref: { accept: 0, edit: 0 }, ours: { accept: 0, edit: 0 } };
  for (const [opaque, where] of Object.entries(map)) {
    const ref = reference.find((r) => r.file === where.file && r.rank === where.rank);
    const ours = verdicts[opaque];
    if (!ref || !ours)
      throw new Error(`${opaque} (${where.file} #${where.rank}): missing ${ref ? 'verdict' : 'reference'}`);
    total += 1;
    if (ref.verdict === ours.verdict) agree += 1;
    else
      rows.push(
        `${where.file} #${where.rank}: reference ${ref.verdict} (${ref.failure ?? ''}) — ours ${ours.verdict} (${ours.failure ?? ''}): ${ours.note}\n    reference: ${ref.note}`,
      );
    matrix.set(`${ref.verdict}→${ours.verdict}`, (matrix.get(`${ref.verdict}→${ours.verdict}`) ?? 0) + 1);
    if (ref.verdict === 'accept') rate.ref.accept += 1;
    if (ref.verdict !== 'reject') rate.ref.edit += 1;
    if (ours.verdict === 'accept') rate.ours.accept += 1;
    if (ours.verdict !== 'reject') rate.ours.edit += 1;
  }
  const pct = (n: number) => `${Math.round((100 * n) / total)} %`;
  console.log(`Agreement: ${agree} of ${total} drafts (${pct(agree)})`);
  console.log(
    `Reference: ${pct(rate.ref.accept)} as is, ${pct(rate.ref.edit)} after one edit; this reviewer: ${pct(rate.ours.accept)} as is, ${pct(rate.ours.edit)} after one edit`,
  );
  console.log(
    `Reference → this reviewer: ${[...matrix.entries()]
      .sort()
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  console.log('\nDisagreements:');
  for (const row of rows) console.log(`- ${row}`);
}

main();

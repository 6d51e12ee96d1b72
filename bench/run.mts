/**
 * npm run bench: one command, one report. Builds the app and a bare Next.js page, starts both,
 * measures page weight, Lighthouse, interaction timing, server throughput, growth and scale-out,
 * writes bench/results.json and bench/results.md, and exits 1 when a budget in bench/budgets.json
 * is missed (a miss that budgets.json explains is reported, not failed).
 *
 *   npm run bench                      everything (about 15 minutes on 2 cores)
 *   npm run bench -- --quick           page weight only, budgets checked (CI)
 *   npm run bench -- --only=weight,interaction
 *   npm run bench -- --no-build        use the existing .next build
 * The quick mode writes .reports/bench-quick.{json,md}, so it never replaces the full report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBareApp } from './bare.mts';
import { launchBrowser } from './browser.mts';
import { createAssignment } from './class.mts';
import { progress, root, startNext, type Server } from './lib.mts';
import { writeReport, type Section } from './report.mts';
import { createDatabase, findPostgres } from '../scripts/postgres.mjs';
import { interactionSection } from './sections/interaction.mts';
import { growthSection } from './sections/growth.mts';
import { lighthouseSection } from './sections/lighthouse.mts';
import { scaleOutSection } from './sections/scale-out.mts';
import { throughputRuns, throughputSection } from './sections/throughput.mts';
import { weightSection, type WeightPage } from './sections/weight.mts';

const SECTIONS = ['weight', 'lighthouse', 'interaction', 'throughput', 'growth', 'scale-out'] as const;
type SectionName = (typeof SECTIONS)[number];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const unknown = only?.filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown?.length) {
  console.error(`Unknown section ${unknown.join(', ')}: choose from ${SECTIONS.join(', ')}`);
  process.exit(2);
}
const selected = new Set<SectionName>(quick ? ['weight'] : ((only as SectionName[] | undefined) ?? SECTIONS));

type Budgets = {
  weight: { jsRatio: number; teacherJsRatio: number };
  lighthouse: {
    performanceBelowBare: number;
    lcpRatio: number;
    tbtRatio: number;
    accessibility: number;
    bestPractices: number;
  };
  interaction: { medianMs: number };
  throughput: { ratioToNoop: number; p99Ms: number; errors: number };
  growth: { maxExponent: number };
  explained: Record<string, string>;
};
const budgets = JSON.parse(readFileSync(path.join(root, 'bench', 'budgets.json'), 'utf8')) as Budgets;

const startedAt = Date.now();
const servers: Server[] = [];
async function stopAll() {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
}
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));

async function main() {
  if (!args.includes('--no-build') || !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    progress('Building the app (npm run build)…');
    const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  progress('Building the bare Next.js page…');
  const bareDir = buildBareApp();
  const bare = await startNext(bareDir, { label: 'bare page' });
  servers.push(bare);
  const app = await startNext(root, { label: 'app (PGlite)', ready: '/api/health' });
  servers.push(app);
  progress(`Servers up: app ${app.url}, bare page ${bare.url}`);

  const assignment = await createAssignment(app.url, { title: 'Bench', setIds: ['kim-russia-who'] });
  const studyPages: WeightPage[] = [
    { label: 'home', path: '/', kind: 'study' },
    { label: 'set', path: '/sets/kim-russia-who', kind: 'study' },
    { label: 'quiz', path: '/sets/kim-russia-who/quiz', kind: 'study' },
    { label: 'flashcards', path: '/sets/kim-russia-who/cards', kind: 'study' },
    { label: 'progress', path: '/progress', kind: 'study' },
    { label: 'article', path: '/articles/kim-jong-un-russia-visit', kind: 'study' },
    { label: 'student assignment', path: `/a/${assignment.code}`, kind: 'student' },
  ];
  const teacherPages: WeightPage[] = [
    { label: 'teacher dashboard', path: `/teach/${assignment.id}?key=${assignment.teacherKey}`, kind: 'teacher' },
    { label: 'authoring', path: '/teach/new', kind: 'teacher' },
  ];

  const sections: Section[] = [];
  const browser = await launchBrowser();
  try {
    if (selected.has('weight')) {
      progress('Page weight…');
      sections.push(await weightSection(browser, bare.url, app.url, [...studyPages, ...teacherPages], budgets.weight));
    }
    if (selected.has('interaction')) {
      progress('Interaction timing…');
      sections.push(await interactionSection(browser, app.url, budgets.interaction));
    }
    if (selected.has('lighthouse')) {
      progress('Lighthouse…');
      const pages = studyPages.map((p) => ({ label: p.label, url: app.url + p.path }));
      sections.push(await lighthouseSection(bare.url, pages, budgets.lighthouse));
    }
  } finally {
    await browser.close();
    await stopAll();
  }

  const postgres: string | null = selected.has('throughput') || selected.has('scale-out') ? await findPostgres() : null;
  if (selected.has('throughput')) {
    const seconds = 5;
    const runs = [];
    for (const database of ['PGlite', 'PostgreSQL'] as const) {
      if (database === 'PostgreSQL' && !postgres) {
        progress('Throughput on PostgreSQL skipped: none answers on 127.0.0.1:5432 (set TEST_DATABASE_URL)');
        continue;
      }
      const db = database === 'PostgreSQL' ? await createDatabase(postgres, 'bench') : null;
      const server = await startNext(root, {
        label: `app (${database})`,
        ready: '/api/health',
        env: db ? { DATABASE_URL: db.url } : {},
      });
      servers.push(server);
      try {
        progress(`Throughput on ${database}…`);
        runs.push({ database, result: await throughputRuns(server.url, seconds) });
      } finally {
        await server.stop();
        servers.splice(servers.indexOf(server), 1);
        await db?.drop();
      }
    }
    sections.push(throughputSection(runs, budgets.throughput, seconds));
  }

  if (selected.has('growth')) {
    const server = await startNext(root, { label: 'app (PGlite)', ready: '/api/health' });
    servers.push(server);
    try {
      sections.push(await growthSection(server.url, budgets.growth));
    } finally {
      await stopAll();
    }
  }

  if (selected.has('scale-out')) {
    if (!postgres) {
      progress('Scale-out skipped: no PostgreSQL answers on 127.0.0.1:5432 (set TEST_DATABASE_URL)');
    } else {
      const db = await createDatabase(postgres, 'bench_scale');
      try {
        const env = { DATABASE_URL: db.url };
        // One instance first, so the migrations run once; the second finds them applied.
        const first = await startNext(root, { label: 'instance A', ready: '/api/health', env });
        servers.push(first);
        const second = await startNext(root, { label: 'instance B', ready: '/api/health', env });
        servers.push(second);
        sections.push(await scaleOutSection([first, second]));
      } finally {
        await stopAll();
        await db.drop();
      }
    }
  }

  for (const check of sections.flatMap((s) => s.checks)) {
    if (!check.ok && budgets.explained[check.id]) check.explained = budgets.explained[check.id];
  }
  const seconds = (Date.now() - startedAt) / 1000;
  const file = quick ? path.join(root, '.reports', 'bench-quick') : path.join(root, 'bench', 'results');
  const mode = quick ? 'quick' : only ? only.join(', ') : 'full';
  const { missed, explained } = writeReport(sections, { mode, seconds, file });
  progress(`Wrote ${path.relative(root, file)}.md and .json (${Math.round(seconds)} s)`);
  for (const c of explained) console.log(`  missed, explained: ${c.label}: ${c.value} (limit ${c.limit})`);
  for (const c of missed) console.log(`  MISSED: ${c.label}: ${c.value} (limit ${c.limit})`);
  const total = sections.flatMap((s) => s.checks).length;
  console.log(
    `Budgets: ${total - missed.length - explained.length} met, ${explained.length} explained, ${missed.length} missed`,
  );
  if (missed.length) process.exitCode = 1;
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  await stopAll();
  process.exit(1);
});

/**
 * Lighthouse 12 (mobile preset, simulated throttling) with the system Chromium: each page three
 * times, interleaved with the bare page, so both see the same machine load. Medians per page.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath, median, progress } from '../lib.mts';
import type { Check, Section } from '../report.mts';

export type LighthousePage = { label: string; url: string };
type Run = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  /** LCP as it happened in the unthrottled load Lighthouse simulates from (loopback, this CPU). */
  observedLcp: number;
  tbt: number;
  cls: number;
  failing: string[];
};

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

async function audit(port: number, url: string): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message} (${url})`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing = ['accessibility', 'best-practices'].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
  );
  const observed = (lhr.audits.metrics?.details as { items?: Array<Record<string, number>> } | undefined)?.items?.[0];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    observedLcp: observed?.observedLargestContentfulPaint ?? NaN,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    failing,
  };
}

function summarise(runs: Run[]) {
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    bestPractices: median(runs.map((r) => r.bestPractices)),
    fcp: median(runs.map((r) => r.fcp)),
    lcp: median(runs.map((r) => r.lcp)),
    observedLcp: median(runs.map((r) => r.observedLcp)),
    tbt: median(runs.map((r) => r.tbt)),
    cls: median(runs.map((r) => r.cls)),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
    runs: runs.map(({ failing: _failing, ...rest }) => rest),
  };
}

export async function lighthouseSection(
  bareUrl: string,
  pages: LighthousePage[],
  budget: {
    performanceBelowBare: number;
    lcpRatio: number;
    tbtRatio: number;
    accessibility: number;
    bestPractices: number;
  },
  rounds = 3,
): Promise<Section> {
  const chrome = await chromeLauncher.launch({
    ...(chromiumPath ? { chromePath: chromiumPath } : {}),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  const targets = [{ label: 'bare Next.js page', url: bareUrl }, ...pages];
  const runs = new Map<string, Run[]>(targets.map((t) => [t.label, []]));
  try {
    for (let round = 1; round <= rounds; round += 1) {
      for (const target of targets) {
        progress(`Lighthouse round ${round}/${rounds}: ${target.label}`);
        runs.get(target.label)!.push(await audit(chrome.port, target.url));
      }
    }
  } finally {
    chrome.kill();
  }
  const results = targets.map((t) => ({ label: t.label, ...summarise(runs.get(t.label)!) }));
  const bare = results[0]!;
  const checks: Check[] = [];
  for (const r of results.slice(1)) {
    checks.push(
      {
        id: `lighthouse.${r.label}.performance`,
        label: `${r.label}: performance ≥ bare − ${budget.performanceBelowBare}`,
        value: r.performance,
        limit: bare.performance - budget.performanceBelowBare,
        ok: r.performance >= bare.performance - budget.performanceBelowBare,
      },
      {
        id: `lighthouse.${r.label}.lcp`,
        label: `${r.label}: LCP ≤ ${budget.lcpRatio}× bare`,
        value: Math.round(r.lcp),
        limit: Math.round(bare.lcp * budget.lcpRatio),
        ok: r.lcp <= bare.lcp * budget.lcpRatio,
      },
      {
        id: `lighthouse.${r.label}.tbt`,
        label: `${r.label}: TBT ≤ ${budget.tbtRatio}× bare`,
        value: Math.round(r.tbt),
        limit: Math.round(bare.tbt * budget.tbtRatio),
        ok: r.tbt <= bare.tbt * budget.tbtRatio,
      },
      {
        id: `lighthouse.${r.label}.accessibility`,
        label: `${r.label}: accessibility ${budget.accessibility}`,
        value: r.accessibility,
        limit: budget.accessibility,
        ok: r.accessibility >= budget.accessibility,
      },
      {
        id: `lighthouse.${r.label}.best-practices`,
        label: `${r.label}: best practices ${budget.bestPractices}`,
        value: r.bestPractices,
        limit: budget.bestPractices,
        ok: r.bestPractices >= budget.bestPractices,
      },
    );
  }
  const ms = (value: number) => `${Math.round(value)}`;
  return {
    title: `Lighthouse (mobile preset, simulated throttling, median of ${rounds}, interleaved with the bare page)`,
    tables: [
      {
        head: [
          'page',
          'performance',
          'accessibility',
          'best practices',
          'FCP ms',
          'LCP ms',
          'LCP vs bare',
          'LCP observed ms',
          'TBT ms',
          'CLS',
        ],
        rows: results.map((r) => [
          r.label,
          String(r.performance),
          String(r.accessibility),
          String(r.bestPractices),
          ms(r.fcp),
          ms(r.lcp),
          `${(r.lcp / bare.lcp).toFixed(2)}×`,
          ms(r.observedLcp),
          ms(r.tbt),
          r.cls.toFixed(3),
        ]),
      },
    ],
    notes: results
      .filter((r) => r.failing.length)
      .map((r) => `${r.label}: failing accessibility / best-practice audits: ${r.failing.join(', ')}`),
    data: results,
    checks,
  };
}

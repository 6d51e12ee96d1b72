/**
 * Page weight: the JavaScript and CSS a first visit downloads, compressed as it arrives (the
 * browser's own Resource Timing `encodedBodySize`), next to a bare Next.js page.
 */
import type { Browser } from '@playwright/test';
import type { Check, Section } from '../report.mts';

export type WeightPage = { label: string; path: string; kind: 'study' | 'student' | 'teacher'; base?: string };
export type Weight = { label: string; kind: string; js: number; css: number; files: number; ratio: number };

export async function measureWeight(browser: Browser, url: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    return await page.evaluate(() => {
      let js = 0;
      let css = 0;
      let files = 0;
      for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const pathname = new URL(entry.name).pathname;
        // Data fetched for prefetched links (fetch/xhr) is not a first visit's code.
        if (entry.initiatorType === 'fetch' || entry.initiatorType === 'xmlhttprequest') continue;
        if (pathname.endsWith('.js')) js += entry.encodedBodySize;
        else if (pathname.endsWith('.css')) css += entry.encodedBodySize;
        else continue;
        files += 1;
      }
      return { js, css, files };
    });
  } finally {
    await context.close();
  }
}

export async function weightSection(
  browser: Browser,
  bareUrl: string,
  appUrl: string,
  pages: WeightPage[],
  budget: { jsRatio: number; teacherJsRatio: number },
): Promise<Section & { bare: { js: number; css: number } }> {
  const bare = await measureWeight(browser, bareUrl);
  const results: Weight[] = [];
  const checks: Check[] = [];
  for (const page of pages) {
    const measured = await measureWeight(browser, (page.base ?? appUrl) + page.path);
    const ratio = measured.js / bare.js;
    results.push({ label: page.label, kind: page.kind, ...measured, ratio });
    // Study and student pages are opened on phones, often: the tighter budget. Teacher pages (the
    // dashboard, authoring) carry their forms and live results, within their own budget.
    const limit = page.kind === 'teacher' ? budget.teacherJsRatio : budget.jsRatio;
    checks.push({
      id: `weight.${page.label}`,
      label: `${page.label}: JS ≤ ${limit}× the bare page`,
      value: Number(ratio.toFixed(3)),
      limit,
      ok: ratio <= limit,
    });
  }
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return {
    title: 'Page weight (first visit, gzip as received, measured in the browser)',
    bare,
    tables: [
      {
        head: ['page', 'kind', 'JS KB', 'CSS KB', 'files', 'JS vs bare'],
        rows: [
          ['bare Next.js page', 'baseline', kb(bare.js), kb(bare.css), String(bare.files), '1.00×'],
          ...results.map((r) => [r.label, r.kind, kb(r.js), kb(r.css), String(r.files), `${r.ratio.toFixed(2)}×`]),
        ],
      },
    ],
    data: { bare, pages: results },
    checks,
  };
}

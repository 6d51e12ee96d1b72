import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openScene, SCENES } from './scenes';
/**
 * Every page and state at the narrowest phone (320 px), a phone with the text at 200 % (WCAG 1.4.4
 * and 1.4.10), and a wide desktop: no sideways scrolling, no text running into other text, every
 * control on screen and not covered, and (at normal text size) touch targets of 44 px.
 */

async function expectNoHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label}: page is wider than the viewport`).toBeLessThanOrEqual(0);
}

/** Pairs of text runs (from different text nodes) whose boxes overlap on screen. */
async function expectNoOverlappingText(page: Page, label: string) {
  const overlaps = await page.evaluate(() => {
    const hiddenBySrOnly = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.overflow === 'hidden' && e.getBoundingClientRect().width <= 1) return true;
      }
      return false;
    };
    const layer = (el: Element | null): Element | null => {
      for (let e = el; e; e = e.parentElement) {
        const position = getComputedStyle(e).position;
        if (position === 'sticky' || position === 'fixed') return e;
      }
      return null;
    };
    // Text scrolled out of a scrolling box (the authoring screen's article panel) is not on screen.
    const clipOf = (el: Element | null): DOMRect | null => {
      for (let e = el; e; e = e.parentElement) {
        const overflow = getComputedStyle(e).overflowY;
        if (overflow === 'auto' || overflow === 'scroll') return e.getBoundingClientRect();
      }
      return null;
    };
    type Run = { rect: DOMRect; node: Node; layer: Element | null; text: string };
    const runs: Run[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || hiddenBySrOnly(parent) || parent.closest('dialog:not([open]), script, style')) continue;
      // The folded part of a closed <details> is not shown (but may still report boxes).
      const folded = parent.closest('details:not([open])');
      if (folded && !parent.closest('summary')) continue;
      if (getComputedStyle(parent).visibility === 'hidden') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const clip = clipOf(parent);
      for (const rect of range.getClientRects()) {
        if (rect.width < 2 || rect.height < 2) continue;
        if (clip && (rect.bottom <= clip.top || rect.top >= clip.bottom)) continue;
        runs.push({ rect, node, layer: layer(parent), text: text.slice(0, 40) });
      }
    }
    const found: string[] = [];
    for (let i = 0; i < runs.length; i += 1) {
      for (let j = i + 1; j < runs.length; j += 1) {
        const a = runs[i]!;
        const b = runs[j]!;
        if (a.node === b.node || a.layer !== b.layer) continue;
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (x > 2 && y > 2) found.push(`"${a.text}" overlaps "${b.text}"`);
      }
    }
    return found.slice(0, 5);
  });
  expect(overlaps, `${label}: text overlapping other text`).toEqual([]);
}

/** Every link, button and choice can be scrolled to, sits inside the viewport, and is not covered. */
async function expectControlsReachable(page: Page, label: string) {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    // With a modal dialog open, only its controls can be reached (the page behind it is inert).
    const modal = document.querySelector('dialog[open]');
    const controls = (modal ?? document).querySelectorAll<HTMLElement>(
      modal ? 'a, button' : 'main a, main button, main summary, main label:has(input), header a',
    );
    for (const el of controls) {
      const style = getComputedStyle(el);
      const first = el.getBoundingClientRect();
      if (first.width <= 1 || first.height <= 1 || style.visibility === 'hidden') continue; // not rendered
      if (el.closest('dialog:not([open])')) continue;
      const folded = el.closest('details:not([open])');
      if (folded && !el.closest('summary')) continue;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      // A link wrapping over lines is hit on its first line; a box taller than the screen, in its visible part.
      const box =
        style.display === 'inline'
          ? (el.getClientRects()[0] ?? el.getBoundingClientRect())
          : el.getBoundingClientRect();
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      if (box.left < -1 || box.right > window.innerWidth + 1) {
        found.push(`${el.tagName.toLowerCase()} "${name}" is off screen sideways`);
        continue;
      }
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, window.innerHeight);
      const hit = document.elementFromPoint(box.left + box.width / 2, (top + bottom) / 2);
      if (!hit || !(el === hit || el.contains(hit))) {
        found.push(`${el.tagName.toLowerCase()} "${name}" is covered by ${hit?.tagName.toLowerCase() ?? 'nothing'}`);
      }
    }
    window.scrollTo(0, 0);
    return found;
  });
  expect(problems, `${label}: controls that cannot be reached`).toEqual([]);
}

async function expectTouchTargets(page: Page, label: string) {
  const small = await page.evaluate(() => {
    const targets = [...document.querySelectorAll<HTMLElement>('main a, main button, main label:has(input), header a')];
    return targets
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.display === 'inline') return false; // links inside running text are exempt (WCAG 2.5.8)
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return false; // not rendered (the skip link, a closed dialog)
        return box.height < 44 || box.width < 44;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      );
  });
  expect(small, `${label}: targets smaller than 44 px`).toEqual([]);
}

const layouts = [
  { name: '320 px wide', viewport: { width: 320, height: 640 }, textScale: 1 },
  { name: '390 px phone, text at 200 %', viewport: { width: 390, height: 844 }, textScale: 2 },
  { name: '1440 px wide', viewport: { width: 1440, height: 900 }, textScale: 1 },
];

test.use({ reducedMotion: 'reduce' });

// One page load per scene, checked at each size in turn (resizing and text zoom need no reload).
for (const scene of SCENES) {
  test(`fits at 320 px, 200 % text and 1440 px; nothing overlaps; every control reachable: ${scene.name}`, async ({
    page,
  }) => {
    await page.setViewportSize(layouts[0]!.viewport);
    await openScene(page, scene);
    for (const layout of layouts) {
      await page.setViewportSize(layout.viewport);
      // As a browser's text-size setting does: the root font size, which every rem size follows.
      await page.evaluate((percent) => {
        document.documentElement.style.fontSize = `${percent}%`;
      }, layout.textScale * 100);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const label = `${scene.name} at ${layout.name}`;
      await expectNoHorizontalScroll(page, label);
      await expectNoOverlappingText(page, label);
      await expectControlsReachable(page, label);
      if (layout.textScale === 1) await expectTouchTargets(page, label);
    }
  });
}

/**
 * Draws the app icon set from one SVG: the favicon (ICO with 16, 32 and 48 px PNGs), the SVG icon,
 * the Apple touch icon and the web-app manifest sizes (192, 512, and a maskable 512 whose mark stays
 * inside the safe zone). Run once when the icon changes: node scripts/make-icons.mjs
 * The PNGs are rendered by the system Chromium, so no image library is needed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..');
const ACCENT = '#2f4bcc';
const MARK = '#ffe9a3';

/** An "N" over a highlighter stroke: the article's sentence, marked. */
const mark = `<path d="M156 356V156h48l104 132V156h48v200h-48L204 224v132z" fill="#fff"/>
  <rect x="132" y="380" width="248" height="40" rx="12" fill="${MARK}"/>`;

const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="112" fill="${ACCENT}"/>${mark}</svg>`;
// Maskable icons are cropped by the platform (circle, squircle): full-bleed colour, mark in the middle 80 %.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="${ACCENT}"/><g transform="translate(51.2 40) scale(0.8)">${mark}</g></svg>`;

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();

async function png(svg, size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** An ICO file holding PNG images (supported by every current browser). */
function ico(images) {
  const header = Buffer.alloc(6 + images.length * 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + i * 16;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

mkdirSync(path.join(root, 'public', 'icons'), { recursive: true });
writeFileSync(path.join(root, 'app', 'icon.svg'), `${rounded}\n`);
const small = [];
for (const size of [16, 32, 48]) small.push({ size, data: await png(rounded, size) });
writeFileSync(path.join(root, 'app', 'favicon.ico'), ico(small));
writeFileSync(path.join(root, 'app', 'apple-icon.png'), await png(maskable, 180));
writeFileSync(path.join(root, 'public', 'icons', 'icon-192.png'), await png(rounded, 192));
writeFileSync(path.join(root, 'public', 'icons', 'icon-512.png'), await png(rounded, 512));
writeFileSync(path.join(root, 'public', 'icons', 'maskable-512.png'), await png(maskable, 512));
await browser.close();
console.log('Icons written: app/favicon.ico, app/icon.svg, app/apple-icon.png, public/icons/*.png');

// Builds public/sw.js after `next build` (package.json "build"): the service worker in sw/sw.ts,
// with a precache manifest of Next's static files, public/, and every prerendered page, each page
// revisioned by a hash of its HTML. Turbopack builds the app; this step needs no webpack.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { serwist } from '@serwist/next/config';

/** Files Next serves from app/ (the icons, the manifest), precached with a hash of what was built. */
const built = ['favicon.ico', 'icon.svg', 'apple-icon.png', 'manifest.webmanifest'].map((name) => ({
  url: `/${name}`,
  revision: createHash('md5')
    .update(readFileSync(`.next/server/app/${name}.body`))
    .digest('hex'),
}));

export default serwist({
  swSrc: 'sw/sw.ts',
  swDest: 'public/sw.js',
  precachePrerendered: true,
  globIgnores: ['public/sw.js', 'public/sw.js.map'],
  additionalPrecacheEntries: built,
});

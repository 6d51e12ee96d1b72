// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The content/ folder is read from disk by server code at build and request time.
  outputFileTracingIncludes: {
    '/api/**': ['./content/**/*'],
  },
};

module.exports = nextConfig;

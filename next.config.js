// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time;
  // bundling it builds fine but answers 500 at run time.
  // rate-limiter-flexible loads drizzle-orm with a computed import() that a bundle cannot
  // resolve ("expression is too dynamic"): both stay in node_modules, so the limiter and the app
  // share one drizzle-orm.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'rate-limiter-flexible', 'drizzle-orm'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // `npm start` (scripts/build-if-stale.mjs) builds to run the app, not to check it: it skips
  // Next's type check (about 30 s of a first start on 2 cores). `npm test` checks types twice
  // over: `tsc --noEmit` first, then a full `next build` with this check before the browser tests.
  typescript: { ignoreBuildErrors: process.env.ACCORD_BUILD_TYPECHECK === 'skip' },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;

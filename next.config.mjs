import os from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A fully static site: every route is prerendered to out/ at build time.
  output: 'export',
  // /en/tech/aks/ is written as /en/tech/aks/index.html, which any static server maps cleanly.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // The build type-checks in its first step (`npm run build:typecheck`: route types, then tsc), beside the content
  // check where a core is free, instead of here, where the other core waits while one checks (about 15 s at 10×).
  // Errors still fail the build, there.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    globalNotFound: true,
    // Next leaves one core to itself and so renders pages on a single worker on a two-core machine; the main process
    // is idle while the workers render, so one worker per core builds ten times the content in far less time.
    cpus: os.availableParallelism(),
  },
};

export default nextConfig;

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
  experimental: {
    globalNotFound: true,
    // Next leaves one core to itself and so renders pages on a single worker on a two-core machine; the main process
    // is idle while the workers render, so one worker per core builds ten times the content in far less time.
    cpus: os.availableParallelism(),
  },
};

export default nextConfig;

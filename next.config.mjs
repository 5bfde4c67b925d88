/** @type {import('next').NextConfig} */
const nextConfig = {
  // A fully static site: every route is prerendered to out/ at build time.
  output: 'export',
  // /en/tech/aks/ is written as /en/tech/aks/index.html, which any static server maps cleanly.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { globalNotFound: true },
};

export default nextConfig;

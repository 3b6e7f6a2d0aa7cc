import { defineConfig, globalIgnores } from 'eslint/config'
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import tseslint from 'typescript-eslint'

/** Only lib/ talks to the database; seed/migrate scripts and tests are the other callers allowed (STYLE.md §2). */
const databaseImports = {
  patterns: [
    {
      regex: '^(@/db|(\\.\\.?/)+db)(/.*)?$',
      message:
        'Only lib/, db/, scripts/ and tests/ may import the database: call a lib/ function that authorizes instead.',
    },
  ],
}

export default defineConfig([
  globalIgnores(['.next/**', '.next-*/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Named although recommendedTypeChecked has them: an unawaited check or write is the bug we most fear.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Server actions must be async even when they await nothing, and so may generateStaticParams.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-unused-expressions': 'error',
      // Header, footer and thread links are plain <a> on purpose: nothing hydrates or prefetches every link in view.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['lib/**', 'db/**', 'scripts/**', 'tests/**'],
    rules: { 'no-restricted-imports': ['error', databaseImports] },
  },
  {
    // Playwright fixtures and benches call a function named `use` that is not React's hook.
    files: ['tests/**', 'scripts/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Tests read JSON bodies and SQL rows as `any` and then assert their shape.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
])

// Type-aware lint. Two rules matter most here:
// - no-misused-promises / no-floating-promises: an un-awaited async permission check always passes.
// - no-restricted-imports: routes and components never reach the database; they go through lib/data,
//   and only through its public modules (lib/data/*.ts), never the helpers in lib/data/internal/.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const dataLayerBoundary = {
  paths: [
    {
      name: 'next/link',
      message: 'Use Link from @/components/ui/link: every page is per request, so links are not prefetched.',
    },
  ],
  patterns: [
    {
      group: [
        '@/db',
        '@/db/*',
        '**/db/*',
        'drizzle-orm',
        'drizzle-orm/*',
        'pg',
        '@electric-sql/pglite',
        '@electric-sql/pglite/*',
      ],
      message: 'Pages, actions and components never touch the database: call the data access layer in lib/data.',
    },
    {
      group: [
        '@/lib/data/internal',
        '@/lib/data/internal/*',
        '**/lib/data/internal',
        '**/lib/data/internal/*',
        '**/data/internal/*',
      ],
      message:
        'lib/data/internal/ holds helpers that authorise nothing by themselves: call a public data function in lib/data/*.ts.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      '.data/**',
      'db/migrations/**',
      'playwright-report/**',
      'test-results/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['warn', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier wraps code at 120 but cannot break long strings or comments: split those by hand.
      // (Core max-len is deprecated in favour of @stylistic/max-len, and kept until ESLint 11.)
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    files: ['app/**', 'components/**'],
    ignores: ['components/ui/link.tsx'],
    rules: { 'no-restricted-imports': ['error', dataLayerBoundary] },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);

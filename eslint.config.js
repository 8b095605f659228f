// ESLint flat config: typescript-eslint strict and type-aware, jsx-a11y for the web app,
// and the boundary rule that keeps packages/core pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// One clock: the time of day comes from the injected Clock, and "today" is its London date.
const CLOCK_RULES = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Use the injected clock (clock.now()), not new Date().',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Use the injected clock (clock.now()), not Date.now().',
  },
  {
    selector:
      "CallExpression[callee.property.name='slice'][callee.object.callee.property.name='toISOString']",
    message: "Today is the Europe/London date: use clock.today() or core's londonDateOf.",
  },
];
const CLOCK_EXEMPT = [
  '**/*.test.ts',
  '**/testing/**',
  'packages/server/src/clock.ts',
  'packages/core/src/shared/clock.ts',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      '**/*.d.ts',
      'eslint.config.js',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './packages/core/tsconfig.json',
          './packages/server/tsconfig.json',
          './packages/web/tsconfig.json',
          './tsconfig.tools.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Fastify plugins and hooks are async by contract even when they await nothing.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'packages/core/src/testing/**'],
    rules: {
      // The domain is pure: no server, web app, database driver, web framework or Node I/O.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@everyday/server',
                '@everyday/web',
                '**/server/**',
                '**/web/**',
                'fastify',
                'fastify-*',
                '@fastify/*',
                'kysely',
                'pg',
                '@electric-sql/*',
                'react',
                'react-*',
                'node:*',
                'fs',
                'http',
                'net',
                'child_process',
              ],
              message: 'packages/core is the pure domain: no I/O, framework or database imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**/*.ts', 'packages/core/src/**/*.ts'],
    ignores: CLOCK_EXEMPT,
    rules: { 'no-restricted-syntax': ['error', ...CLOCK_RULES] },
  },
  {
    // Routes parse, authorise, call one use case and serialise: no query builder, no raw SQL and
    // no other route file (docs/architecture.md, "Capabilities").
    files: ['packages/server/src/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['kysely'], message: 'Routes call a use case; queries live in repositories.' },
            {
              group: ['./*.routes.js', '../*/*.routes.js'],
              message: 'A route file imports no other route file: move what is shared out.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...CLOCK_RULES,
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|transaction)$/]',
          message: 'Routes call a use case; queries live in repositories.',
        },
      ],
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: {
      ...jsxA11y.flatConfigs.strict.languageOptions,
      globals: { ...globals.browser },
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.test.ts', '**/*.e2e.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);

import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'db/target/',
      '.data/',
      'server/generated/',
      'client/src/generated/',
      'client/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The Vue client: single-file components parsed with the TypeScript parser; layout is
  // Prettier's job.
  ...pluginVue.configs['flat/recommended'],
  pluginVue.configs['no-layout-rules'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
      },
    },
    // TypeScript (vue-tsc) already checks undefined names.
    rules: { 'no-undef': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // A cast to never silences every type error between the generated resolver types and what
    // the graph returns: type the record instead (codegen mappers, server/graph/records.ts).
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSNeverKeyword, TSTypeAssertion > TSNeverKeyword',
          message: 'No cast to never in server/: type the value (mappers, records, a type guard).',
        },
      ],
    },
  },
  {
    // Folders point one way (README, Organisation): entry points → server → graph → driver.
    // The client's route table is plain data the server reads to know the client's pages.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/seeds/**', '**/bench/**', '**/cli/**', '**/test/**'],
              message: 'server/ is used by seeds, bench and cli, never the reverse.',
            },
            {
              regex: '(^|/)client/(?!src/routes-table\\.ts$)',
              message: 'server/ reads nothing of the client but its route table.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['seeds/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/bench/**', '**/cli/**', '**/test/**'],
              message: 'seeds/ is used by the entry points, never the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/seeds/**', '**/bench/**', '**/cli/**', '**/test/**'],
              message: 'db/ (the local Neo4j) knows nothing of the server.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read GraphQL responses as loosely typed JSON.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);

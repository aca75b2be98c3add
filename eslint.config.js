import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.dlis/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md).' },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of an enum (STYLE.md).' },
      ],
    },
  },
  {
    // The preview's shell runs in the browser: no Node module and no Node-side package (docs/preview.md).
    files: ['packages/preview/src/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                '@dlis/lrs',
                '@dlis/packager',
                '@dlis/course',
                '@dlis/player/build',
                '**/server/*',
              ],
              message: 'The preview shell is browser code: ask the preview server over HTTP instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // Config files are the one place a tool requires a default export.
    files: ['*.config.ts', '*.config.js', 'packages/*/vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);

import js from '@eslint/js';
import { builtinModules } from 'node:module';
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
    // Pure code shared by the browser and Node (docs/architecture.md, "Layout"): @dlis/agility, @dlis/errors, @dlis/xapi-profile,
    // tracking's build-time parts and the compiled-course contract (@dlis/course/compiled and the kinds' compiled side) import no Node module
    // and use no DOM global. (packages/course/test/learner-state-layout.test.ts also walks the contract's graph.)
    files: [
      'packages/agility/src/**/*.ts',
      'packages/errors/src/**/*.ts',
      'packages/xapi-profile/src/**/*.ts',
      'packages/course/src/compiled-course.ts',
      'packages/course/src/compiled-questionnaire.ts',
      'packages/course/src/complete-course.ts',
      'packages/course/src/learner-state-layout.ts',
      'packages/course/src/questionnaire-state-keys.ts',
      'packages/course/src/question-texts.ts',
      'packages/course/src/html-to-text.ts',
      'packages/course/src/visible-course.ts',
      'packages/course/src/assessment-of.ts',
      'packages/course/src/reading-course.ts',
      'packages/course/src/kinds/compiled-block-kind.ts',
      'packages/course/src/kinds/compiled-block-kinds.ts',
      'packages/course/src/kinds/question-kind.ts',
      'packages/course/src/kinds/question-kinds.ts',
      'packages/course/src/kinds/**/*-compiled.ts',
      'packages/course/src/kinds/question/complete-question.ts',
      // Tracking's code that the build runs too: the suspend-data codec and the correct patterns with their graph.
      'packages/tracking/src/suspend-data/**/*.ts',
      'packages/tracking/src/correct-patterns.ts',
      'packages/tracking/src/interaction-record.ts',
      'packages/tracking/src/learner-state.ts',
      'packages/tracking/src/format-*-duration.ts',
      'packages/tracking/src/adapters/interaction-options.ts',
      'packages/tracking/src/adapters/scorm12/interactions.ts',
      'packages/tracking/src/adapters/scorm2004/interactions.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: 'Pure code: no Node module here.' })),
          patterns: [{ group: ['node:*'], message: 'Pure code: no Node module here.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'process'].map(
          (name) => ({ name, message: 'Pure code: no DOM or Node global here.' }),
        ),
      ],
    },
  },
  {
    // Config files are the one place a tool requires a default export.
    files: ['*.config.ts', '*.config.js', 'packages/*/vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);

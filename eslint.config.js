// ESLint (flat config): TypeScript, Astro and Svelte files, JSDoc on the core library, and the
// rule that keeps src/lib/math pure (mathematics only: no DOM, no i18n, no Astro, no numbers
// formatting). Formatting is Prettier's job (.prettierrc), so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import jsdoc from 'eslint-plugin-jsdoc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      '.astro/**',
      '.venv*/**',
      'test-results/**',
      'public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Tests and content modules use non-null assertions on fixed-size examples.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    rules: {
      // The islands render fixed-length numeric vectors recomputed on every change; a key by
      // index would do exactly what Svelte's unkeyed each already does.
      'svelte/require-each-key': 'off',
    },
  },
  {
    // The core library: pure mathematics, documented with a runnable @example on every export.
    files: ['src/lib/math/**/*.ts'],
    plugins: { jsdoc },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./)',
              message:
                'src/lib/math imports only its own files (./x): no DOM, i18n, Astro or number formatting.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'document',
          'window',
          'navigator',
          'localStorage',
          'sessionStorage',
          'location',
          'HTMLElement',
          'customElements',
          'fetch',
          'globalThis',
          'process',
          'Astro',
        ],
      ],
      'jsdoc/require-jsdoc': [
        'error',
        { publicOnly: true, require: { FunctionDeclaration: true } },
      ],
      'jsdoc/require-example': ['error', { exemptedBy: ['internal'] }],
    },
  },
);

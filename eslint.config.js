// One linter (ESLint, flat config) and one formatter (Prettier, run by `npm run lint`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/** The DOM-free core: runs in Node, never touches the browser or the page. */
const CORE = [
  'lib/symbols/**',
  'lib/terms/**',
  'lib/kb/**',
  'lib/link/**',
  'lib/anchoring/text*.ts',
  'lib/anchoring/text/**',
  'lib/export/**',
  'lib/model/**',
  'lib/i18n/**',
  'lib/pdf/text.ts',
  'lib/pdf/find.ts',
  'lib/pdf/keys.ts',
  'lib/pdf/identity.ts',
  'lib/pdf/url.ts',
  'lib/pdf/zoom.ts',
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-*/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'test-results-*/**',
      'playwright-report/**',
      'demo-output/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, chrome: 'readonly' },
    },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      // Page text and notes are untrusted: no innerHTML-style sinks anywhere.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text; page content and notes are untrusted.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: CORE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports'], message: 'Core modules run in Node: no extension APIs.' },
            { group: ['mark.js', 'dexie', 'preact', 'preact/*'], message: 'Core modules are DOM-free.' },
            {
              group: ['**/scan/**', '**/highlight/**', '**/db/**', '**/messaging/**', '**/settings/**'],
              message: 'Core never imports an adapter.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'browser',
        'chrome',
        'navigator',
        'localStorage',
        'indexedDB',
      ],
    },
  },
);

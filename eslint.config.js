// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-test/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'data/',
    ],
  },
  // Typed rules need Astro's generated types (`astro:content` and friends in .astro/), so
  // `npm run lint` runs `astro sync` first; on a fresh clone they would otherwise be `any`.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Not typed: .astro files, because astro-eslint-parser has no project service and falls back
    // to `project`, a second TypeScript program of its own (a trial on two components took longer
    // than all .ts files together); `astro check` type-checks them instead. The few .js/.mjs files
    // are configuration outside the TypeScript project.
    files: ['**/*.astro', '**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  eslintPluginAstro.configs.recommended,
  eslintPluginAstro.configs['jsx-a11y-strict'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    rules: {
      // A fake of an async interface (a mailer's send, Astro's handler) is written `async` even
      // when it awaits nothing, so that a throw inside it rejects as the real one would.
      '@typescript-eslint/require-await': 'off',
      // Vitest types its asymmetric matchers (expect.stringContaining, expect.any) as `any` by
      // design; used inside toEqual/toMatchObject, every one would be flagged.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // The error summary of a form that comes back with problems takes the focus, as GOV.UK's
    // pattern asks; without JavaScript (a full reload) `autofocus` is the only way to move it.
    files: [
      'src/components/form/FormErrors.astro',
      'src/components/functiecreatie/ScanErrors.astro',
    ],
    rules: { 'astro/jsx-a11y/no-autofocus': 'off' },
  },
);

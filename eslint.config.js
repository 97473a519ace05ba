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
  tseslint.configs.recommended,
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
    // The error summary of a form that comes back with problems takes the focus, as GOV.UK's
    // pattern asks; without JavaScript (a full reload) `autofocus` is the only way to move it.
    files: [
      'src/components/form/FormErrors.astro',
      'src/components/functiecreatie/ScanErrors.astro',
    ],
    rules: { 'astro/jsx-a11y/no-autofocus': 'off' },
  },
);

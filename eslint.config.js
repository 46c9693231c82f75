// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import angular from 'angular-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', '.angular/', '.data/', '.cache/', 'coverage/', 'test-results/'],
  },
  {
    files: ['**/*.ts'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommended, ...tseslint.configs.stylistic],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      'projects/ocop-common/**/*.ts',
      'projects/ocop-shell/**/*.ts',
      'projects/ocop-dossier/**/*.ts',
      'projects/ocop-tasks/**/*.ts',
      'projects/ocop-reports/**/*.ts',
    ],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'ocop', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'ocop', style: 'kebab-case' },
      ],
    },
  },
  {
    files: ['projects/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
  },
  {
    files: ['projects/ocop-domain/**/*.ts'],
    rules: {
      // The domain library runs in the browser and in Node: it may not depend on either.
      'no-restricted-imports': ['error', { patterns: ['@angular/*', 'node:*', 'fs', 'path', 'rxjs'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [eslint.configs.recommended],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        document: 'readonly',
        window: 'readonly',
        customElements: 'readonly',
        fetch: 'readonly',
        Buffer: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        AbortController: 'readonly',
        performance: 'readonly',
        history: 'readonly',
        location: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        HTMLElement: 'readonly',
        Event: 'readonly',
        EventTarget: 'readonly',
        BroadcastChannel: 'readonly',
        navigator: 'readonly',
        sessionStorage: 'readonly',
        localStorage: 'readonly',
        CustomEvent: 'readonly',
        PopStateEvent: 'readonly',
      },
    },
  },
);

// Lint for the whole project: typed rules (floating promises) and the architecture boundary.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noVscodeInDomain = {
  files: ['src/core/**/*.ts', 'src/compose/**/*.ts', 'src/knowledge/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      paths: [{ name: 'vscode', message: 'core, compose and knowledge are plain TypeScript: no vscode import (see design.md).' }],
    }],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'examples/**', '*.vsix', 'media/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  noVscodeInDomain,
);

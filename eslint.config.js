// Lint rules, including the layering of docs/architecture.md:
//   shared/   pure domain code: imports neither electron/ nor renderer/, nor Node built-ins;
//   renderer/ the UI: no Node built-ins, nothing from electron/.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));
const noNode = {
  // Bare names here; every `node:` specifier is caught by the pattern below.
  paths: nodeBuiltins.map((name) => ({
    name,
    message: 'Node 내장 모듈은 electron/ 에서만 쓸 수 있습니다 (layering).',
  })),
  patterns: [{ group: ['node:*'], message: 'Node 내장 모듈은 electron/ 에서만 쓸 수 있습니다 (layering).' }],
};
const layer = (forbidden, message) => ({ group: forbidden, message });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test/e2e/artifacts/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{ts,mjs}', 'test/**/*.ts', 'bin/**/*.mjs', '*.{js,ts,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNode.paths,
          patterns: [
            ...noNode.patterns,
            layer(
              ['**/electron/**', '**/electron', 'electron'],
              'shared/ 는 electron/ 을 가져올 수 없습니다 (layering).',
            ),
            layer(['**/renderer/**', '**/renderer'], 'shared/ 는 renderer/ 를 가져올 수 없습니다 (layering).'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNode.paths,
          patterns: [
            ...noNode.patterns,
            layer(
              ['**/electron/**', '**/electron', 'electron'],
              'renderer/ 는 electron/ 을 가져올 수 없습니다: window.api 를 쓰세요 (layering).',
            ),
          ],
        },
      ],
    },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * Boundaries: data flows one way, fetch -> validate (data/) -> derive (model/, panels' series and views) ->
 * render (panels/, charts/, ui/, app/) -> export (export/). Each rule names what a folder may not import.
 */
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*', 'recharts', '@tanstack/react-query'];
const notFrom = (folders, why) => ({ group: folders.flatMap((f) => [`**/${f}`, `**/${f}/**`]), message: why });
const VIEW_LAYERS = notFrom(
  ['app', 'panels', 'charts', 'ui'],
  'the pure layers (data, model, export, workbook, theme) never reach up into the page',
);
const CHARTS_INSIDE = {
  group: ['**/charts/*', '!**/charts/index'],
  message: 'only charts/ knows recharts and its DOM: import the charts API (charts/index.ts)',
};
const NO_TESTS = notFrom(['test'], 'product code, build scripts and the bench import nothing from test/');

const restrict = (files, paths, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message: 'no React here: pure code' })), patterns }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  restrict(['src/model/**', 'src/export/**', 'src/workbook/**'], REACT, [VIEW_LAYERS, NO_TESTS]),
  restrict(
    ['src/data/**'],
    REACT.filter((p) => p !== '@tanstack/react-query'),
    [VIEW_LAYERS, NO_TESTS],
  ),
  restrict(['src/theme/**'], REACT, [
    notFrom(['app', 'panels', 'charts', 'ui', 'model', 'data', 'export', 'i18n'], 'the theme stands alone'),
  ]),
  restrict(['src/ui/**'], [], [notFrom(['app', 'panels', 'charts'], 'ui/ holds plain building blocks below the panels'), NO_TESTS]),
  restrict(
    ['src/charts/**'],
    [],
    [notFrom(['app', 'panels', 'ui'], 'charts draw specs; they know nothing of panels or the page'), NO_TESTS],
  ),
  restrict(['src/panels/**'], [], [notFrom(['app'], 'panels never import the page shell'), CHARTS_INSIDE, NO_TESTS]),
  // a panel's series and view are pure: no React (and still nothing from the page shell)
  restrict(['src/panels/*/series.ts', 'src/panels/*/view.ts'], REACT, [
    notFrom(['app'], 'panels never import the page shell'),
    CHARTS_INSIDE,
    NO_TESTS,
  ]),
  restrict(['src/app/**', 'src/*.tsx'], [], [CHARTS_INSIDE, NO_TESTS]),
  restrict(['bench/**', 'scripts/**'], [], [NO_TESTS]),
  // a panel's own tests sit beside it and may use the shared fixtures
  { files: ['src/**/*.test.{ts,tsx}'], rules: { 'no-restricted-imports': 'off' } },
);

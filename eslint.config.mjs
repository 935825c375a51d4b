// Lint keeps the layers honest (see ../shared/spec/style.md §3): the pure core may not reach
// into React, the DOM, Node or Electron, and file-format adapters may use only docx/mammoth.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import unicorn from 'eslint-plugin-unicorn'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const uiAndPlatformImports = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: '核心层不得依赖 React。' },
  { group: ['@tiptap/*', 'prosemirror-*'], message: '核心层不得依赖编辑器。' },
  { group: ['electron', 'electron-store'], message: '核心层不得依赖 Electron。' },
  { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: '核心层不得依赖 Node。' },
  { group: ['**/app/**', '**/editor/**', '**/bridge/**'], message: '核心层不得引用界面、编辑器或桥接层。' },
]
const fileFormatImports = [
  { group: ['docx', 'mammoth'], message: '核心层不处理文件格式，请放到 renderer/docx。' },
  { group: ['**/docx/**'], message: '核心层不得引用 renderer/docx。' },
]
const browserGlobals = ['window', 'document', 'localStorage', 'indexedDB', 'navigator'].map((name) => ({
  name,
  message: '核心层不得使用浏览器全局对象。',
}))
const nodeGlobals = ['process', 'Buffer', '__dirname', 'require'].map((name) => ({
  name,
  message: '此层不得使用 Node 全局对象。',
}))

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.es2022 },
    },
    plugins: { unicorn },
    rules: {
      'unicorn/filename-case': ['error', { case: 'kebabCase' }],
      // Named exports only: a renamed symbol is then renamed everywhere by the compiler.
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: '请使用具名导出（named export）。' },
      ],
      // Importing a type from the other process without `type` pulls the whole module into the bundle.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/strict-boolean-expressions': [
        'error',
        { allowString: true, allowNumber: false, allowNullableObject: true, allowNullableBoolean: true },
      ],
      'no-console': 'error',
      // The ideographic space (U+3000) is ordinary Chinese text: 【　】 fields, 2-character indents.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // CommonJS helpers loaded with `node --require` (tests/electron/offline-got.cjs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron-store', 'node:*'],
              message: '渲染进程不得直接使用 Electron 或 Node。',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/app/**/*.tsx', 'renderer/app/**/*.ts', 'renderer/editor/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['renderer/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiAndPlatformImports, ...fileFormatImports] }],
      'no-restricted-globals': ['error', ...browserGlobals, ...nodeGlobals],
    },
  },
  {
    // File-format adapters (docx, mammoth; the review summary's .xlsx): pure functions of bytes, so the
    // window, browser mode and the CLI share them.
    files: ['renderer/docx/**/*.ts', 'renderer/xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: uiAndPlatformImports }],
      'no-restricted-globals': ['error', ...browserGlobals, ...nodeGlobals],
    },
  },
  {
    // The CLI and the file I/O it shares with main run under plain Node, without Electron.
    files: ['electron/io/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron-store'],
              message: '命令行与文件读写在纯 Node 下运行，不得依赖 Electron。',
            },
          ],
        },
      ],
    },
  },
  { files: ['electron/**/*.ts'], languageOptions: { globals: { ...globals.node } } },
  {
    // Plain JavaScript that runs before anything is compiled (the CLI launcher, electron/cli-launcher) or is
    // loaded into a CLI process (tests/cli/report-peak-memory.mjs): Node globals; types in JSDoc and .d.mts.
    files: ['electron/**/*.mjs', 'tests/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/explicit-module-boundary-types': 'off' },
  },
  {
    files: [
      'electron/cli/**/*.ts',
      'electron/launcher/**/*.ts',
      'tests/bench/**/*.ts',
      'tests/summary-reporter.ts',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/strict-boolean-expressions': 'off',
      '@typescript-eslint/explicit-module-boundary-types': 'off',
    },
  },
  {
    // Tools require a default export from their config files (and vitest from a reporter).
    files: ['*.config.ts', '*.config.mjs', 'tests/summary-reporter.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
)

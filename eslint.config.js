// Flat ESLint config: typescript-eslint's recommended rules everywhere, React hooks rules in src/.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'playwright-report',
      'test-results',
      'node_modules',
      '.cache',
      '.gitlab-ci-local',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Where code runs, and which way imports flow (docs/architecture.md): site -> events -> i18n ->
  // components -> app in the browser; datacheck/ and build/ run in Node only, and the browser's
  // code never imports them. Tests may cross, to test pieces together.
  ...boundaries({
    'src/events/**': ['i18n', 'components', 'app'],
    'src/i18n/**': ['components', 'app'],
    'src/components/**': ['app'],
    'src/app/**': [],
    'src/{main,boot}.tsx': [],
  }),
);

/** One no-restricted-imports block a folder: the folders it must not import, and Node-only code. */
function boundaries(rules) {
  return Object.entries(rules).map(([files, later]) => ({
    files: [files],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/datacheck/*', '**/build/*', 'node:*'],
              message: 'Node-only code (the data check, the build) never reaches the browser.',
            },
            ...later.map((folder) => ({
              group: [`**/${folder}/*`],
              message: `Imports flow site -> events -> i18n -> components -> app: ${files} cannot import ${folder}/.`,
            })),
          ],
        },
      ],
    },
  }));
}

// Lint contract: strict TypeScript, no `any`, and one-way layering: bot/ -> host/ -> skills/ -> knowledge/,
// adaptive-cards/. Only bot/ may import botbuilder or @microsoft/teams-ai (so a move to the M365 Agents SDK or
// Teams SDK v2 rewrites bot/ alone); host/ (process, config, composition root, HTTP server and the non-Teams
// surfaces) must not import bot/; skills/ must not import bot/ or host/; knowledge/ and adaptive-cards/ must not
// import bot/, host/ or skills/; no runtime folder imports tools/ (build- and operator-time code) or test/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const teamsSdk = {
  group: ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', '@microsoft/teams-ai/*'],
  message: 'Only bot/ may import the Teams / Bot Framework SDKs (architecture rule 1).',
};
const layer = (names, message) => ({ group: names, message });
const buildTime = {
  group: ['**/tools/**'],
  message:
    'tools/ is build- and operator-time code (CLIs, packager, Playground launcher, benchmarks): runtime code must not import it.',
};
const testCode = {
  group: ['**/test/**'],
  message: 'test/ holds tests and their fakes: runtime code must not import it.',
};

/**
 * The runtime layers, top to bottom: the files of each, whether the Teams SDK is closed to them (`sdk`) and
 * the layers above them they must not import (`above`). No layer imports tools/ or test/.
 */
const layers = [
  { files: ['bot/**/*.ts'], sdk: false },
  {
    files: ['host/**/*.ts'],
    sdk: true,
    above: layer(
      ['**/bot/**', '../bot/*'],
      'host/ must not depend on bot/ (the SDK adapter plugs into it through BotEndpoint).',
    ),
  },
  {
    files: ['skills/**/*.ts'],
    sdk: true,
    above: layer(
      ['**/bot/**', '../bot/*', '**/host/**', '../host/*'],
      'skills/ must not depend on bot/ or host/.',
    ),
  },
  {
    files: ['knowledge/**/*.ts', 'adaptive-cards/**/*.ts'],
    sdk: true,
    above: layer(
      ['**/bot/**', '**/host/**', '**/skills/**'],
      'knowledge/ and adaptive-cards/ sit below skills/, host/ and bot/.',
    ),
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'data/**',
      'test-results/**',
      'appPackage/build/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  ...layers.map(({ files, sdk, above }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...(sdk ? [teamsSdk] : []), buildTime, testCode, ...(above ? [above] : [])] },
      ],
    },
  })),
);

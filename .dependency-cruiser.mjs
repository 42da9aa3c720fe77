// The layers and what each may import (docs/adr/0012-layer-boundaries.md), checked by `npm run lint`.
// Lowest first: domain and rules (pure) → storage → security → exchange, support → server, cli;
// the web app imports server-side code as types only. Tests may reach anything.
const TESTS = '\\.(test|int\\.test|e2e\\.test)\\.tsx?$';
const LAYERS_ABOVE_STORAGE = '^src/(security|exchange|support|server|cli|web)/';

export default {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        'Modules form no import cycle, type-only imports included: a cycle means two concepts are one.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'pure-core-no-io',
      comment: 'domain and rules are pure: no file, network, clock source or storage; only zod from npm.',
      severity: 'error',
      from: { path: '^src/(domain|rules)/', pathNot: TESTS },
      to: {
        pathNot: ['^src/(domain|rules)/', '^src/errors\\.ts$', 'node_modules/zod/'],
      },
    },
    {
      name: 'config-is-low',
      comment: 'configuration is parsed by the pure core and zod only, so every layer may take its values.',
      severity: 'error',
      from: { path: '^src/config/', pathNot: TESTS },
      to: { pathNot: ['^src/(config|domain)/', '^src/errors\\.ts$', 'node_modules/zod/'] },
    },
    {
      name: 'storage-below-operations',
      comment: 'storage holds the SQL; it knows the table types and the domain, not who calls it.',
      severity: 'error',
      from: { path: '^src/storage/', pathNot: TESTS },
      to: { path: LAYERS_ABOVE_STORAGE },
    },
    {
      name: 'security-below-operations',
      comment: 'security is called by operations and transport, never the other way round.',
      severity: 'error',
      from: { path: '^src/security/', pathNot: TESTS },
      to: { path: '^src/(exchange|support|server|cli|web)/' },
    },
    {
      name: 'operations-below-transport',
      comment: 'operations in exchange and support serve HTTP, the CLI and jobs alike: they import neither.',
      severity: 'error',
      from: { path: '^src/(exchange|support)/', pathNot: TESTS },
      to: { path: '^src/(server|cli|web)/' },
    },
    {
      name: 'server-not-cli',
      comment: 'the HTTP server does not depend on the command line.',
      severity: 'error',
      from: { path: '^src/server/', pathNot: TESTS },
      to: { path: '^src/(cli|web)/' },
    },
    {
      name: 'web-types-only',
      comment: 'the web bundle runs in the browser: server-side code comes in as types only.',
      severity: 'error',
      from: { path: '^src/web/', pathNot: TESTS },
      to: { path: '^src/(?!web/)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-test-support-in-product',
      comment: 'fixtures and test scaffolding live in test-support/ and never ship.',
      severity: 'error',
      from: { path: '^(src|bin)/', pathNot: TESTS },
      to: { path: '^test-support/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data|out)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};

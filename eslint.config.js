import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// SQL text is written only in src/storage (docs/adr/0011-data-access-layer.md): a string or template
// that starts like a statement anywhere else is refused.
const SQL_START =
  '/^\\s*(select\\s|insert\\s+into\\s|update\\s+[\\w.]+\\s+set\\s|delete\\s+from\\s|with\\s+(recursive\\s+)?\\w+(\\s*\\([^)]*\\))?\\s+as\\s|(create|alter|drop)\\s+(table|index|unique|role|schema|view|function|extension|type)\\s|truncate\\s|lock\\s+table\\s|copy\\s+\\w+|(analyze|vacuum)\\s+[a-z_]+\\s*(,|$))/i';
const NO_SQL_TEXT = [
  {
    selector: `Literal[value=${SQL_START}]`,
    message: 'SQL text belongs in a src/storage data-access module.',
  },
  {
    selector: `TemplateLiteral > TemplateElement:first-child[value.raw=${SQL_START}]`,
    message: 'SQL text belongs in a src/storage data-access module.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'out/', 'scratch/', 'dist/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/storage/**', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...NO_SQL_TEXT] },
  },
  {
    // One concept per function: longer ones are split (docs/adr/0012-layer-boundaries.md); migrations are
    // history and stay as they shipped.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/storage/migrations/**'],
    rules: { 'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Configuration is read once, at the entry point, and passed down (docs/configuration.md).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/cli/main.ts', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration in src/config at the entry point and pass it down.',
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);

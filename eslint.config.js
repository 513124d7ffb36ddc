import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'src/server/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Ask the Clock for the time (src/server/clock.ts), so it can be set in tests.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Ask the Clock for the time (src/server/clock.ts), so it can be set in tests.' },
      ],
    },
  },
  {
    // Only the clock itself, elapsed-time displays of the CLI, and test/tooling code may read the wall clock.
    files: ['src/server/clock.ts', 'src/cli/**', 'test/**', 'e2e/**', 'bench/**', 'scripts/**', 'src/web/**', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  { files: ['scripts/**/*.mjs', 'bin/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);

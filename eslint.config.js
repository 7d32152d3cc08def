import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.cache/**', 'node_modules/**', 'test/fixtures/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Page text must never become markup or code.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Render page text with textContent / DOM nodes, never as HTML.' },
        { property: 'outerHTML', message: 'Render page text with textContent / DOM nodes, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render page text with textContent / DOM nodes, never as HTML.' },
        { object: 'document', property: 'write', message: 'document.write is never needed.' },
        { object: 'document', property: 'writeln', message: 'document.writeln is never needed.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
      'no-control-regex': 'off',
    },
  },
);

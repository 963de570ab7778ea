// Lint, and the import directions of DESIGN.md: each room may import only the rooms listed for it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const ROOMS = ['domain', 'analyzer', 'asvs', 'store', 'report', 'electron', 'cli', 'renderer'];

/** Rooms each room must never import (DESIGN.md, "Imports go one way only"). */
export const FORBIDDEN = {
  domain: ['analyzer', 'asvs', 'store', 'report', 'electron', 'cli', 'renderer'],
  analyzer: ['store', 'electron', 'renderer', 'report', 'cli', 'asvs'],
  asvs: ['analyzer', 'store', 'electron', 'renderer', 'report', 'cli'],
  store: ['electron', 'renderer', 'report', 'cli'],
  report: ['electron', 'renderer', 'cli'],
  electron: ['renderer', 'cli'],
  cli: ['electron', 'renderer'],
  renderer: ['analyzer', 'asvs', 'store', 'report', 'cli', 'electron'],
};

function roomPatterns(room) {
  const patterns = FORBIDDEN[room].map((other) => ({
    // The renderer may import the IPC contract's types (electron/ipc-contract.ts) and nothing else of electron.
    regex: room === 'renderer' && other === 'electron' ? '(^|/)electron/(?!ipc-contract(\\.js)?$)' : `(^|/)${other}(/|$)`,
    message: `DESIGN.md: ${room}/ must not import ${other}/.`,
  }));
  if (room === 'renderer') {
    patterns.push({ regex: '^(node:.*|electron|better-sqlite3|tree-sitter.*|fs|path|os|child_process)$', message: 'DESIGN.md: the renderer never sees Node or Electron.' });
  }
  if (room === 'domain') {
    patterns.push({ regex: '^(?!\\.\\./domain/|\\./).*', message: 'DESIGN.md: domain/ imports nothing.' });
  }
  if (room === 'analyzer') {
    // Pure libraries (smol-toml, zod, ignore, @renovatebot/pep440 for the dependency inventory) are allowed;
    // the SBOM serialiser belongs to the rooms that write files for people (cli/, report/).
    patterns.push({ regex: '^(better-sqlite3|electron|react|react-dom|recharts|@cyclonedx/.*)$', message: 'DESIGN.md: the analyzer imports only node, tree-sitter and pure libraries.' });
  }
  return patterns;
}

const boundaryConfigs = ROOMS.map((room) => ({
  files: [`${room}/**/*.{ts,tsx}`],
  rules: { 'no-restricted-imports': ['error', { patterns: roomPatterns(room) }] },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test/fixtures/**', 'test/detection/cases/**', 'test-artifacts/**', '**/*.py'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  ...boundaryConfigs,
);

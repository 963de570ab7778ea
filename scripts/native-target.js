// Which runtime the native modules (better-sqlite3, tree-sitter) in node_modules are built for.
// Electron and Node need different builds: `npm start` and `npm run package` rebuild them for
// Electron, and `npm test` (scripts/ensure-node-abi.js) rebuilds them for Node when needed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NATIVE_MODULES = ['better-sqlite3', 'tree-sitter', 'tree-sitter-python'];
const MARKER = join('node_modules', '.assay-native-target');

/** 'electron@40.8.5', 'node@115', or null when nothing recorded it. */
export function readTarget(root) {
  const file = join(root, MARKER);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

export function writeTarget(root, target) {
  writeFileSync(join(root, MARKER), `${target}\n`);
}

export function nodeTarget() {
  return `node@${process.versions.modules}`;
}

/**
 * Loads each native module in a fresh plain-Node process from `root`. Returns the modules that
 * fail, with the loader's first error line ("compiled against a different Node.js version", …).
 */
export function probeNativeModules(root, modules = NATIVE_MODULES) {
  const failures = [];
  for (const name of modules) {
    // better-sqlite3 loads its binary lazily: opening a database forces it.
    const code = name === 'better-sqlite3' ? `new (require(${JSON.stringify(name)}))(':memory:').close()` : `require(${JSON.stringify(name)})`;
    const r = spawnSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) failures.push({ name, error: (r.stderr || r.stdout || `exit ${r.status}`).split('\n').find((l) => /Error|error/.test(l)) ?? 'failed to load' });
  }
  return failures;
}

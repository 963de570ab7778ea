#!/usr/bin/env node
// Runs before `npm test`: makes sure the native modules load in plain Node. After `npm start` or
// `npm run package` they are built for Electron's ABI; then they are rebuilt here for Node.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NATIVE_MODULES, nodeTarget, probeNativeModules, readTarget, writeTarget } from './native-target.js';

/** What has to happen in `root`: nothing, or a rebuild for Node with the reason. */
export function nodeAbiPlan(root) {
  const target = readTarget(root);
  const failures = probeNativeModules(root);
  if (failures.length > 0) return { rebuild: true, reason: failures.map((f) => `${f.name}: ${f.error.trim()}`).join('\n') };
  if (target && target.startsWith('electron@')) return { rebuild: true, reason: `native modules were last built for ${target}` };
  return { rebuild: false, reason: 'native modules load in Node' };
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const plan = nodeAbiPlan(root);
  if (!plan.rebuild) {
    if (readTarget(root) === null) writeTarget(root, nodeTarget());
    return 0;
  }
  process.stderr.write(`Rebuilding native modules for Node ${process.version} (${plan.reason.split('\n')[0]}).\n`);
  const r = spawnSync('npm', ['rebuild', ...NATIVE_MODULES], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    process.stderr.write('Rebuilding the native modules for Node failed. Run `npm rebuild better-sqlite3 tree-sitter tree-sitter-python` and check the compiler output.\n');
    return r.status ?? 1;
  }
  const still = probeNativeModules(root);
  if (still.length > 0) {
    process.stderr.write(`Still not loadable in Node after the rebuild: ${still.map((f) => f.name).join(', ')}.\n`);
    return 1;
  }
  writeTarget(root, nodeTarget());
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();

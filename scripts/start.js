#!/usr/bin/env node
// `npm start`: build (tsc + Vite), rebuild the native modules for Electron, launch the app on its
// own database in the user's data directory. `npm test` afterwards rebuilds them for Node again
// (scripts/ensure-node-abi.js), so the two can be run in either order.
import { spawnSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronVersion, INSTALL_HELP } from './electron-binary.js';
import { readTarget, writeTarget } from './native-target.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    process.stderr.write(`\n\`${command} ${args.join(' ')}\` failed (exit ${r.status}).\n`);
    process.exit(r.status ?? 1);
  }
}

const binary = electronBinary();
if (!binary.path) {
  process.stderr.write(`${INSTALL_HELP}\n\n(detail: ${binary.missing})\n`);
  process.exit(1);
}

run('npm', ['run', 'build']);

const target = `electron@${electronVersion()}`;
if (readTarget(root) !== target) {
  process.stdout.write(`Rebuilding native modules for ${target}…\n`);
  // electron-builder's install-app-deps drives @electron/rebuild for every native dependency.
  run('npx', ['electron-builder', 'install-app-deps']);
  writeTarget(root, target);
}

const child = spawn(binary.path, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 0);
});

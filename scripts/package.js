#!/usr/bin/env node
// `npm run package [-- --linux|--mac|--win ...]`: build, then electron-builder with
// electron-builder.yml (it rebuilds the native modules for Electron itself). Run `npm test`
// afterwards as usual: it rebuilds them for Node.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronVersion } from './electron-binary.js';
import { writeTarget } from './native-target.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npm', ['run', 'build']);
const result = spawnSync('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
// Whatever happened, the modules may now be Electron's: record it so `npm test` checks.
writeTarget(root, `electron@${electronVersion()}`);
process.exit(result.status ?? 1);

// "npm start, then npm test": after the start script rebuilt the native modules for Electron, the
// test script must notice and rebuild them for Node. These tests drive the real check against a
// real module tree, and against copies put in the states `npm start` leaves behind.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeAbiPlan } from './ensure-node-abi.js';
import { writeTarget } from './native-target.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const temps: string[] = [];

function fakeRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'assay-abi-'));
  temps.push(dir);
  writeFileSync(join(dir, 'package.json'), '{"name":"abi-check","private":true}');
  mkdirSync(join(dir, 'node_modules'));
  // Everything the three modules need, linked to the real installs.
  for (const name of ['tree-sitter', 'tree-sitter-python', 'bindings', 'file-uri-to-path', 'node-addon-api', 'node-gyp-build']) {
    try {
      symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
    } catch {
      // optional helper packages differ between versions
    }
  }
  return dir;
}

afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('ensure-node-abi', () => {
  it('sees nothing to do when the installed native modules load in Node', () => {
    expect(nodeAbiPlan(ROOT)).toEqual({ rebuild: false, reason: 'native modules load in Node' });
  });

  it('asks for a rebuild when the start script recorded an Electron build', () => {
    const dir = fakeRoot();
    symlinkSync(join(ROOT, 'node_modules', 'better-sqlite3'), join(dir, 'node_modules', 'better-sqlite3'), 'dir');
    writeTarget(dir, 'electron@40.8.5');
    expect(nodeAbiPlan(dir)).toEqual({ rebuild: true, reason: 'native modules were last built for electron@40.8.5' });
  });

  it('asks for a rebuild, naming the module, when a binary does not load in Node', () => {
    const dir = fakeRoot();
    // A copy of better-sqlite3 whose compiled addon is not one this Node can load, as after an
    // Electron rebuild; the check must notice it even without the marker file.
    cpSync(join(ROOT, 'node_modules', 'better-sqlite3'), join(dir, 'node_modules', 'better-sqlite3'), { recursive: true, dereference: true });
    const addon = join(dir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const real = readFileSync(addon);
    writeFileSync(addon, real.subarray(0, 4096));
    const plan = nodeAbiPlan(dir);
    expect(plan.rebuild).toBe(true);
    expect(plan.reason).toMatch(/^better-sqlite3: /);
    // Restoring the binary makes the same tree pass: the check reads the real state.
    copyFileSync(join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), addon);
    expect(nodeAbiPlan(dir).rebuild).toBe(false);
  });
});

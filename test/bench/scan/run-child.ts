// Runs one measurement of child.ts in a process of its own (its CPU and peak RSS are that run's alone).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildResult } from './child.js';

const CHILD = fileURLToPath(new URL('./child.js', import.meta.url));

/** `scan <dir> [options-json]` or `parse <dir>`; its last stdout line is the result. */
export function runChild(args: string[]): ChildResult {
  const out = execFileSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}

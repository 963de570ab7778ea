// Real database files in a fresh temp directory, removed after the test file finishes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type StoreDb } from '../open-store.js';

const dirs: string[] = [];

export function tempDir(prefix = 'assay-store-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

export function tempDbFile(): string {
  return join(tempDir(), 'assay.db');
}

export function tempStore(): { db: StoreDb; file: string } {
  const file = tempDbFile();
  return { db: openStore(file), file };
}

export function removeTempDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

// A digest of the analyzer's own code (and the vocabulary it imports), part of every cache key: a
// cache written by other code — another release, a rebuilt checkout — can never be read as ours.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

let digest: string | null = null;

function collect(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) collect(p, out);
    else if (/\.(js|ts)$/.test(e.name) && !/\.test\.(js|ts)$|\.d\.ts$/.test(e.name)) out.push(p);
  }
}

export function analyzerCodeDigest(): string {
  if (digest) return digest;
  const analyzerDir = fileURLToPath(new URL('..', import.meta.url));
  const files: string[] = [];
  collect(analyzerDir, files);
  collect(join(analyzerDir, '..', 'domain'), files);
  files.sort();
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f.slice(analyzerDir.length));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return (digest = h.digest('hex'));
}

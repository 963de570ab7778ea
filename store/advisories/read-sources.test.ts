// The memory bounds of reading advisory sources (issue 10), measured where they matter: in a child
// process of its own, whose peak RSS is compared with what it had before reading. Both inputs once
// cost hundreds of MB — a 300 MiB file that is not a zip was read whole before its size was judged
// (407 MB RSS), and a zip bomb pushed 64 KiB at a time inflated one chunk far past the limits
// before they were checked again (264 MB) — and are refused now within a few MiB.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Zip, ZipDeflate } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../testing/temp-db.js';
import { readAdvisorySources } from './read-sources.js';

afterAll(removeTempDirs);

const READ_SOURCES = fileURLToPath(new URL('./read-sources.ts', import.meta.url));
const MIB = 1024 * 1024;

/** Runs readAdvisorySources(path) in a fresh process: the error it gave and how much its peak RSS grew. */
function readInChild(path: string): { error: string; growthMb: number } {
  const script = `
    import { readAdvisorySources } from ${JSON.stringify(READ_SOURCES)};
    const before = process.resourceUsage().maxRSS;
    let error = '';
    try { readAdvisorySources(${JSON.stringify(path)}); } catch (e) { error = e.message; }
    process.stdout.write(JSON.stringify({ error, growthMb: (process.resourceUsage().maxRSS - before) / 1024 }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { error: string; growthMb: number };
}

/** A zip whose one entry is `mib` MiB of zeros (about 1,000:1), written without holding it inflated. */
function bombZip(file: string, mib: number): void {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const entry = new ZipDeflate('advisories/bomb.json', { level: 6 });
  zip.add(entry);
  const zeros = new Uint8Array(MIB);
  for (let i = 0; i < mib; i++) entry.push(zeros, i === mib - 1);
  zip.end();
  writeFileSync(file, Buffer.concat(parts));
}

describe('advisory sources stay bounded in memory', () => {
  it('a 300 MiB file that is not a zip is refused before it is read', () => {
    const file = join(tempDir(), 'advisories.json');
    // Sparse: 300 MiB long, no disk used; reading it would still cost its length in memory.
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 300 * MIB);
    closeSync(fd);
    const { error, growthMb } = readInChild(file);
    expect(error).toMatch(/advisories\.json is 300 MiB; no OSV record is that large/);
    expect(growthMb).toBeLessThan(64);
  });

  it('a zip bomb entry is stopped within a few MiB of inflated data', { timeout: 120_000 }, () => {
    const file = join(tempDir(), 'all.zip');
    bombZip(file, 96);
    const { error, growthMb } = readInChild(file);
    expect(error).toMatch(/bomb/);
    expect(growthMb).toBeLessThan(40);
  });

  it('a device or a FIFO is refused at once, never read or waited on', () => {
    expect(() => readAdvisorySources('/dev/zero')).toThrow(/\/dev\/zero is not a regular file or folder/);
    const fifo = join(tempDir(), 'osv.json');
    execFileSync('mkfifo', [fifo]);
    expect(() => readAdvisorySources(fifo)).toThrow(/osv\.json is not a regular file or folder/);
  });
});

// verify against hostile zips built here: entries that claim to be symlinks, devices or folders,
// names that are Object's own properties, and sizes declared far beyond memory.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { verifyEvidencePack, MAX_TOTAL_BYTES } from './verify-pack.js';
import { PACK_FORMAT, PACK_VERSION, sha256 } from './pack-manifest.js';

function manifestFor(files: Record<string, Uint8Array> | [string, Uint8Array][]): Uint8Array {
  return strToU8(
    JSON.stringify({
      format: PACK_FORMAT,
      version: PACK_VERSION,
      generatedAt: '2026-01-01T00:00:00.000Z',
      reviewer: 'R',
      tool: { name: 'assay', analyzerVersion: '0.1.0', rulesetVersion: 'x' },
      project: { name: 'p', rootPath: '/p' },
      scan: { id: 1, status: 'complete', startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:01:00.000Z', gitCommit: null, gitBranch: null, gitDirty: null },
      scanIds: [1],
      asvs: { version: '5.0.0', level: 2 },
      compliance: 0.5,
      files: (Array.isArray(files) ? files : Object.entries(files)).map(([path, bytes]) => ({ path, format: 'html', sha256: sha256(bytes), bytes: bytes.length })),
    }),
  );
}

function pack(files: Record<string, Uint8Array>, special: Zippable = {}): Uint8Array {
  return zipSync({ 'manifest.json': manifestFor(files), ...files, ...special });
}

/** Replaces an entry name by another of the same length, in the local and central headers. */
function renameEntries(zip: Uint8Array, from: string, to: string): Uint8Array {
  const out = Buffer.from(zip);
  for (let at = out.indexOf(from); at >= 0; at = out.indexOf(from, at + 1)) out.write(to, at, 'latin1');
  return new Uint8Array(out);
}

/** Rewrites the declared uncompressed size of every central-directory entry. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe('verify: hostile packs', () => {
  it('a well-formed pack of this shape verifies (the fixture is sound)', () => {
    const r = verifyEvidencePack(pack({ 'report.html': strToU8('<p>ok</p>') }));
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('names like __proto__, constructor and toString are ordinary names, never exit 3', () => {
    const files = { __proto__x: strToU8('a'), constructor: strToU8('b'), toString: strToU8('c') };
    const ok = verifyEvidencePack(pack(files));
    expect(ok.problems).toEqual([]);
    const zip = zipSync({ 'manifest.json': manifestFor({ constructor: strToU8('b'), hasOwnProperty: strToU8('h') }), toString: strToU8('c') });
    const r = verifyEvidencePack(zip);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(['constructor is listed in the manifest but missing from the pack', 'hasOwnProperty is listed in the manifest but missing from the pack', '"toString" is in the pack but not in the manifest']);
    // An entry really named __proto__ (fixtures cannot hold one as an object key): renamed in the bytes.
    const named = renameEntries(zipSync({ 'manifest.json': manifestFor([['__proto__', strToU8('p')]]), XXproto__: strToU8('p') }), 'XXproto__', '__proto__');
    const p = verifyEvidencePack(named);
    expect(p.problems).toEqual([]);
    expect(p.ok).toBe(true);
  });

  it('refuses entries that are symlinks, devices or folders, whatever the manifest says', () => {
    const target = strToU8('/etc/passwd');
    for (const [mode, word] of [[0o120777, 'symlink'], [0o020666, 'device'], [0o040755, 'folder']] as const) {
      const zip = pack({ 'report.html': target }, {});
      // Same bytes, same manifest, but the entry's Unix attributes say it is not a file.
      const hostile = zipSync({ 'manifest.json': manifestFor({ 'report.html': target }), 'report.html': [target, { os: 3, attrs: (mode << 16) >>> 0 }] });
      expect(verifyEvidencePack(zip).ok).toBe(true);
      const r = verifyEvidencePack(hostile);
      expect(r.ok).toBe(false);
      expect(r.problems.join('\n')).toMatch(new RegExp(`"report\\.html" is a ${word}`));
    }
  });

  it('refuses a zip declaring more than the cap before inflating anything, and never inflates past a declared size', () => {
    const files = { 'report.html': new Uint8Array(4096) };
    const bomb = declareSize(pack(files), 0x7fffffff);
    const before = process.memoryUsage().rss;
    const r = verifyEvidencePack(bomb);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatch(new RegExp(`declares \\d+ bytes of content, more than the ${MAX_TOTAL_BYTES}-byte limit`));
    // Declaring less than it holds: inflation stops at the declared size and the hash says changed.
    const short = declareSize(pack(files), 16);
    const s = verifyEvidencePack(short);
    expect(s.ok).toBe(false);
  });
});

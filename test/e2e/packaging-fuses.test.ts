// The desktop package's hardening: Electron fuses and the asar archive as electron-builder.yml
// declares them, checked everywhere; the fuse wire of a packaged binary read back where one exists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

// The wire's bytes (@electron/fuses 1.x, the one electron-builder 26.0 uses, keeps this enum internal):
// ASCII '0' off, '1' on, 'r' removed from this Electron build.
const FuseState = { DISABLE: 48, ENABLE: 49, REMOVED: 114 } as const;
type FuseState = (typeof FuseState)[keyof typeof FuseState];

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  asar: boolean;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  productName: string;
};

const EXPECTED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f));
}

function bareImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*import\s[^'"]*['"]([^'"./][^'"]*)['"]/gm)].map((m) => m[1]!).filter((s) => !s.startsWith('node:'));
}

describe('desktop package hardening (electron-builder.yml)', () => {
  it('flips every fuse the issue names: no RunAsNode, NODE_OPTIONS or --inspect; cookies encrypted; asar only, integrity checked', () => {
    expect(config.electronFuses).toEqual(EXPECTED_FUSES);
  });

  it('ships an asar, with the worker scripts, their modules and native addons unpacked', () => {
    expect(config.asar).toBe(true);
    const unpack = new Set(config.asarUnpack);
    for (const pattern of ['**/*.node', 'dist/electron/scan-worker.js', 'dist/analyzer/**', 'dist/domain/**']) expect(unpack.has(pattern), pattern).toBe(true);
    // The scan worker may import only what is unpacked: the analyzer, the domain, its protocol and the
    // advisory reader (which opens the store).
    const worker = readFileSync(join(ROOT, 'electron/scan-worker.ts'), 'utf8');
    const relative = [...worker.matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]!);
    for (const spec of relative) expect(spec, spec).toMatch(/^\.\.\/analyzer\/|^\.\/services\/(scan-protocol|advisory-source)\.js$/);
    for (const p of ['dist/electron/services/advisory-source.js', 'dist/store/**', 'dist/asvs/**']) expect(unpack.has(p), p).toBe(true);
    expect(unpack.has('dist/electron/services/scan-protocol.js')).toBe(true);
    // Every package the unpacked code imports is unpacked too, or Node could not resolve it.
    const packages = new Set([...sources(join(ROOT, 'analyzer')), ...sources(join(ROOT, 'domain')), ...sources(join(ROOT, 'store')), ...sources(join(ROOT, 'asvs'))].flatMap(bareImports).map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!)));
    expect(packages.size).toBeGreaterThan(2);
    for (const p of packages) expect(unpack.has(`node_modules/${p}/**`), `node_modules/${p}/** must be unpacked (imported by the analyzer)`).toBe(true);
    for (const native of ['better-sqlite3', 'tree-sitter', 'tree-sitter-python']) expect(unpack.has(`node_modules/${native}/**`), native).toBe(true);
  });

  const binaries = [
    join(ROOT, 'release/linux-unpacked/assay'),
    join(ROOT, `release/linux-unpacked/${config.productName}`),
    join(ROOT, `release/mac/${config.productName}.app/Contents/MacOS/${config.productName}`),
    join(ROOT, `release/mac-arm64/${config.productName}.app/Contents/MacOS/${config.productName}`),
    join(ROOT, `release/win-unpacked/${config.productName}.exe`),
  ].filter((f) => existsSync(f) && statSync(f).isFile());

  // Skipped where no package was built: `npm run package` needs the Electron binary, which cannot be downloaded here.
  it.skipIf(binaries.length === 0)('the packaged binary carries the fuses (skipped: no package in release/; run `npm run package` first)', async () => {
    const names: Record<keyof typeof EXPECTED_FUSES, FuseV1Options> = {
      runAsNode: FuseV1Options.RunAsNode,
      enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
      enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
      enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
      enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
      onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
      loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
      grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
    };
    for (const binary of binaries) {
      const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, FuseState>;
      for (const [name, want] of Object.entries(EXPECTED_FUSES)) {
        const state = wire[names[name as keyof typeof EXPECTED_FUSES]];
        // Integrity validation is only honoured on macOS and Windows; elsewhere the fuse may be absent.
        if (state === FuseState.REMOVED || state === undefined) continue;
        expect(state, `${binary}: ${name}`).toBe(want ? FuseState.ENABLE : FuseState.DISABLE);
      }
    }
  });
});

// The desktop package's hardening: Electron fuses and the asar archive as electron-builder.yml
// declares them, checked everywhere; the fuse wire of a packaged binary read back where one exists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
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

/** The runtime module specifiers of a TypeScript source: static imports and re-exports, side-effect and dynamic imports; `import type` is erased. */
function runtimeSpecifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    // The clause between the keyword and `from` holds only names, braces, commas, `*` and `as`.
    ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[\w$*{},\s]*?\s*from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!),
    // Worker entry points started by URL (new Worker(new URL('./worker.js', import.meta.url))).
    ...[...text.matchAll(/new URL\(\s*['"](\.[^'"]+\.js)['"]\s*,\s*import\.meta\.url\s*\)/g)].map((m) => m[1]!),
  ];
  return specs.filter((s) => !s.startsWith('node:'));
}

/** Whether any script of package `name` requires or imports `dep`. */
function packageLoads(name: string, dep: string): boolean {
  const dir = join(ROOT, 'node_modules', name);
  const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(c|m)?js$/.test(f) && !f.split('/').includes('node_modules'));
  const quoted = dep.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const loads = new RegExp(`(?:require\\s*\\(|from|import\\s*\\()\\s*['"]${quoted}(?:/[^'"]*)?['"]`);
  return scripts.some((f) => loads.test(readFileSync(join(dir, f), 'utf8')));
}

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/**
 * Everything Node loads when `entry` runs, followed transitively: the project's own modules (as
 * source paths relative to the checkout) and every package, with the packages those depend on.
 */
function importGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    const rel = relative(ROOT, file);
    if (modules.has(rel)) continue;
    modules.add(rel);
    for (const spec of runtimeSpecifiers(file)) {
      if (!spec.startsWith('.')) {
        packages.add(packageName(spec));
        continue;
      }
      const target = resolvePath(dirname(file), spec).replace(/\.js$/, '.ts');
      if (existsSync(target)) todo.push(target);
      else if (!existsSync(resolvePath(dirname(file), spec))) throw new Error(`${rel} imports ${spec}, which does not exist`);
    }
  }
  // A package's own dependencies must resolve from the unpacked folder too.
  const pending = [...packages];
  while (pending.length) {
    const name = pending.pop()!;
    const manifest = join(ROOT, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) continue;
    const deps = Object.keys((JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {});
    for (const d of deps) {
      // Nested copies live inside the package's own folder, which its pattern already covers; a
      // dependency only its install script uses (prebuild-install) is never loaded by the app.
      if (existsSync(join(ROOT, 'node_modules', name, 'node_modules', d))) continue;
      if (!packageLoads(name, d)) continue;
      if (!packages.has(d)) {
        packages.add(d);
        pending.push(d);
      }
    }
  }
  return { modules, packages };
}

/** electron-builder's asarUnpack globs: `**` any path, `*` within one folder. */
function globMatches(pattern: string, path: string): boolean {
  const re = pattern
    .split('/')
    .map((part) => (part === '**' ? '(?:.*)' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')))
    .join('/')
    .replace(/^\(\?:\.\*\)\//, '(?:.*/)?')
    .replace(/\/\(\?:\.\*\)$/, '(?:/.*)?');
  return new RegExp(`^${re}$`).test(path);
}

describe('desktop package hardening (electron-builder.yml)', () => {
  it('flips every fuse the issue names: no RunAsNode, NODE_OPTIONS or --inspect; cookies encrypted; asar only, integrity checked', () => {
    expect(config.electronFuses).toEqual(EXPECTED_FUSES);
  });

  it('ships an asar, with the worker scripts, their modules and native addons unpacked', () => {
    expect(config.asar).toBe(true);
    const unpack = new Set(config.asarUnpack);
    for (const pattern of ['**/*.node', 'dist/electron/scan-worker.js', 'dist/analyzer/**', 'dist/domain/**']) expect(unpack.has(pattern), pattern).toBe(true);
    // Everything the scan worker loads, followed through the whole import graph (and the analysis
    // pool's worker, started by URL), is unpacked: the project's modules as dist/ files, and every
    // package with the packages it depends on. Otherwise Node could not load it beside the asar.
    const { modules, packages } = importGraph(join(ROOT, 'electron/scan-worker.ts'));
    expect(modules.has('analyzer/pool/worker.ts'), 'the walk reaches the analysis pool worker').toBe(true);
    expect(modules.size).toBeGreaterThan(50);
    for (const m of modules) {
      const built = `dist/${m.replace(/\.ts$/, '.js')}`;
      expect(config.asarUnpack.some((p) => globMatches(p, built)), `${built} (loaded by the scan worker) must be unpacked`).toBe(true);
    }
    expect(packages.size).toBeGreaterThan(2);
    for (const p of packages) expect(unpack.has(`node_modules/${p}/**`), `node_modules/${p}/** must be unpacked (loaded by the scan worker)`).toBe(true);
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

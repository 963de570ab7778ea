// Lock files: poetry.lock, uv.lock and pdm.lock (TOML). Each gives exact versions, hashes and the
// dependency graph. A lock of a format version we do not know is refused with a message, never guessed.
import type { Dependency, InventoryProblem, ReadOutcome } from './model.js';
import { dependencyOf, normalizeName, parseRequirement } from './names.js';
import { parseTomlDocument, strings, table, TomlLines, type TomlTable } from './toml-lines.js';

/** Lock format versions read; others are reported (their layout may differ). */
export const KNOWN_LOCK_VERSIONS = {
  'poetry.lock': ['1.1', '2.0', '2.1'],
  'uv.lock': ['1'],
  'pdm.lock': ['4.0', '4.1', '4.2', '4.3', '4.4', '4.4.1', '4.4.2', '4.5.0'],
} as const;

type LockName = keyof typeof KNOWN_LOCK_VERSIONS;

function refuse(path: string, lock: LockName, found: unknown): ReadOutcome {
  const known = KNOWN_LOCK_VERSIONS[lock].join(', ');
  return {
    dependencies: [],
    problems: [{ path, line: null, message: `${lock} format version ${found === undefined ? '(none given)' : JSON.stringify(found)} is not one Assay reads (known: ${known}); its packages are not in the inventory` }],
  };
}

function packages(doc: TomlTable, path: string, problems: InventoryProblem[]): TomlTable[] {
  const list = doc.package;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push({ path, line: null, message: '`package` is not an array of tables; not read' });
    return [];
  }
  return list.map(table).filter((t): t is TomlTable => t !== null);
}

function entry(path: string, lines: TomlLines, pkg: TomlTable, problems: InventoryProblem[], extra: Partial<Dependency>): Dependency | null {
  if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string') {
    problems.push({ path, line: null, message: `a [[package]] entry lacks a name or version (${JSON.stringify(pkg.name ?? null)}); skipped` });
    return null;
  }
  const line = lines.entryWithName('package', pkg.name) || 1;
  return dependencyOf({
    declaredName: pkg.name,
    path,
    line,
    version: pkg.version,
    direct: false,
    groups: extra.groups ?? [],
    hashes: extra.hashes ?? [],
    dependsOn: extra.dependsOn ?? [],
    url: extra.url ?? null,
    vcsRef: extra.vcsRef ?? null,
    lockedBy: path,
  });
}

function fileHashes(files: unknown): string[] {
  if (!Array.isArray(files)) return [];
  return files.map((f) => table(f)?.hash).filter((h): h is string => typeof h === 'string' && /^[a-z0-9]+:[a-f0-9]+$/i.test(h));
}

export function readPoetryLock(path: string, text: string): ReadOutcome {
  const doc = parseTomlDocument(text);
  if (typeof doc === 'string') return { dependencies: [], problems: [{ path, line: null, message: doc }] };
  const version = table(doc.metadata)?.['lock-version'];
  // Locks from before lock-version existed (Poetry < 1.1) keep hashes elsewhere; refused like any unknown.
  if (!(KNOWN_LOCK_VERSIONS['poetry.lock'] as readonly unknown[]).includes(version)) return refuse(path, 'poetry.lock', version);
  const problems: InventoryProblem[] = [];
  const lines = new TomlLines(text);
  const dependencies: Dependency[] = [];
  for (const pkg of packages(doc, path, problems)) {
    const groups = strings(pkg.groups) ?? (typeof pkg.category === 'string' ? [pkg.category] : []);
    const src = table(pkg.source);
    const url = src && typeof src.url === 'string' ? (src.type === 'git' ? `git+${src.url}` : src.type === 'legacy' ? null : src.url) : null;
    const d = entry(path, lines, pkg, problems, {
      groups,
      hashes: fileHashes(pkg.files),
      dependsOn: Object.keys(table(pkg.dependencies) ?? {}).map(normalizeName).sort(),
      url,
      vcsRef: src?.type === 'git' ? String(src.resolved_reference ?? src.reference ?? '') || null : null,
    });
    if (d) dependencies.push(d);
  }
  return { dependencies, problems };
}

export function readUvLock(path: string, text: string): ReadOutcome {
  const doc = parseTomlDocument(text);
  if (typeof doc === 'string') return { dependencies: [], problems: [{ path, line: null, message: doc }] };
  if (doc.version !== 1) return refuse(path, 'uv.lock', doc.version);
  const problems: InventoryProblem[] = [];
  const lines = new TomlLines(text);
  const dependencies: Dependency[] = [];
  const names = (v: unknown) => (Array.isArray(v) ? v.map((x) => table(x)?.name).filter((n): n is string => typeof n === 'string').map(normalizeName) : []);
  for (const pkg of packages(doc, path, problems)) {
    const source = table(pkg.source) ?? {};
    // The project itself (editable or virtual source) is not one of its dependencies.
    if (typeof source.editable === 'string' || typeof source.virtual === 'string') continue;
    const hashes = [table(pkg.sdist)?.hash, ...(Array.isArray(pkg.wheels) ? pkg.wheels.map((w) => table(w)?.hash) : [])].filter((h): h is string => typeof h === 'string');
    const git = typeof source.git === 'string' ? source.git : null;
    const d = entry(path, lines, pkg, problems, {
      hashes,
      dependsOn: [...new Set([...names(pkg.dependencies), ...Object.values(table(pkg['optional-dependencies']) ?? {}).flatMap(names)])].sort(),
      url: git ? `git+${git.split('#')[0]}` : typeof source.url === 'string' ? source.url : typeof source.path === 'string' ? source.path : null,
      vcsRef: git && git.includes('#') ? git.slice(git.indexOf('#') + 1) : null,
    });
    if (d) dependencies.push(d);
  }
  return { dependencies, problems };
}

export function readPdmLock(path: string, text: string): ReadOutcome {
  const doc = parseTomlDocument(text);
  if (typeof doc === 'string') return { dependencies: [], problems: [{ path, line: null, message: doc }] };
  const version = table(doc.metadata)?.lock_version;
  if (!(KNOWN_LOCK_VERSIONS['pdm.lock'] as readonly unknown[]).includes(version)) return refuse(path, 'pdm.lock', version);
  const problems: InventoryProblem[] = [];
  const lines = new TomlLines(text);
  const dependencies: Dependency[] = [];
  for (const pkg of packages(doc, path, problems)) {
    const deps = (strings(pkg.dependencies) ?? []).map(parseRequirement).filter((r) => typeof r !== 'string');
    const d = entry(path, lines, pkg, problems, {
      groups: (strings(pkg.groups) ?? []).map((g) => (g === 'default' ? 'main' : g)),
      hashes: fileHashes(pkg.files),
      dependsOn: [...new Set(deps.map((r) => normalizeName(r.declaredName)))].sort(),
      url: typeof pkg.git === 'string' ? `git+${pkg.git}` : null,
      vcsRef: typeof pkg.revision === 'string' ? pkg.revision : null,
    });
    if (d) dependencies.push(d);
  }
  return { dependencies, problems };
}

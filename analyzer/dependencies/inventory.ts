// The project's dependency inventory from its manifests' texts: each file read by its reader,
// requirement includes followed inside the root, and lock files' exact versions, hashes and graph
// joined to the declarations beside them. Reading never executes anything and never throws for bad input.
import { posix } from 'node:path';
import type { ManifestKind } from '../../domain/index.js';
import type { Dependency, DependencyInventory, InventoryProblem, ManifestText, ReadOutcome } from './model.js';
import { emptyInventory } from './model.js';
import { manifestKind } from './manifest-files.js';
import { constraintPins, readRequirements, type RequirementsOutcome } from './requirements.js';
import { readPyproject } from './pyproject.js';
import { readPoetryLock, readPdmLock, readUvLock } from './locks.js';
import { readPipfile, readPipfileLock } from './pipfile.js';
import { readSetupCfg } from './setup-cfg.js';
import { readSetupPy } from './setup-py.js';
import { compareText } from '../discovery/discover.js';

/** Reads a file named by an include; the caller keeps it inside the root. Error text on failure. */
export type IncludeReader = (relPath: string) => string | { error: string };

const MAX_INCLUDES = 200;

function readerFor(kind: ManifestKind): (path: string, text: string) => ReadOutcome {
  switch (kind) {
    case 'requirements':
      return (p, t) => readRequirements(p, t);
    case 'constraints':
      return (p, t) => readRequirements(p, t, 'constraints');
    case 'pyproject':
      return readPyproject;
    case 'poetry-lock':
      return readPoetryLock;
    case 'uv-lock':
      return readUvLock;
    case 'pdm-lock':
      return readPdmLock;
    case 'pipfile':
      return readPipfile;
    case 'pipfile-lock':
      return readPipfileLock;
    case 'setup-cfg':
      return readSetupCfg;
    case 'setup-py':
      return readSetupPy;
  }
}

/** An include target relative to the including file, or a reason it is refused. */
export function includePath(from: string, target: string): string | { error: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return { error: `includes ${target}, a URL: never fetched` };
  if (posix.isAbsolute(target) || /^[A-Za-z]:[\\/]/.test(target)) return { error: `includes ${target}, outside the project: not read` };
  const joined = posix.normalize(posix.join(posix.dirname(from), target.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../')) return { error: `includes ${target}, outside the project: not read` };
  return joined;
}

interface Read {
  path: string;
  kind: ManifestKind;
  outcome: ReadOutcome;
  /** Constraints files this requirements file names with -c. */
  constraints: string[];
  /** Requirements files it includes with -r (pip applies its constraints to them too). */
  requires: string[];
}

export function buildInventory(manifests: readonly ManifestText[], readInclude: IncludeReader): DependencyInventory {
  const inv = emptyInventory();
  const reads = new Map<string, Read>();
  const queue: Array<{ path: string; text: string | null; kind: ManifestKind; from?: string }> = manifests
    .map((m) => ({ path: m.path, text: m.text, kind: manifestKind(m.path)! }))
    .filter((m) => m.kind !== null);
  const forcedKind = new Map<string, ManifestKind>();
  const unreadable = new Set<string>();
  let includes = 0;
  while (queue.length) {
    const item = queue.shift()!;
    if (reads.has(item.path) || unreadable.has(item.path)) continue;
    const kind = forcedKind.get(item.path) ?? item.kind;
    let text = item.text;
    if (text === null) {
      const got = readInclude(item.path);
      if (typeof got !== 'string') {
        // Reported where the include is written: that is the line to fix.
        const [path, line] = item.from!.split('\u0000');
        inv.problems.push({ path: path!, line: Number(line), message: `includes ${item.path}: ${got.error}` });
        unreadable.add(item.path);
        continue;
      }
      text = got;
    }
    const outcome = readerFor(kind)(item.path, text);
    const read: Read = { path: item.path, kind, outcome, constraints: [], requires: [] };
    reads.set(item.path, read);
    for (const inc of (outcome as RequirementsOutcome).includes ?? []) {
      const target = includePath(item.path, inc.target);
      if (typeof target !== 'string') {
        inv.problems.push({ path: item.path, line: inc.line, message: target.error });
        continue;
      }
      (inc.kind === 'constraints' ? read.constraints : read.requires).push(target);
      if (++includes > MAX_INCLUDES) {
        inv.problems.push({ path: item.path, line: inc.line, message: `more than ${MAX_INCLUDES} includes; the rest are not followed` });
        break;
      }
      // A file named by -c is a constraints file whatever its name; by -r, a requirements file.
      if (!reads.has(target)) {
        forcedKind.set(target, inc.kind);
        queue.push({ path: target, text: null, kind: inc.kind, from: `${item.path}\u0000${inc.line}` });
      }
    }
  }

  const all = [...reads.values()].sort((a, b) => compareText(a.path, b.path));
  for (const r of all) {
    inv.manifests.push({ path: r.path, kind: r.kind, count: r.outcome.dependencies.length });
    inv.problems.push(...r.outcome.problems);
    inv.indexes.push(...(r.outcome.indexes ?? []));
  }
  applyConstraints(all, reads);
  inv.dependencies = joinLocks(all);
  inv.dependencies.sort((a, b) => compareText(a.path, b.path) || a.line - b.line || compareText(a.name, b.name));
  inv.problems.sort((a, b) => compareText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0));
  return inv;
}

/** The file and every requirements file it includes, transitively (each once). */
function withIncludes(r: Read, reads: ReadonlyMap<string, Read>): Read[] {
  const seen = new Map<string, Read>([[r.path, r]]);
  const stack = [...r.requires];
  while (stack.length) {
    const next = reads.get(stack.pop()!);
    if (!next || seen.has(next.path)) continue;
    seen.set(next.path, next);
    stack.push(...next.requires);
  }
  return [...seen.values()];
}

function applyConstraints(all: readonly Read[], reads: ReadonlyMap<string, Read>): void {
  for (const r of all) {
    for (const c of r.constraints) {
      const constraints = reads.get(c);
      if (!constraints) continue;
      const pins = constraintPins(constraints.outcome);
      for (const d of withIncludes(r, reads).flatMap((x) => x.outcome.dependencies)) {
        const pin = pins.get(d.name);
        if (pin && !d.version && d.source === 'registry') {
          d.version = pin.version;
          d.lockedBy = pin.path;
        }
      }
    }
  }
}

const LOCK_FOR: Partial<Record<ManifestKind, ManifestKind[]>> = {
  pyproject: ['poetry-lock', 'uv-lock', 'pdm-lock'],
  pipfile: ['pipfile-lock'],
  'setup-cfg': ['uv-lock', 'pdm-lock'],
  'setup-py': ['uv-lock', 'pdm-lock'],
};

/** Declarations take the version, hashes and edges of the lock beside them; lock-only packages are transitive. */
function joinLocks(all: readonly Read[]): Dependency[] {
  const out: Dependency[] = [];
  const locks = all.filter((r) => r.kind.endsWith('-lock'));
  const consumed = new Set<Dependency>();
  for (const r of all) {
    if (r.kind.endsWith('-lock') || r.kind === 'constraints') continue;
    const dir = posix.dirname(r.path);
    const beside = locks.filter((l) => posix.dirname(l.path) === dir && (LOCK_FOR[r.kind] ?? []).includes(l.kind));
    for (const d of r.outcome.dependencies) {
      for (const lock of beside) {
        const hit = lock.outcome.dependencies.find((l) => l.name === d.name);
        if (!hit) continue;
        consumed.add(hit);
        if (!d.version) d.version = hit.version;
        d.lockedBy = lock.path;
        if (d.hashes.length === 0) d.hashes = [...hit.hashes];
        d.dependsOn = [...hit.dependsOn];
        // The lock's resolved commit pins a branch or tag reference.
        if (hit.vcsRef && (d.vcsRef === null || /^[0-9a-f]{40}$/i.test(hit.vcsRef))) d.vcsRef = hit.vcsRef;
        break;
      }
      out.push(d);
    }
  }
  for (const lock of locks) {
    for (const l of lock.outcome.dependencies) {
      if (consumed.has(l)) continue;
      out.push(l);
    }
  }
  return out;
}

/** Problems as one line each, `path:line: message`, for logs and the CLI. */
export function describeProblem(p: InventoryProblem): string {
  return `${p.path}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}

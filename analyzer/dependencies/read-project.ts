// The inventory of a project folder on disk: manifests found by discovery (or listed by the caller),
// read as UTF-8 text with the same limits as source files; includes are read only when they resolve
// to a regular file inside the root (no symlink out, no device, no oversized file). Manifests are few
// and small, so they are read synchronously: the in-memory readers (rule fixtures) share one path.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { DependencyInventory, ManifestText } from './model.js';
import { buildInventory } from './inventory.js';
import { DEFAULT_MAX_FILE_SIZE, discoverFiles, formatBytes } from '../discovery/discover.js';

export interface ReadProjectOptions {
  maxFileSize?: number;
  exclude?: readonly string[];
  respectGitignore?: boolean;
}

/** Reads one file of the project as text, or says why not. */
export function readProjectFile(root: string, relPath: string, maxSize = DEFAULT_MAX_FILE_SIZE): string | { error: string } {
  try {
    const rootReal = realpathSync(root);
    const abs = join(root, relPath);
    const real = realpathSync(abs);
    if (real !== rootReal && !real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep)) return { error: 'resolves outside the project (symlink); not read' };
    const info = lstatSync(real);
    if (!info.isFile()) return { error: 'not a regular file; not read' };
    if (info.size > maxSize) return { error: `${formatBytes(info.size)} is over the ${formatBytes(maxSize)} limit; not read` };
    const bytes = readFileSync(real);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e instanceof TypeError) return { error: 'not UTF-8 text; not read' };
    return { error: e.code === 'ENOENT' ? 'no such file' : `cannot be read (${e.code ?? String(err)})` };
  }
}

/** Reads the listed manifests (paths relative to root) and builds the inventory. */
export function inventoryOf(root: string, manifestPaths: readonly string[], options: ReadProjectOptions = {}): DependencyInventory {
  const texts: ManifestText[] = [];
  const failures: Array<{ path: string; error: string }> = [];
  for (const path of manifestPaths) {
    const text = readProjectFile(root, path, options.maxFileSize);
    if (typeof text === 'string') texts.push({ path, text });
    else failures.push({ path, error: text.error });
  }
  const inv = buildInventory(texts, (p) => readProjectFile(root, p, options.maxFileSize));
  for (const f of failures) inv.problems.push({ path: f.path, line: null, message: f.error });
  return inv;
}

/** Discovers a folder's manifests (same excludes as a scan) and builds its inventory. */
export async function projectInventory(root: string, options: ReadProjectOptions = {}): Promise<DependencyInventory> {
  const d = await discoverFiles(root, { exclude: options.exclude, maxFileSize: options.maxFileSize, respectGitignore: options.respectGitignore, manifests: true });
  const paths = [...(d.manifests ?? []).map((m) => m.path), ...d.files.filter((f) => f.path === 'setup.py' || f.path.endsWith('/setup.py')).map((f) => f.path)];
  return inventoryOf(root, paths.sort(), options);
}

// Walk a project root and list the files to analyse. The repository is hostile input: symlinks may
// point outside the root or round in loops, names may hold quotes, newlines or HTML, directories may
// be unreadable, a "file" may be a FIFO that would block a read forever. Every candidate that is
// left out is recorded with a reason; excluded directories are recorded once, not file by file.
import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { SkippedFile } from '../types.js';
import { isTemplatePath } from '../template-analysis.js';
import { configExcludes, defaultExcludeReason, gitignoreLayer, ignoredBy, MAX_WILDCARD_RULES, wildcardBudget, type GitignoreLayer } from './ignore-rules.js';
import { isManifestPath } from '../dependencies/manifest-files.js';
import { isDocumentPath, MAX_DOCUMENT_BYTES } from '../frameworks/documents.js';

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
const MAX_GITIGNORE_SIZE = 1024 * 1024;

export type FileKind = 'python' | 'template';

export interface DiscoveredFile {
  /** Relative to the root, POSIX separators: the path findings carry. */
  path: string;
  absPath: string;
  kind: FileKind;
  bytes: number;
}

export interface DiscoveryOptions {
  /** Gitignore-syntax patterns relative to the root (the config's `exclude`). */
  exclude?: readonly string[];
  maxFileSize?: number;
  respectGitignore?: boolean;
  signal?: AbortSignal;
  /** Also list dependency manifests (requirements*.txt, pyproject.toml, lock files …) in `manifests`. */
  manifests?: boolean;
  /** Also list data documents a framework may read (YAML / JSON, frameworks/documents.ts) in `documents`. */
  documents?: boolean;
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedFile[];
  /** Dependency manifests, when asked for; the same exclusions apply, and none is recorded as skipped. */
  manifests?: Array<{ path: string; bytes: number }>;
  /** Data documents, when asked for: regular files within the size limit, the same exclusions applied. */
  documents?: Array<{ path: string; absPath: string; bytes: number }>;
}

export function fileKind(name: string): FileKind | null {
  if (name.endsWith('.py')) return 'python';
  if (isTemplatePath(name)) return 'template';
  return null;
}

interface PendingDir {
  abs: string;
  rel: string;
  /** Real path of the directory: symlink targets are checked against it. */
  real: string;
  layers: readonly GitignoreLayer[];
}

function errorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e && typeof e === 'object' && e.code ? `${e.code}: ${e.message}` : String(err);
}

function isInside(real: string, rootReal: string): boolean {
  return real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}

export async function discoverFiles(root: string, options: DiscoveryOptions = {}): Promise<Discovery> {
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const respectGitignore = options.respectGitignore ?? true;
  const excludes = configExcludes(options.exclude ?? []);
  // One budget of wildcard patterns for every .gitignore below the root: nesting cannot multiply it.
  const budget = wildcardBudget();
  const rootReal = await realpath(root);
  const files: DiscoveredFile[] = [];
  const skipped: SkippedFile[] = [];
  const manifests: Array<{ path: string; bytes: number }> = [];
  const documents: Array<{ path: string; absPath: string; bytes: number }> = [];
  const visitedDirs = new Set<string>([rootReal]);
  const seenFiles = new Map<string, string>();
  const skip = (path: string, reason: SkippedFile['reason'], detail: string) => skipped.push({ path, reason, detail });

  // Depth-first with an explicit stack: directory depth is attacker-controlled.
  const stack: PendingDir[] = [{ abs: root, rel: '', real: rootReal, layers: [] }];
  while (stack.length > 0) {
    if (options.signal?.aborted) break;
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir.abs, { withFileTypes: true });
    } catch (err) {
      skip(dir.rel || '.', 'unreadable', `directory cannot be listed (${errorText(err)})`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

    let layers = dir.layers;
    // Only a regular, modest .gitignore is read: a symlink named .gitignore could point at /dev/zero.
    if (respectGitignore && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        const path = join(dir.abs, '.gitignore');
        if ((await lstat(path)).size <= MAX_GITIGNORE_SIZE) {
          const layer = gitignoreLayer(dir.rel, await readFile(path, 'utf8'), budget);
          layers = [...layers, layer];
          const m = layer.matcher;
          if (m.droppedWildcards) {
            skip(layer.file, 'too-large', `${m.wildcardTotal} wildcard patterns: ${m.droppedWildcards} not applied, over the limit of ${MAX_WILDCARD_RULES} for all .gitignore files of a scan, so files they would exclude are scanned`);
          }
        }
      } catch {
        // An unreadable .gitignore only means fewer exclusions; the files below are still checked.
      }
    }

    const subdirs: PendingDir[] = [];
    for (const entry of entries) {
      const rel = dir.rel ? `${dir.rel}/${entry.name}` : entry.name;
      const abs = join(dir.abs, entry.name);
      let isDir = entry.isDirectory();
      let real = join(dir.real, entry.name);
      let stats: Stats | null = null;

      if (entry.isSymbolicLink()) {
        try {
          real = await realpath(abs);
          stats = await stat(real);
        } catch (err) {
          if (fileKind(entry.name)) skip(rel, 'unreadable', `broken or unreadable symlink (${errorText(err)})`);
          continue;
        }
        if (!isInside(real, rootReal)) {
          if (stats.isDirectory() || fileKind(entry.name)) skip(rel, 'symlink-outside-root', 'symlink points outside the scanned folder; not followed');
          continue;
        }
        isDir = stats.isDirectory();
      }
      if (isDir && visitedDirs.has(real)) {
        if (isInside(dir.real, real)) skip(rel, 'symlink-loop', 'symlink points back to a folder that contains it; not followed');
        else skip(rel, 'excluded', 'same folder as one already scanned through a symlink; scanned once');
        continue;
      }

      if (isDir) {
        const why =
          defaultExcludeReason(entry.name) ??
          (excludes?.test(rel, true).ignored ? 'config exclude' : null) ??
          (respectGitignore ? withPrefix('matched ', ignoredBy(layers, rel, true)) : null);
        if (why) {
          skip(rel, 'excluded', why);
          continue;
        }
        visitedDirs.add(real);
        subdirs.push({ abs, rel, real, layers });
        continue;
      }

      const kind = fileKind(entry.name);
      if (!kind) {
        if (options.manifests && isManifestPath(rel) && (stats ?? (await lstat(abs).catch(() => null)))?.isFile()) {
          const excluded = excludes?.test(rel, false).ignored || (respectGitignore && ignoredBy(layers, rel, false));
          if (!excluded) manifests.push({ path: rel, bytes: (stats ?? (await lstat(abs))).size });
        } else if (options.documents && isDocumentPath(rel)) {
          const st = stats ?? (await lstat(abs).catch(() => null));
          const excluded = excludes?.test(rel, false).ignored || (respectGitignore && ignoredBy(layers, rel, false));
          if (st?.isFile() && st.size <= MAX_DOCUMENT_BYTES && !excluded) documents.push({ path: rel, absPath: abs, bytes: st.size });
        }
        continue;
      }
      const why = (excludes?.test(rel, false).ignored ? 'config exclude' : null) ?? (respectGitignore ? withPrefix('matched ', ignoredBy(layers, rel, false)) : null);
      if (why) {
        skip(rel, 'excluded', why);
        continue;
      }
      try {
        stats ??= await lstat(abs);
      } catch (err) {
        skip(rel, 'unreadable', `cannot stat (${errorText(err)})`);
        continue;
      }
      if (!stats.isFile()) {
        skip(rel, 'unreadable', 'not a regular file (FIFO, socket or device); never read');
        continue;
      }
      const first = seenFiles.get(real);
      if (first !== undefined) {
        skip(rel, 'excluded', `same file as ${first} (symlink); analysed once`);
        continue;
      }
      seenFiles.set(real, rel);
      if (stats.size > maxSize) {
        skip(rel, 'too-large', `${formatBytes(stats.size)} is over the ${formatBytes(maxSize)} limit (max-file-size)`);
        continue;
      }
      files.push({ path: rel, absPath: abs, kind, bytes: stats.size });
    }
    // Reverse so the stack pops folders in name order: output order stays deterministic.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
  files.sort((a, b) => compareText(a.path, b.path));
  skipped.sort((a, b) => compareText(a.path, b.path));
  if (options.manifests) manifests.sort((a, b) => compareText(a.path, b.path));
  documents.sort((a, b) => compareText(a.path, b.path));
  return { files, skipped, ...(options.manifests ? { manifests } : {}), ...(options.documents ? { documents } : {}) };
}

function withPrefix(prefix: string, text: string | null): string | null {
  return text === null ? null : prefix + text;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

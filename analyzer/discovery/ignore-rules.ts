// What discovery leaves out before reading anything: the default exclude list, the config's
// excludes (gitignore syntax, relative to the root) and every .gitignore on the way down.
import { GitignoreMatcher, MAX_WILDCARD_RULES, wildcardBudget, type WildcardBudget } from './gitignore-match.js';

export { MAX_WILDCARD_RULES, wildcardBudget, type WildcardBudget };

/** Directory names never worth analysing: VCS data, virtualenvs, dependency and build output, caches. */
export const DEFAULT_EXCLUDED_DIRS: ReadonlySet<string> = new Set([
  '.git',
  '.hg',
  '.svn',
  'venv',
  '.venv',
  'env',
  'virtualenv',
  'node_modules',
  '__pycache__',
  'build',
  'dist',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.eggs',
  'site-packages',
]);

export function defaultExcludeReason(dirName: string): string | null {
  if (DEFAULT_EXCLUDED_DIRS.has(dirName)) return `default exclude list (${dirName})`;
  if (dirName.endsWith('.egg-info')) return 'default exclude list (*.egg-info)';
  return null;
}

/** One .gitignore, anchored at the directory holding it (POSIX path relative to the root, '' for the root). */
export interface GitignoreLayer {
  base: string;
  file: string;
  matcher: GitignoreMatcher;
}

export function gitignoreLayer(base: string, text: string, budget?: WildcardBudget): GitignoreLayer {
  return { base, file: base ? `${base}/.gitignore` : '.gitignore', matcher: new GitignoreMatcher(text, budget) };
}

/**
 * Git's precedence: the deepest .gitignore that has an opinion (ignore or re-include) decides.
 * Returns the file that ignored the path, or null when it is kept.
 */
export function ignoredBy(layers: readonly GitignoreLayer[], relPath: string, isDir: boolean): string | null {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    const local = layer.base ? relPath.slice(layer.base.length + 1) : relPath;
    if (!local) continue;
    const verdict = layer.matcher.test(local, isDir);
    if (verdict.ignored) return layer.file;
    if (verdict.unignored) return null;
  }
  return null;
}

/** The config's `exclude` globs: gitignore syntax relative to the scan root. */
export function configExcludes(patterns: readonly string[]): GitignoreMatcher | null {
  return patterns.length ? new GitignoreMatcher(patterns) : null;
}

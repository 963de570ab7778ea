// Whether the work tree holds a file git would list as untracked (`git status --untracked-files=normal`):
// not in the index and not ignored by a .gitignore, .git/info/exclude or the user's global excludes
// file. Stops at the first one; never follows a symlink; bounded by a deadline.
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { gitignoreLayer, ignoredBy, wildcardBudget, type GitignoreLayer } from '../discovery/ignore-rules.js';
import { readSmallText } from './read-file.js';

const MAX_IGNORE_FILE = 1024 * 1024;

export interface UntrackedOptions {
  workTree: string;
  tracked: ReadonlySet<string>;
  /** Folders that hold a submodule (gitlink entries): never walked. */
  submodules: ReadonlySet<string>;
  /** Root-level patterns read before any .gitignore (info/exclude, global excludes), lowest first. */
  baseIgnores: readonly string[];
  deadline: number;
}

export function hasUntracked(o: UntrackedOptions): boolean | 'unknown' {
  const budget = wildcardBudget();
  const base: GitignoreLayer[] = o.baseIgnores.map((text) => gitignoreLayer('', text, budget));
  const stack: { rel: string; layers: readonly GitignoreLayer[] }[] = [{ rel: '', layers: base }];
  while (stack.length) {
    if (Date.now() > o.deadline) return 'unknown';
    const dir = stack.pop()!;
    const abs = dir.rel ? join(o.workTree, dir.rel) : o.workTree;
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      continue;
    }
    let layers = dir.layers;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      const text = readSmallText(join(abs, '.gitignore'), MAX_IGNORE_FILE);
      if (text !== null) layers = [...layers, gitignoreLayer(dir.rel, text, budget)];
    }
    for (const e of entries) {
      if (e.name === '.git') continue;
      const rel = dir.rel ? `${dir.rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (o.submodules.has(rel) || ignoredBy(layers, rel, true)) continue;
        stack.push({ rel, layers });
      } else if (!o.tracked.has(rel) && !ignoredBy(layers, rel, false)) {
        return true;
      }
    }
  }
  return false;
}

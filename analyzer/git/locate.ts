// Finds the repository a scanned folder belongs to, the way git's discovery does but without git:
// the nearest `.git` folder or `gitdir:` file at or above the folder (worktrees and submodules use
// the file), the common folder shared by worktrees (`commondir`), and the work tree's top.
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { readSmallText } from './read-file.js';

export interface GitLayout {
  /** Top of the work tree: the folder holding `.git`. */
  workTree: string;
  /** This work tree's git folder: HEAD and index live here. */
  gitDir: string;
  /** Shared refs, objects and config (the git folder itself outside linked worktrees). */
  commonDir: string;
}

const SMALL = 64 * 1024;

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A folder git would accept as a repository: a HEAD file and objects (or a commondir that has them). */
function looksLikeGitDir(dir: string): boolean {
  if (readSmallText(join(dir, 'HEAD'), SMALL) === null) return false;
  return isDir(join(dir, 'objects')) || readSmallText(join(dir, 'commondir'), SMALL) !== null;
}

function gitDirOf(dotGit: string): string | null {
  if (isDir(dotGit)) return looksLikeGitDir(dotGit) ? dotGit : null;
  const text = readSmallText(dotGit, SMALL);
  if (text === null) return null;
  const m = /^gitdir: *(.+?)\s*$/m.exec(text);
  if (!m) return null;
  const target = isAbsolute(m[1]!) ? m[1]! : resolve(dirname(dotGit), m[1]!);
  return looksLikeGitDir(target) ? target : null;
}

export function locateRepository(folder: string): GitLayout | null {
  let dir = resolve(folder);
  for (;;) {
    const dotGit = join(dir, '.git');
    const gitDir = gitDirOf(dotGit);
    if (gitDir) {
      const common = readSmallText(join(gitDir, 'commondir'), SMALL)?.trim();
      const commonDir = common ? (isAbsolute(common) ? common : resolve(gitDir, common)) : gitDir;
      return { workTree: dir, gitDir, commonDir };
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

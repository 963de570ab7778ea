// Git facts for a scan (commit, branch, dirty). The repository is hostile: its own .git/config can
// name programs git would run (core.fsmonitor on `status`, clean filters when checking for changes),
// so those are switched off or the dirty check is skipped. Git missing or failing never fails a scan.
import { execFile } from 'node:child_process';

export interface GitFacts {
  commit: string | null;
  branch: string | null;
  dirty: boolean | null;
}

const NO_FACTS: GitFacts = { commit: null, branch: null, dirty: null };
const TIMEOUT_MS = 10_000;

// Settings a repository could use to make `git status` execute code of its choosing.
const NEUTRALISE = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.pager=cat', '--no-pager'];

function git(cwd: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      [...NEUTRALISE, ...args],
      {
        cwd,
        timeout: TIMEOUT_MS,
        maxBuffer: 16 * 1024 * 1024,
        windowsHide: true,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
      },
      (err, stdout) => resolve(err ? null : stdout),
    );
  });
}

export async function gitFacts(root: string): Promise<GitFacts> {
  const inside = await git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside?.trim() !== 'true') return NO_FACTS;
  const [commit, branch, filters] = await Promise.all([
    git(root, ['rev-parse', '--verify', '-q', 'HEAD']),
    git(root, ['symbolic-ref', '--short', '-q', 'HEAD']),
    // Clean/process filters from the repository's own config would run on `status`: skip the check then.
    git(root, ['config', '--local', '--get-regexp', '^filter\\..*\\.(clean|process)$']),
  ]);
  let dirty: boolean | null = null;
  if (!filters?.trim()) {
    const status = await git(root, ['status', '--porcelain', '--untracked-files=normal', '--ignore-submodules=all']);
    dirty = status === null ? null : status.trim().length > 0;
  }
  return { commit: commit?.trim() || null, branch: branch?.trim() || null, dirty };
}

// Repositories that each plant one way git can be made to run a program: a filter reached through
// include.path or includeIf, config.worktree, fsmonitor, hooks, textconv, diff and merge drivers, a
// pager, a credential helper, core.sshCommand, filters in global-looking files inside the repo, and
// a scan of a sub-folder. Every planted command creates a marker file outside the repository; a
// scan must never make one appear. `fire` proves with the real git that each plant is live.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GitTrap {
  name: string;
  /** The folder to scan (the repository, or a sub-folder of it). */
  scanRoot: string;
  repo: string;
  marker: string;
  /** Runs real git so that the planted command runs (creating the marker); null when git cannot be made to here. */
  fire: (() => void) | null;
}

export interface GitTraps {
  traps: GitTrap[];
  markers: string;
  cleanup(): void;
}

export function gitAvailable(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// The test's own git calls must not see the planted settings of the user's environment either.
const ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' };

export function git(cwd: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: options.env ?? ENV,
    input: options.input,
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 20_000,
  }).toString();
}

/** Runs git expecting it may fail (the planted command often makes it fail); only its side effect matters. */
function tryGit(cwd: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): void {
  try {
    git(cwd, args, options);
  } catch {
    // The marker is what counts.
  }
}

function write(root: string, rel: string, text: string, mode?: number): void {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
  if (mode) chmodSync(join(root, rel), mode);
}

function newRepo(base: string, name: string): string {
  const repo = join(base, name);
  mkdirSync(repo, { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  write(repo, 'app/views.py', 'import yaml\n\ndef load(path):\n    return yaml.load(open(path))\n');
  write(repo, 'app/__init__.py', '');
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'init']);
  return repo;
}

/** Changes a tracked file so that git (and Assay) must look at its content, not only its stat data. */
function touchTracked(repo: string): void {
  write(repo, 'app/views.py', 'import yaml\n\ndef load(path):\n    return yaml.load(open(path))  # changed\n');
}

function filterConfig(marker: string): string {
  return `[filter "evil"]\n\tclean = "touch ${marker}; cat"\n\tsmudge = cat\n\trequired = false\n`;
}

export function buildGitTraps(): GitTraps {
  const base = mkdtempSync(join(tmpdir(), 'assay-git-traps-'));
  const markers = join(base, 'markers');
  mkdirSync(markers);
  const traps: GitTrap[] = [];
  const add = (name: string, setup: (repo: string, marker: string) => { scanRoot?: string; fire: ((repo: string) => void) | null }) => {
    const repo = newRepo(join(base, 'repos'), name);
    const marker = join(markers, name);
    const { scanRoot, fire } = setup(repo, marker);
    traps.push({ name, repo, scanRoot: scanRoot ?? repo, marker, fire: fire ? () => fire(repo) : null });
  };
  const status = (repo: string) => {
    touchTracked(repo);
    tryGit(repo, ['status', '--porcelain']);
  };
  // Staging runs the clean filter whatever the stat data say; the index is put back afterwards.
  const stage = (repo: string, env?: NodeJS.ProcessEnv, cwd = repo) => {
    touchTracked(repo);
    tryGit(cwd, ['add', join(repo, 'app/views.py')], { env });
    tryGit(repo, ['reset', '-q'], { env: ENV });
  };
  const withFilterAttributes = (repo: string) => {
    write(repo, '.gitattributes', '*.py filter=evil\n');
    git(repo, ['add', '.gitattributes']);
    git(repo, ['-c', 'filter.evil.clean=cat', 'commit', '-q', '-m', 'attributes']);
  };

  add('include-path', (repo, marker) => {
    withFilterAttributes(repo);
    write(repo, '.git/extra.cfg', filterConfig(marker));
    git(repo, ['config', 'include.path', 'extra.cfg']);
    return { fire: (r) => stage(r) };
  });
  add('includeif-gitdir', (repo, marker) => {
    withFilterAttributes(repo);
    write(repo, '.git/gitdir.cfg', filterConfig(marker));
    git(repo, ['config', 'includeIf.gitdir:**.path', 'gitdir.cfg']);
    return { fire: (r) => stage(r) };
  });
  add('includeif-onbranch', (repo, marker) => {
    withFilterAttributes(repo);
    write(repo, '.git/branch.cfg', filterConfig(marker));
    git(repo, ['config', 'includeIf.onbranch:main.path', 'branch.cfg']);
    return { fire: (r) => stage(r) };
  });
  add('config-worktree', (repo, marker) => {
    withFilterAttributes(repo);
    git(repo, ['config', 'core.repositoryformatversion', '1']);
    git(repo, ['config', 'extensions.worktreeConfig', 'true']);
    write(repo, '.git/config.worktree', filterConfig(marker));
    return { fire: (r) => stage(r) };
  });
  add('global-looking-files', (repo, marker) => {
    withFilterAttributes(repo);
    // Files a tool might take for the user's own settings if it pointed HOME or XDG at the checkout.
    write(repo, '.gitconfig', filterConfig(marker));
    write(repo, '.config/git/config', filterConfig(marker));
    write(repo, 'etc/gitconfig', filterConfig(marker));
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'settings']);
    return { fire: (r) => stage(r, { ...ENV, HOME: r, XDG_CONFIG_HOME: join(r, '.config') }) };
  });
  add('sub-folder', (repo, marker) => {
    withFilterAttributes(repo);
    write(repo, '.git/sub.cfg', filterConfig(marker));
    git(repo, ['config', 'include.path', 'sub.cfg']);
    return { scanRoot: join(repo, 'app'), fire: (r) => stage(r, ENV, join(r, 'app')) };
  });
  add('fsmonitor', (repo, marker) => {
    git(repo, ['config', 'core.fsmonitor', `touch ${marker}; false`]);
    return { fire: status };
  });
  add('hooks-path', (repo, marker) => {
    for (const hook of ['pre-commit', 'post-index-change', 'post-checkout', 'reference-transaction', 'pre-auto-gc']) {
      write(repo, `.hooks/${hook}`, `#!/bin/sh\ntouch ${marker}\n`, 0o755);
    }
    git(repo, ['config', 'core.hooksPath', '.hooks']);
    return { fire: (r) => tryGit(r, ['commit', '-q', '--allow-empty', '-m', 'fire']) };
  });
  add('textconv', (repo, marker) => {
    write(repo, '.gitattributes', '*.py diff=evil\n');
    git(repo, ['add', '.gitattributes']);
    git(repo, ['commit', '-q', '-m', 'attributes']);
    git(repo, ['config', 'diff.evil.textconv', `touch ${marker}; cat`]);
    return { fire: (r) => {
      touchTracked(r);
      tryGit(r, ['diff']);
    } };
  });
  add('diff-driver', (repo, marker) => {
    write(repo, '.gitattributes', '*.py diff=ext\n');
    git(repo, ['add', '.gitattributes']);
    git(repo, ['commit', '-q', '-m', 'attributes']);
    git(repo, ['config', 'diff.ext.command', `touch ${marker}; true`]);
    git(repo, ['config', 'diff.external', `touch ${marker}; true`]);
    return { fire: (r) => {
      touchTracked(r);
      tryGit(r, ['diff']);
    } };
  });
  add('merge-driver', (repo, marker) => {
    write(repo, '.gitattributes', '*.py merge=evil\n');
    git(repo, ['add', '.gitattributes']);
    git(repo, ['commit', '-q', '-m', 'attributes']);
    git(repo, ['config', 'merge.evil.driver', `touch ${marker}; false`]);
    return { fire: (r) => {
      git(r, ['checkout', '-q', '-b', 'other']);
      write(r, 'app/views.py', 'x = "other"\n');
      git(r, ['commit', '-q', '-am', 'other']);
      git(r, ['checkout', '-q', 'main']);
      write(r, 'app/views.py', 'x = "main"\n');
      git(r, ['commit', '-q', '-am', 'main']);
      tryGit(r, ['merge', '-q', 'other']);
      tryGit(r, ['merge', '--abort']);
    } };
  });
  add('pager', (repo, marker) => {
    git(repo, ['config', 'core.pager', `touch ${marker}; cat`]);
    git(repo, ['config', 'pager.status', `touch ${marker}; cat`]);
    git(repo, ['config', 'pager.log', `touch ${marker}; cat`]);
    // A pager only starts on a terminal: `script` gives git one.
    const script = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
    return { fire: script ? (r) => {
      try {
        execFileSync(script, ['-qec', 'git log -1', '/dev/null'], { cwd: r, env: ENV, stdio: 'ignore', timeout: 20_000 });
      } catch {
        // The marker is what counts.
      }
    } : null };
  });
  add('credential-helper', (repo, marker) => {
    git(repo, ['config', 'credential.helper', `!touch ${marker}; true`]);
    git(repo, ['config', 'remote.origin.url', 'https://example.invalid/x.git']);
    return { fire: (r) => tryGit(r, ['credential', 'fill'], { input: 'protocol=https\nhost=example.invalid\n\n' }) };
  });
  add('ssh-command', (repo, marker) => {
    git(repo, ['config', 'core.sshCommand', `touch ${marker}; false`]);
    git(repo, ['config', 'remote.origin.url', 'ssh://example.invalid/x.git']);
    return { fire: (r) => tryGit(r, ['ls-remote', 'origin']) };
  });
  add('askpass-editor-gpg', (repo, marker) => {
    git(repo, ['config', 'core.askPass', `touch ${marker}`]);
    git(repo, ['config', 'core.editor', `touch ${marker}; true`]);
    git(repo, ['config', 'gpg.program', `touch ${marker}`]);
    git(repo, ['config', 'uploadpack.packObjectsHook', `touch ${marker}`]);
    return { fire: (r) => tryGit(r, ['commit', '--allow-empty']) };
  });
  // Every trap's work tree differs from its index, so a scan has to look at content, not only stat data.
  for (const t of traps) touchTracked(t.repo);
  return { traps, markers, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

// Git facts read from the repository's files agree with git itself across the states a scanned
// checkout can be in, and no setting in a hostile repository makes Assay run a program.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitFacts } from './git.js';
import { scanProject } from './scan.js';
import { buildGitTraps, git, gitAvailable, type GitTraps } from '../test/helpers/git-traps.js';

const hasGit = gitAvailable();
let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'assay-gitfacts-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
function repo(init: string[] = []): string {
  const dir = join(base, `r${n++}`);
  mkdirSync(dir);
  git(dir, ['init', '-q', '-b', 'main', ...init]);
  return dir;
}

function put(root: string, rel: string, text: string) {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
}

function commitAll(dir: string, message = 'c') {
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', message]);
}

/** What git says about the same folder. */
function truth(dir: string) {
  const porcelain = git(dir, ['status', '--porcelain', '--untracked-files=normal', '--ignore-submodules=all']);
  let commit: string | null = null;
  try {
    commit = git(dir, ['rev-parse', '--verify', '-q', 'HEAD']).trim();
  } catch {
    commit = null;
  }
  let branch: string | null = null;
  try {
    branch = git(dir, ['symbolic-ref', '--short', '-q', 'HEAD']).trim();
  } catch {
    branch = null;
  }
  return { commit, branch, dirty: porcelain.trim().length > 0 };
}

async function expectAgrees(dir: string, dirty?: boolean) {
  const facts = await gitFacts(dir);
  const expected = truth(dir);
  expect({ commit: facts.commit, branch: facts.branch, dirty: facts.dirty }).toEqual(expected);
  if (dirty !== undefined) expect(facts.dirty).toBe(dirty);
}

describe.skipIf(!hasGit)('git facts without git', () => {
  it('agrees with git status: clean, edited, reverted, staged, deleted, untracked, ignored, mode change', async () => {
    const r = repo();
    put(r, 'a.py', 'x = 1\n');
    put(r, 'pkg/b.py', 'y = 2\n');
    put(r, '.gitignore', '*.log\nbuild/\n');
    commitAll(r);
    await expectAgrees(r, false);
    // Same size, same second as the index: only the content says it changed (racy git).
    put(r, 'a.py', 'x = 3\n');
    await expectAgrees(r, true);
    put(r, 'a.py', 'x = 1\n');
    await expectAgrees(r, false);
    put(r, 'a.py', 'x = 11\n');
    git(r, ['add', 'a.py']);
    await expectAgrees(r, true);
    git(r, ['commit', '-q', '-m', 'edit']);
    await expectAgrees(r, false);
    put(r, 'debug.log', 'ignored\n');
    put(r, 'build/out.py', 'ignored\n');
    await expectAgrees(r, false);
    put(r, 'pkg/new.py', 'untracked\n');
    await expectAgrees(r, true);
    unlinkSync(join(r, 'pkg/new.py'));
    unlinkSync(join(r, 'pkg/b.py'));
    await expectAgrees(r, true);
    git(r, ['checkout', '-q', '--', 'pkg/b.py']);
    await expectAgrees(r, false);
    chmodSync(join(r, 'a.py'), 0o755);
    await expectAgrees(r, true);
  });

  it('staged-only changes, intent to add, and a file replaced by a symlink', async () => {
    const r = repo();
    put(r, 'a.py', 'x = 1\n');
    put(r, 'link-target.py', 'z = 1\n');
    symlinkSync('link-target.py', join(r, 'link.py'));
    commitAll(r);
    await expectAgrees(r, false);
    // Staged, then the work tree put back as committed: only the index differs from HEAD.
    put(r, 'a.py', 'x = 2\n');
    git(r, ['add', 'a.py']);
    put(r, 'a.py', 'x = 1\n');
    await expectAgrees(r, true);
    git(r, ['reset', '-q']);
    await expectAgrees(r, false);
    put(r, 'later.py', 'p = 1\n');
    git(r, ['add', '-N', 'later.py']);
    await expectAgrees(r, true);
    git(r, ['rm', '-q', '--cached', 'later.py']);
    unlinkSync(join(r, 'later.py'));
    unlinkSync(join(r, 'link.py'));
    symlinkSync('a.py', join(r, 'link.py'));
    await expectAgrees(r, true);
  });

  it('reads packed refs and packed, deltified objects; index versions 3 and 4; detached HEAD', async () => {
    const r = repo();
    for (let i = 0; i < 30; i++) {
      put(r, 'a.py', `x = ${i}\n${'# padding line\n'.repeat(50)}`);
      commitAll(r, `commit ${i} ${'message text '.repeat(20)}`);
    }
    git(r, ['gc', '-q', '--aggressive', '--prune=now']);
    git(r, ['pack-refs', '--all']);
    expect(existsSync(join(r, '.git/refs/heads/main'))).toBe(false);
    await expectAgrees(r, false);
    git(r, ['update-index', '--index-version', '4']);
    await expectAgrees(r, false);
    put(r, 'a.py', 'changed\n');
    await expectAgrees(r, true);
    git(r, ['checkout', '-q', '--', 'a.py']);
    git(r, ['update-index', '--index-version', '3']);
    await expectAgrees(r, false);
    git(r, ['checkout', '-q', '--detach', 'HEAD~3']);
    const facts = await gitFacts(r);
    expect(facts.branch).toBeNull();
    await expectAgrees(r, false);
  });

  it('an unborn branch, a sub-folder, a linked worktree and a submodule', async () => {
    const unborn = repo();
    await expectAgrees(unborn, false);
    put(unborn, 'a.py', 'x = 1\n');
    await expectAgrees(unborn, true);
    git(unborn, ['add', 'a.py']);
    await expectAgrees(unborn, true);

    const main = repo();
    put(main, 'app/a.py', 'x = 1\n');
    commitAll(main);
    await expectAgrees(join(main, 'app'), false);
    put(main, 'top.py', 'outside the sub-folder, still the same repository\n');
    await expectAgrees(join(main, 'app'), true);
    unlinkSync(join(main, 'top.py'));

    const wt = join(base, 'linked');
    git(main, ['worktree', 'add', '-q', '-b', 'feature', wt]);
    await expectAgrees(wt, false);
    expect((await gitFacts(wt)).branch).toBe('feature');
    put(wt, 'app/a.py', 'x = 2\n');
    await expectAgrees(wt, true);
    await expectAgrees(main, false);

    const sub = repo();
    put(sub, 's.py', 's = 1\n');
    commitAll(sub);
    git(main, ['-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', sub, 'vendor/sub']);
    git(main, ['commit', '-q', '-m', 'submodule']);
    const inside = join(main, 'vendor/sub');
    expect(existsSync(join(inside, '.git'))).toBe(true);
    await expectAgrees(inside, false);
    await expectAgrees(main, false);
    put(inside, 's.py', 's = 2\n');
    await expectAgrees(inside, true);
  });

  it('a SHA-256 repository', async () => {
    let r: string;
    try {
      r = repo(['--object-format=sha256']);
    } catch {
      return; // This git cannot create one.
    }
    put(r, 'a.py', 'x = 1\n');
    commitAll(r);
    await expectAgrees(r, false);
    put(r, 'a.py', 'x = 2\n');
    await expectAgrees(r, true);
  });

  it('says it cannot tell (null with a note) when a change may be a conversion git would undo', async () => {
    const r = repo();
    git(r, ['config', 'core.autocrlf', 'true']);
    put(r, 'a.py', 'x = 1\r\ny = 2\r\n');
    commitAll(r);
    // Same bytes, new mtime: git converts CRLF before hashing and calls it unchanged.
    put(r, 'a.py', 'x = 1\r\ny = 2\r\n');
    await new Promise((res) => setTimeout(res, 1100));
    put(r, 'a.py', 'x = 1\r\ny = 2\r\n');
    const facts = await gitFacts(r);
    expect(truth(r).dirty).toBe(false);
    expect(facts.dirty).toBeNull();
    expect(facts.note).toMatch(/conversion/);
  });

  it('no repository: nulls; a damaged index: null with a note, never a throw', async () => {
    const plain = join(base, 'plain');
    mkdirSync(plain);
    expect(await gitFacts(plain)).toEqual({ commit: null, branch: null, dirty: null });
    const r = repo();
    put(r, 'a.py', 'x = 1\n');
    commitAll(r);
    writeFileSync(join(r, '.git/index'), Buffer.from('DIRC\0\0\0\x02\0\0\0\x05garbage'));
    const facts = await gitFacts(r);
    expect(facts.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(facts.dirty).toBeNull();
    expect(facts.note).toBeTruthy();
    // A HEAD naming a ref that climbs out of the git folder resolves to nothing.
    writeFileSync(join(r, '.git/HEAD'), 'ref: refs/../../../../etc/passwd\n');
    expect((await gitFacts(r)).commit).toBeNull();
  });
});

describe.skipIf(!hasGit)('a hostile repository never makes a scan run a program', () => {
  let traps: GitTraps;
  beforeAll(() => {
    traps = buildGitTraps();
  }, 120_000);
  afterAll(() => traps?.cleanup());

  it('every plant is live: the real git runs it', () => {
    const fired = traps.traps.filter((t) => t.fire);
    expect(fired.length).toBeGreaterThanOrEqual(14);
    for (const t of fired) {
      t.fire!();
      expect(existsSync(t.marker), `${t.name}: git did not run the planted command, so this trap proves nothing`).toBe(true);
      unlinkSync(t.marker);
    }
  }, 120_000);

  it('gitFacts and a whole scan read commit and branch and run none of them', async () => {
    const ran: string[] = [];
    for (const t of traps.traps) {
      const facts = await gitFacts(t.scanRoot, { ...process.env, HOME: t.repo, XDG_CONFIG_HOME: join(t.repo, '.config') });
      expect(facts.commit, t.name).toMatch(/^[0-9a-f]{40}$/);
      expect(facts.branch, t.name).toBe('main');
      const result = await scanProject(t.scanRoot, { workers: 0 });
      expect(result.git.commit, t.name).toBe(facts.commit);
      if (existsSync(t.marker)) ran.push(t.name);
    }
    expect(ran, 'these repositories made the scan run a program').toEqual([]);
  }, 120_000);
});

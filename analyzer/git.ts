// Git facts for a scan (commit, branch, dirty), read from the repository's files without running
// git. The repository is hostile: its config can name programs git would run (filters, fsmonitor,
// hooks, textconv, pagers, credential helpers, ssh commands, reached through include and includeIf
// as well), so Assay never starts git at all. Where the dirty state cannot be told cheaply and
// exactly, it is null with a note saying why. Nothing here ever fails a scan.
import { realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { isFalse, isTrue, lastValue, parseGitConfig, type GitConfig } from './git/config.js';
import { parseIndex } from './git/index-file.js';
import { locateRepository, type GitLayout } from './git/locate.js';
import { commitTree } from './git/objects.js';
import { readSmallFile, readSmallText } from './git/read-file.js';
import { readHead } from './git/refs.js';
import { indexTreeId } from './git/tree-hash.js';
import { hasUntracked } from './git/untracked.js';
import { compareWorkTree } from './git/work-tree.js';

export interface GitFacts {
  commit: string | null;
  branch: string | null;
  dirty: boolean | null;
  /** Why `dirty` is null inside a repository. */
  note?: string;
}

const NO_FACTS: GitFacts = { commit: null, branch: null, dirty: null };
const BUDGET_MS = 5_000;
const MAX_CONFIG = 1024 * 1024;
const MAX_INDEX = 256 * 1024 * 1024;
const MAX_HASH_BYTES = 64 * 1024 * 1024;

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

function readConfig(path: string): GitConfig {
  const text = readSmallText(path, MAX_CONFIG);
  return text === null ? new Map() : parseGitConfig(text);
}

/** The user's own settings (never the repository's): where line endings and global excludes are set. */
function userConfigs(env: NodeJS.ProcessEnv): GitConfig[] {
  const home = env.HOME ?? homedir();
  const xdg = env.XDG_CONFIG_HOME || join(home, '.config');
  return [readConfig('/etc/gitconfig'), readConfig(join(xdg, 'git', 'config')), readConfig(join(home, '.gitconfig'))];
}

function userIgnoreFile(configs: readonly GitConfig[], env: NodeJS.ProcessEnv): string {
  const home = env.HOME ?? homedir();
  const set = lastValue(configs, 'core.excludesfile');
  if (set) return set.startsWith('~/') ? join(home, set.slice(2)) : set;
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'git', 'ignore');
}

const CONVERTING_ATTRIBUTE = /^(?:filter|text|eol|crlf|ident|working-tree-encoding)(?:=.*)?$/;

/** True when an attributes file sets an attribute under which git converts content before hashing. */
function attributesConvert(text: string): boolean {
  return text.split('\n').some((line) => {
    const tokens = line.trim().split(/\s+/);
    return !tokens[0]?.startsWith('#') && tokens.slice(1).some((t) => CONVERTING_ATTRIBUTE.test(t));
  });
}

function dirtyState(layout: GitLayout, commit: string | null, repoConfigs: GitConfig[], env: NodeJS.ProcessEnv): Pick<GitFacts, 'dirty' | 'note'> {
  const unknown = (note: string) => ({ dirty: null, note });
  const deadline = Date.now() + BUDGET_MS;
  if (isTrue(lastValue(repoConfigs, 'core.bare'))) return unknown('the repository is bare: there is no work tree to compare');
  const worktree = lastValue(repoConfigs, 'core.worktree');
  // Submodules name their own checkout here; anywhere else is not followed.
  if (worktree !== undefined && !sameFolder(resolve(layout.gitDir, worktree), layout.workTree)) return unknown('core.worktree places the work tree elsewhere; it is not followed');
  const format = lastValue(repoConfigs, 'extensions.objectformat')?.toLowerCase() ?? 'sha1';
  if (format !== 'sha1' && format !== 'sha256') return unknown(`object format ${format} is not supported`);
  const algorithm = format;
  const indexPath = join(layout.gitDir, 'index');
  const indexBuf = readSmallFile(indexPath, MAX_INDEX);
  let indexMtimeNs = 0n;
  try {
    indexMtimeNs = statSync(indexPath, { bigint: true }).mtimeNs;
  } catch {
    // No index yet (a fresh repository): no entries.
  }
  const parsed = indexBuf ? parseIndex(indexBuf, algorithm === 'sha1' ? 20 : 32) : { ok: true as const, version: 2, entries: [] };
  if (!parsed.ok) return unknown(parsed.reason);
  const entries = parsed.entries;
  const user = userConfigs(env);
  const allConfigs = [...user, ...repoConfigs];
  let converts: boolean | undefined;
  const mayConvert = () => {
    if (converts !== undefined) return converts;
    const autocrlf = lastValue(allConfigs, 'core.autocrlf');
    const attributeFiles = [join(layout.commonDir, 'info', 'attributes'), ...entries.filter((e) => e.path === '.gitattributes' || e.path.endsWith('/.gitattributes')).map((e) => join(layout.workTree, e.path))];
    converts = (autocrlf !== undefined && !isFalse(autocrlf)) || attributeFiles.some((f) => attributesConvert(readSmallText(f, MAX_CONFIG) ?? ''));
    return converts;
  };

  const work = compareWorkTree(entries, {
    workTree: layout.workTree,
    algorithm,
    indexMtimeNs,
    fileMode: !isFalse(lastValue(repoConfigs, 'core.filemode')),
    mayConvert,
    deadline,
    maxHashBytes: MAX_HASH_BYTES,
  });
  if (work === 'dirty') return { dirty: true };

  // Staged changes: the tree the index would commit against HEAD's tree.
  const staged = indexTreeId(entries, algorithm);
  if (staged === null) return { dirty: true };
  if (commit === null) {
    if (entries.length) return { dirty: true };
  } else {
    const headTree = commitTree(join(layout.commonDir, 'objects'), commit);
    if (headTree === null) return unknown('the HEAD commit could not be read from the repository’s objects');
    if (headTree !== staged) return { dirty: true };
  }

  const tracked = new Set<string>();
  const submodules = new Set<string>();
  for (const e of entries) ((e.mode & 0o170000) === 0o160000 ? submodules : tracked).add(e.path);
  const untracked = hasUntracked({
    workTree: layout.workTree,
    tracked,
    submodules,
    baseIgnores: [readSmallText(userIgnoreFile(user, env), MAX_CONFIG) ?? '', readSmallText(join(layout.commonDir, 'info', 'exclude'), MAX_CONFIG) ?? ''],
    deadline,
  });
  if (untracked === true) return { dirty: true };
  if (untracked === 'unknown' || work === 'unknown') {
    return unknown(work === 'unknown' ? 'a changed file may only differ by a conversion git applies (filters or line endings), which Assay does not run' : 'the work tree is too large to check in time');
  }
  return { dirty: false };
}

export async function gitFacts(root: string, env: NodeJS.ProcessEnv = process.env): Promise<GitFacts> {
  // Let the caller's other work start first: everything below is synchronous file reading.
  await new Promise((r) => setImmediate(r));
  try {
    const layout = locateRepository(root);
    if (!layout) return NO_FACTS;
    const repoConfigs = [readConfig(join(layout.commonDir, 'config'))];
    if (isTrue(lastValue(repoConfigs, 'extensions.worktreeconfig'))) repoConfigs.push(readConfig(join(layout.gitDir, 'config.worktree')));
    const head = readHead(layout);
    return { ...head, ...dirtyState(layout, head.commit, repoConfigs, env) };
  } catch (err) {
    return { ...NO_FACTS, note: `git facts could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
}

// HEAD and the branch it names, from the ref files: HEAD (per work tree), loose refs and
// packed-refs (shared). Symbolic refs are followed a bounded number of times; a ref name is only
// ever used as a path below the git folder after checking it cannot climb out of it.
import { join } from 'node:path';
import type { GitLayout } from './locate.js';
import { readSmallText } from './read-file.js';

const SMALL = 64 * 1024;
const PACKED_REFS_MAX = 256 * 1024 * 1024;
const MAX_SYMREF_DEPTH = 5;

export interface HeadFacts {
  commit: string | null;
  branch: string | null;
}

function safeRefName(name: string): boolean {
  return /^refs\/[A-Za-z0-9._\-/+@]+$/.test(name) && !name.split('/').some((part) => part === '' || part === '.' || part === '..' || part.startsWith('.') || part.endsWith('.lock'));
}

/** Refs kept per work tree (HEAD aside); everything else lives in the common folder. */
function perWorktree(name: string): boolean {
  return name.startsWith('refs/worktree/') || name.startsWith('refs/bisect/') || name.startsWith('refs/rewritten/');
}

function isObjectId(text: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(text);
}

function packedRef(layout: GitLayout, name: string): string | null {
  const text = readSmallText(join(layout.commonDir, 'packed-refs'), PACKED_REFS_MAX);
  if (text === null) return null;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.startsWith('^')) continue;
    const space = line.indexOf(' ');
    if (space > 0 && line.slice(space + 1).trimEnd() === name) {
      const id = line.slice(0, space);
      return isObjectId(id) ? id : null;
    }
  }
  return null;
}

/** The commit a ref name resolves to, or null (unborn branch, unreadable or unsafe ref). */
function resolveRef(layout: GitLayout, name: string, depth: number): string | null {
  if (depth > MAX_SYMREF_DEPTH || !safeRefName(name)) return null;
  const loose = readSmallText(join(perWorktree(name) ? layout.gitDir : layout.commonDir, name), SMALL)?.trim();
  if (loose !== undefined) {
    if (isObjectId(loose)) return loose;
    const sym = /^ref: *(.+)$/.exec(loose);
    return sym ? resolveRef(layout, sym[1]!, depth + 1) : null;
  }
  return packedRef(layout, name);
}

export function readHead(layout: GitLayout): HeadFacts {
  const head = readSmallText(join(layout.gitDir, 'HEAD'), SMALL)?.trim();
  if (!head) return { commit: null, branch: null };
  if (isObjectId(head)) return { commit: head, branch: null };
  const sym = /^ref: *(.+)$/.exec(head);
  if (!sym) return { commit: null, branch: null };
  const name = sym[1]!;
  // Reftable repositories keep a placeholder here; their refs are not loose files.
  if (name === 'refs/heads/.invalid') return { commit: null, branch: null };
  const branch = name.startsWith('refs/heads/') && safeRefName(name) ? name.slice('refs/heads/'.length) : null;
  return { commit: resolveRef(layout, name, 0), branch };
}

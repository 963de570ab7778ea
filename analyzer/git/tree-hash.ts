// The root tree id the index would commit (what `git write-tree` computes), built by hashing tree
// objects from the index entries: equal to HEAD's tree exactly when nothing is staged.
import { createHash } from 'node:crypto';
import type { IndexEntry } from './index-file.js';

interface TreeItem {
  name: string;
  mode: string;
  oid: Buffer;
}

function fileMode(mode: number): string | null {
  const type = mode & 0o170000;
  if (type === 0o100000) return mode & 0o111 ? '100755' : '100644';
  if (type === 0o120000) return '120000';
  if (type === 0o160000) return '160000';
  return null;
}

// Git orders tree entries by name, comparing a folder as if its name ended in '/'.
function treeOrder(a: TreeItem, b: TreeItem): number {
  const ka = Buffer.from(a.mode === '40000' ? `${a.name}/` : a.name);
  const kb = Buffer.from(b.mode === '40000' ? `${b.name}/` : b.name);
  return Buffer.compare(ka, kb);
}

/** The root tree id, or null when the index cannot be written as a tree (conflicts, odd modes). */
export function indexTreeId(entries: readonly IndexEntry[], algorithm: 'sha1' | 'sha256'): string | null {
  const hashTree = (items: TreeItem[]): Buffer => {
    items.sort(treeOrder);
    const body = Buffer.concat(items.flatMap((i) => [Buffer.from(`${i.mode} ${i.name}\0`), i.oid]));
    return createHash(algorithm).update(`tree ${body.length}\0`).update(body).digest();
  };
  // Entries arrive sorted by path; a stack of open folders builds each tree as it closes.
  const stack: { prefix: string; items: TreeItem[] }[] = [{ prefix: '', items: [] }];
  const close = () => {
    const done = stack.pop()!;
    const name = done.prefix.slice(0, -1).split('/').pop()!;
    stack[stack.length - 1]!.items.push({ name, mode: '40000', oid: hashTree(done.items) });
  };
  for (const e of entries) {
    if (e.stage !== 0) return null;
    if (e.intentToAdd) continue;
    const mode = fileMode(e.mode);
    if (!mode) return null;
    while (stack.length > 1 && !e.path.startsWith(stack[stack.length - 1]!.prefix)) close();
    const parts = e.path.slice(stack[stack.length - 1]!.prefix.length).split('/');
    for (let i = 0; i < parts.length - 1; i++) stack.push({ prefix: `${stack[stack.length - 1]!.prefix}${parts[i]}/`, items: [] });
    stack[stack.length - 1]!.items.push({ name: parts[parts.length - 1]!, mode, oid: e.oidBytes });
  }
  while (stack.length > 1) close();
  return hashTree(stack[0]!.items).toString('hex');
}

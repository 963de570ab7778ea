// Reading advisory records from what a user points at: one .json file, a folder of them, or the zip
// osv.dev publishes per ecosystem. Every input is bounded: entry names that would escape a folder,
// archives that inflate far beyond their size, too many or too large entries, and a "zip" that is
// not one are refused whole with a message naming the file, before anything is stored.
import { closeSync, lstatSync, openSync, readFileSync, readSync, readdirSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { StoreInputError } from '../errors.js';

export class AdvisoryImportError extends StoreInputError {
  override name = 'AdvisoryImportError';
}

export interface RecordText {
  /** Name shown to people: the file (or `archive.zip!entry.json`). */
  name: string;
  text: string;
}

export const LIMITS = {
  /** One record larger than this is not an advisory. */
  recordBytes: 4 * 1024 * 1024,
  /** All records of one import, uncompressed. */
  totalBytes: 1024 * 1024 * 1024,
  entries: 200_000,
  /** An entry inflating more than this many times its compressed size is a bomb. */
  ratio: 200,
  folderDepth: 8,
};

function fail(message: string): never {
  throw new AdvisoryImportError(message);
}

function statOf(path: string): Stats {
  try {
    return lstatSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `${path} does not exist. Give an OSV .json file, a folder of them, or osv.dev's PyPI all.zip.` : `cannot read ${path} (${code ?? String(e)}).`);
  }
}

function decode(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    fail(`${name} is not UTF-8 text; an OSV record is JSON.`);
  }
}

/** Entry names are never used as paths, but one that would escape a folder marks a hostile archive. */
export function unsafeEntryName(name: string): boolean {
  return name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..') || name.includes('\0');
}

function readHead(path: string, n: number): Uint8Array {
  const buf = new Uint8Array(n);
  const fd = openSync(path, 'r');
  try {
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

export function readZip(bytes: Uint8Array, file: string): RecordText[] {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || (bytes[2] !== 0x03 && bytes[2] !== 0x05)) fail(`${file} is not a zip archive (no PK signature). Download osv.dev's ecosystem zip again, or give a .json file or folder.`);
  const out: RecordText[] = [];
  let total = 0;
  let problem: string | null = null;
  const unzip = new Unzip((entry: UnzipFile) => {
    if (problem) return;
    if (unsafeEntryName(entry.name)) {
      problem = `${file} holds an entry named "${entry.name}", which points outside the archive's folder (zip-slip); the archive is refused`;
      return;
    }
    if (entry.name.endsWith('/') || !entry.name.toLowerCase().endsWith('.json')) return;
    if (out.length >= LIMITS.entries) {
      problem = `${file} holds more than ${LIMITS.entries} records; refused`;
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    entry.ondata = (err, data, final) => {
      if (problem) return;
      if (err) {
        problem = `${file}: entry ${entry.name} is damaged (${err.message})`;
        return;
      }
      size += data.length;
      total += data.length;
      const compressed = entry.size ?? 0;
      if (size > LIMITS.recordBytes) problem = `${file}: entry ${entry.name} inflates beyond ${LIMITS.recordBytes / 1024 / 1024} MiB; no advisory is that large (zip bomb?); the archive is refused`;
      else if (total > LIMITS.totalBytes) problem = `${file} inflates beyond ${LIMITS.totalBytes / 1024 / 1024 / 1024} GiB; refused as a zip bomb`;
      else if (compressed > 0 && size > 64 * 1024 && size / compressed > LIMITS.ratio) problem = `${file}: entry ${entry.name} inflates more than ${LIMITS.ratio} times its size (zip bomb); the archive is refused`;
      if (problem) {
        entry.terminate();
        return;
      }
      chunks.push(data);
      if (final) {
        const all = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        out.push({ name: `${basename(file)}!${entry.name}`, text: decode(all, `${basename(file)}!${entry.name}`) });
      }
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Small pushes: deflate inflates up to ~1000 times, so 4 KiB in is at most a few MiB out before
    // the limits above are checked again (64 KiB pushes let one bomb entry reach 260 MB of RSS).
    const STEP = 4 * 1024;
    for (let i = 0; i < bytes.length && !problem; i += STEP) unzip.push(bytes.subarray(i, Math.min(bytes.length, i + STEP)), i + STEP >= bytes.length);
  } catch (e) {
    if (e instanceof AdvisoryImportError) throw e;
    problem ??= `${file} is not a readable zip archive (${(e as Error).message})`;
  }
  if (problem) fail(problem);
  return out;
}

function readFolder(dir: string): RecordText[] {
  const out: RecordText[] = [];
  let total = 0;
  const stack: Array<{ path: string; depth: number }> = [{ path: dir, depth: 0 }];
  while (stack.length) {
    const { path, depth } = stack.pop()!;
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch (e) {
      fail(`cannot list ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
    }
    for (const name of names) {
      const full = join(path, name);
      const st = statOf(full);
      // Symlinks are not followed: a folder of records has no reason to point elsewhere.
      if (st.isDirectory() && depth < LIMITS.folderDepth) stack.push({ path: full, depth: depth + 1 });
      if (!st.isFile() || !name.toLowerCase().endsWith('.json')) continue;
      if (st.size > LIMITS.recordBytes) fail(`${full} is ${Math.round(st.size / 1024 / 1024)} MiB; no OSV record is that large.`);
      total += st.size;
      if (total > LIMITS.totalBytes || out.length >= LIMITS.entries) fail(`${dir} holds more advisory data than one import takes (${LIMITS.entries} records, 1 GiB).`);
      out.push({ name: full, text: decode(readFileSync(full), full) });
    }
  }
  return out;
}

/** The record texts at `path` (file, folder or zip). Throws AdvisoryImportError for input that cannot be taken. */
export function readAdvisorySources(path: string): { kind: 'file' | 'folder' | 'zip'; records: RecordText[] } {
  const st = statOf(path);
  if (st.isDirectory()) return { kind: 'folder', records: readFolder(path) };
  if (!st.isFile()) fail(`${path} is not a regular file or folder.`);
  if (st.size > LIMITS.totalBytes) fail(`${path} is larger than 1 GiB; not an advisory export.`);
  // Whether it is a zip is decided from its name and first bytes, so a huge record is refused unread.
  const head = readHead(path, 2);
  const isZip = path.toLowerCase().endsWith('.zip') || (head[0] === 0x50 && head[1] === 0x4b);
  if (!isZip && st.size > LIMITS.recordBytes) fail(`${path} is ${Math.round(st.size / 1024 / 1024)} MiB; no OSV record is that large.`);
  const bytes = readFileSync(path);
  if (isZip) return { kind: 'zip', records: readZip(bytes, path) };
  return { kind: 'file', records: [{ name: path, text: decode(bytes, path) }] };
}

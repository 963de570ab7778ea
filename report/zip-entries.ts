// A reader for the zip files Assay is asked to verify. It reads the central directory itself so it
// can see what an entry claims to be (a Unix symlink, device or folder, not only a file), keeps
// names in a Map (so `__proto__` or `constructor` are ordinary names), and inflates each file into a
// buffer of its declared size only after the total declared size is checked against a cap.
import { inflateSync } from 'fflate';

export interface ZipEntry {
  name: string;
  /** What the entry's attributes say it is. */
  type: 'file' | 'folder' | 'symlink' | 'special';
  method: number;
  compressedSize: number;
  declaredSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 10_000;
const UNIX = 3;

function entryType(madeBy: number, external: number, name: string): ZipEntry['type'] {
  if (name.endsWith('/') || (external & 0x10) !== 0) return 'folder';
  if (madeBy >> 8 !== UNIX) return 'file';
  const mode = (external >>> 16) & 0o170000;
  if (mode === 0 || mode === 0o100000) return 'file';
  if (mode === 0o040000) return 'folder';
  if (mode === 0o120000) return 'symlink';
  return 'special';
}

/** The entries of the central directory, in order; throws ZipFormatError on a damaged one. */
export function zipEntries(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  // The end record sits in the last 22 bytes plus at most a 64 KiB comment.
  for (let i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 0xffff; i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('no zip end-of-directory record');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ZipFormatError('zip64 archives are not evidence packs');
  if (count > MAX_ENTRIES) throw new ZipFormatError(`${count} entries: more than a pack ever holds`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError('damaged central directory');
    const madeBy = view.getUint16(at + 4, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const external = view.getUint32(at + 38, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > zip.length) throw new ZipFormatError('damaged central directory');
    let name: string;
    try {
      name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    } catch {
      throw new ZipFormatError('an entry name is not valid UTF-8');
    }
    entries.push({ name, type: entryType(madeBy, external, name), method, compressedSize, declaredSize, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one file entry, inflated into exactly its declared size at most. */
export function entryBytes(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.localOffset;
  if (at + 30 > zip.length || view.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`${entry.name}: damaged local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipFormatError(`${entry.name}: the entry runs past the end of the zip`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method} is not used in packs`);
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(entry.declaredSize) });
  } catch (e) {
    throw new ZipFormatError(`${entry.name}: cannot be inflated (${e instanceof Error ? e.message : String(e)})`);
  }
  if (out.length !== entry.declaredSize) throw new ZipFormatError(`${entry.name}: inflates to ${out.length} bytes, not the ${entry.declaredSize} it declares`);
  return out;
}

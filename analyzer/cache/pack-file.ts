// The pack's bytes on disk: a magic line, the SHA-256 of the body, and the body — a run of frames
// (the files' outcome bytes, the project result, the run records, each as it already is in memory)
// followed by an index frame and the index's length. Frames are written to a temporary file as the
// scan produces them and read back as views into the file's buffer: a pack of tens of megabytes is
// never held whole in memory on write, nor copied out of the buffer again on read.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export const PACK_MAGIC = Buffer.from('ASSAY-CACHE-2\n');
const HASH_BYTES = 32;

/** Where a frame sits in the body. */
export type FrameRef = [offset: number, length: number];

/**
 * Writes a pack frame by frame into a temporary file as the bytes arrive, so a scan never holds
 * every file's outcome until the end: the file is opened on the first frame with the magic and a
 * placeholder hash, the body's SHA-256 runs along, and finish() appends the index and its length and
 * writes the hash in place. Writes are synchronous so a frame's bytes are garbage as soon as frame()
 * returns. Any I/O error turns the writer off: it only costs the cache.
 */
export class PackWriter {
  private fd: number | null = null;
  private failed = false;
  private length = 0;
  private readonly hash = createHash('sha256');

  constructor(readonly file: string) {}

  /** Whether any frame has been written (or tried). */
  get started(): boolean {
    return this.fd !== null || this.failed;
  }

  /** Writes bytes as the next frame of the body. */
  frame(bytes: Uint8Array): FrameRef {
    const ref: FrameRef = [this.length, bytes.length];
    if (this.failed) return ref;
    try {
      if (this.fd === null) {
        mkdirSync(dirname(this.file), { recursive: true });
        this.fd = openSync(this.file, 'w');
        writeAll(this.fd, PACK_MAGIC);
        writeAll(this.fd, Buffer.alloc(HASH_BYTES));
      }
      writeAll(this.fd, bytes);
      this.hash.update(bytes);
      this.length += bytes.length;
    } catch {
      this.fail();
    }
    return ref;
  }

  /** Appends the index and its length (u32 LE), writes the hash in place and closes: true when the file is whole. */
  finish(index: Uint8Array): boolean {
    const tail = Buffer.alloc(4);
    tail.writeUInt32LE(index.length);
    this.frame(index);
    this.frame(tail);
    if (this.failed || this.fd === null) return false;
    try {
      const digest = this.hash.digest();
      for (let at = 0; at < digest.length; ) at += writeSync(this.fd, digest, at, digest.length - at, PACK_MAGIC.length + at);
      closeSync(this.fd);
      this.fd = null;
      return true;
    } catch {
      this.fail();
      return false;
    }
  }

  /** Closes and removes the temporary file: the scan was cancelled or the pack is not needed. */
  discard(): void {
    this.fail();
  }

  private fail(): void {
    this.failed = true;
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed
      }
      this.fd = null;
    }
    try {
      rmSync(this.file, { force: true });
    } catch {
      // trim() removes an abandoned temporary file after an hour
    }
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

export interface PackReader {
  index: Uint8Array;
  frame(ref: unknown): Uint8Array | null;
}

/** The pack's index and frames, or null when the file is missing, not a pack or altered. */
export async function readPackFile(file: string): Promise<PackReader | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null;
  }
  const head = PACK_MAGIC.length + HASH_BYTES;
  if (bytes.length < head + 4 || !bytes.subarray(0, PACK_MAGIC.length).equals(PACK_MAGIC)) return null;
  const body = bytes.subarray(head);
  if (!createHash('sha256').update(body).digest().equals(bytes.subarray(PACK_MAGIC.length, head))) return null;
  const indexLength = body.readUInt32LE(body.length - 4);
  const indexAt = body.length - 4 - indexLength;
  if (indexAt < 0) return null;
  return {
    index: body.subarray(indexAt, body.length - 4),
    frame(ref) {
      if (!Array.isArray(ref) || ref.length !== 2) return null;
      const [offset, length] = ref as unknown[];
      if (!Number.isInteger(offset) || !Number.isInteger(length) || (offset as number) < 0 || (length as number) < 0 || (offset as number) + (length as number) > indexAt) return null;
      return body.subarray(offset as number, (offset as number) + (length as number));
    },
  };
}

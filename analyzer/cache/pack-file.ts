// The pack's bytes on disk: a magic line, the SHA-256 of the body, and the body — a run of frames
// (the files' outcome bytes, the project result, the run records, each as it already is in memory)
// followed by an index frame and the index's length. Frames are written one after another and
// read back as views into the file's buffer: a pack of tens of megabytes is never copied into one
// serialised whole on write, nor copied out of the buffer again on read.
import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';

export const PACK_MAGIC = Buffer.from('ASSAY-CACHE-2\n');
const HASH_BYTES = 32;

/** Where a frame sits in the body. */
export type FrameRef = [offset: number, length: number];

export class PackWriter {
  private readonly parts: Uint8Array[] = [];
  private length = 0;

  /** Queues bytes as one frame; the bytes are written as they are, not copied. */
  frame(bytes: Uint8Array): FrameRef {
    const ref: FrameRef = [this.length, bytes.length];
    this.parts.push(bytes);
    this.length += bytes.length;
    return ref;
  }

  /** Writes magic, hash, every frame, then the index and its length (u32 LE) as the last four bytes. */
  async write(file: string, index: Uint8Array): Promise<void> {
    const tail = Buffer.alloc(4);
    tail.writeUInt32LE(index.length);
    const body = [...this.parts, index, tail];
    const hash = createHash('sha256');
    for (const p of body) hash.update(p);
    const fh = await open(file, 'w');
    try {
      for (const part of [PACK_MAGIC, hash.digest(), ...body]) {
        for (let at = 0; at < part.length; ) at += (await fh.write(part, at, part.length - at)).bytesWritten;
      }
    } finally {
      await fh.close();
    }
  }
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

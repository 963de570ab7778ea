// Read and decode one discovered file. The file may have changed since discovery (grown, been
// swapped for a FIFO), so the read checks again and never takes more than the size cap.
import { open } from 'node:fs/promises';
import type { SkippedFile } from '../types.js';
import { decodeSource } from '../encoding.js';
import { formatBytes, type DiscoveredFile } from './discover.js';

export interface SourceText {
  text: string;
  encoding: string;
}

export async function readSourceFile(file: DiscoveredFile, maxSize: number): Promise<SourceText | SkippedFile> {
  let bytes: Uint8Array;
  try {
    const handle = await open(file.absPath, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { path: file.path, reason: 'unreadable', detail: 'no longer a regular file' };
      if (info.size > maxSize) {
        return { path: file.path, reason: 'too-large', detail: `${formatBytes(info.size)} is over the ${formatBytes(maxSize)} limit (max-file-size)` };
      }
      const buffer = Buffer.alloc(info.size);
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      bytes = buffer.subarray(0, filled);
    } finally {
      await handle.close();
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { path: file.path, reason: 'unreadable', detail: `cannot read (${e?.code ?? ''}${e?.code ? ': ' : ''}${e?.message ?? String(err)})` };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { path: file.path, reason: decoded.reason, detail: decoded.detail };
  return { text: decoded.text, encoding: decoded.encoding };
}

export function isSkip(value: SourceText | SkippedFile): value is SkippedFile {
  return 'reason' in value;
}

// `assay findings … | head`: when the reader closes the pipe, stop quietly like other Unix tools
// instead of dying on an unhandled EPIPE with a stack trace.
import type { Writable } from 'node:stream';

export function exitQuietlyOnClosedPipe(stream: Writable, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') exit(0);
    else throw err;
  });
}

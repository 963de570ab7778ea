// A JSON file read into a string of one byte per character. Buffer.toString('utf8') makes a
// string of two bytes per character as soon as one character is outside Latin-1 (an arrow in one
// message of a 200 MB scan JSON does it), and holds it beside the whole file's bytes: ~600 MB at
// the peak of an import of 100,000 findings. Here the file is read in chunks and every non-ASCII
// character is written as its JSON escape: outside strings JSON allows no such character, inside
// one `\uXXXX` (a surrogate pair above U+FFFF) stands for it, so JSON.parse gives the same values.
import { closeSync, readSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { openInputFile, readFailure } from '../read-input.js';

const CHUNK = 1 << 20;
const WINDOW = 512;

/** The characters of a run of non-ASCII bytes (decoded as Buffer.toString would), as JSON escapes. */
function escapeRun(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  let out = '';
  for (let i = 0; i < text.length; i++) out += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** `bytes` as text with its non-ASCII runs escaped; a run reaching the end is left for the next chunk: returns where it starts. */
function convert(bytes: Buffer, last: boolean, parts: string[]): number {
  if (isAscii(bytes)) {
    parts.push(bytes.toString('latin1'));
    return bytes.length;
  }
  let plain = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      // Non-ASCII text is rare (a scan of 100,000 findings: one run in 14 KB): skip plain windows natively.
      const end = Math.min(i + WINDOW, bytes.length);
      if (isAscii(bytes.subarray(i, end))) {
        i = end;
        continue;
      }
      while (bytes[i]! < 0x80) i++;
    }
    let j = i;
    while (j < bytes.length && bytes[j]! >= 0x80) j++;
    if (j === bytes.length && !last) break;
    if (i > plain) parts.push(bytes.toString('latin1', plain, i));
    parts.push(escapeRun(bytes.subarray(i, j)));
    plain = i = j;
  }
  if (i > plain) parts.push(bytes.toString('latin1', plain, i));
  return i;
}

/**
 * The text of a JSON file (checked and capped as readInputFile does), a leading byte order mark
 * dropped, with the same JSON.parse result as the file decoded as UTF-8 (whose error messages,
 * should it not parse, name other positions: parse that text again to report them).
 */
export function readJsonText(file: string, maxBytes: number, what: string): string {
  const { fd, size } = openInputFile(file, maxBytes, what);
  const parts: string[] = [];
  try {
    const chunk = Buffer.alloc(CHUNK);
    let held = 0;
    let read = 0;
    while (read < size) {
      const n = readSync(fd, chunk, held, Math.min(CHUNK - held, size - read), read);
      if (n === 0) break;
      const bom = read === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
      read += n;
      const bytes = chunk.subarray(bom, held + n);
      let done = convert(bytes, read >= size, parts);
      if (done === 0 && held + n === CHUNK) {
        // One run of non-ASCII bytes fills the chunk: cut it before a character's first byte.
        let cut = bytes.length - 1;
        while (cut > 0 && bytes[cut]! < 0xc0) cut--;
        done = cut > 0 ? cut : bytes.length;
        parts.push(escapeRun(bytes.subarray(0, done)));
      }
      // A run cut by the chunk's end goes on at the start of the next one.
      held = bytes.copy(chunk, 0, done);
    }
    if (held > 0) convert(chunk.subarray(0, held), true, parts);
  } catch (e) {
    throw readFailure(file, e);
  } finally {
    closeSync(fd);
  }
  return parts.join('');
}

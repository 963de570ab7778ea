// JSON.stringify(value, null, 2), given out in pieces: a report of 60,000 findings is never one
// string of 100+ MB (plus its UTF-8 copy) in memory. The outer levels of the document are walked
// here; everything deeper (one finding, one SARIF result) is stringified by JSON.stringify itself
// and re-indented — JSON text holds no raw line breaks, so prefixing each "\n" with the depth's
// indentation gives exactly the bytes JSON.stringify would have written for the whole document.

/** How many levels are walked here; below them one JSON.stringify call per value. */
const WALKED_DEPTH = 4;
const INDENT = '  ';

type Sink = (text: string) => void;

/** What JSON.stringify would serialize for `value` under `key` (toJSON applied), or undefined to leave it out. */
function prepared(key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(k: string): unknown }).toJSON(key);
  }
  return value;
}

function isWalked(value: unknown): value is object {
  // Boxed primitives and objects with toJSON were unwrapped by prepared(); the rest are plain containers.
  return value !== null && typeof value === 'object' && !(value instanceof Number || value instanceof String || value instanceof Boolean);
}

function leaf(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  if (text === undefined || depth === 0 || !text.includes('\n')) return text;
  return text.replace(/\n/g, `\n${INDENT.repeat(depth)}`);
}

function walk(value: unknown, depth: number, sink: Sink): boolean {
  if (!isWalked(value) || depth >= WALKED_DEPTH) {
    const text = leaf(value, depth);
    if (text === undefined) return false;
    sink(text);
    return true;
  }
  const inner = `\n${INDENT.repeat(depth + 1)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      sink('[]');
      return true;
    }
    sink('[');
    for (let i = 0; i < value.length; i++) {
      sink(i === 0 ? inner : `,${inner}`);
      if (!walk(prepared(String(i), value[i]), depth + 1, sink)) sink('null');
    }
    sink(`\n${INDENT.repeat(depth)}]`);
    return true;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const v = prepared(key, (value as Record<string, unknown>)[key]);
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    sink(first ? `{${inner}` : `,${inner}`);
    first = false;
    sink(`${JSON.stringify(key)}: `);
    walk(v, depth + 1, sink);
  }
  sink(first ? '{}' : `\n${INDENT.repeat(depth)}}`);
  return true;
}

/** Hands `sink` the text of JSON.stringify(value, null, 2) in pieces, in order. */
export function streamJson(value: unknown, sink: Sink): void {
  if (!walk(prepared('', value), 0, sink)) throw new TypeError('streamJson: the value has no JSON form');
}

/**
 * Collects small pieces into chunks of about `chunkChars` before passing them on, so the writer
 * below makes few system calls. Call flush() at the end.
 */
export function chunked(out: Sink, chunkChars = 1 << 20): { write: Sink; flush(): void } {
  let parts: string[] = [];
  let size = 0;
  return {
    write(text) {
      parts.push(text);
      size += text.length;
      if (size >= chunkChars) {
        out(parts.join(''));
        parts = [];
        size = 0;
      }
    },
    flush() {
      if (size > 0) out(parts.join(''));
      parts = [];
      size = 0;
    },
  };
}

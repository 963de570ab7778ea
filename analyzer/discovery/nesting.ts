// CPython's tokenizer refuses more than 200 nested brackets ("too many nested parentheses"), so
// deeper code cannot run; it only serves to exhaust analyzers (deep trees make every recursive
// pass slow or overflow). Such files are skipped before parsing. String and comment contents are
// not counted.

export const CPYTHON_MAX_NESTING = 200;

/** The deepest bracket nesting in Python source, stopping early once past `limit`. */
export function bracketDepth(source: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 0x23 /* # */) {
      const nl = source.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
      continue;
    }
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const quote = source[i]!;
      const triple = source.startsWith(quote.repeat(3), i);
      const close = triple ? quote.repeat(3) : quote;
      i += close.length;
      while (i < n) {
        const d = source[i]!;
        if (d === '\\') i += 2;
        else if (source.startsWith(close, i)) {
          i += close.length;
          break;
        } else if (!triple && d === '\n') break;
        else i++;
      }
      continue;
    }
    if (c === 0x28 || c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if ((c === 0x29 || c === 0x5d || c === 0x7d) && depth > 0) depth--;
    i++;
  }
  return max;
}

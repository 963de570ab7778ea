// Decoded outcomes repeat the same short strings thousands of times (IR kinds, names, qualified
// ids, loc-less texts): v8.deserialize makes a fresh string for every occurrence. Replacing each
// with one shared copy keeps the main thread's per-file facts (held for the whole dataflow pass)
// about a fifth smaller. Values are unchanged; only which string object holds them.

/** Strings longer than this are mostly unique source texts: hashing them buys nothing. */
const MAX_INTERNED = 96;

export class StringInterner {
  private readonly table = new Map<string, string>();

  intern(s: string): string {
    if (s.length > MAX_INTERNED) return s;
    const known = this.table.get(s);
    if (known !== undefined) return known;
    this.table.set(s, s);
    return s;
  }

  /** Interns every string inside `root` in place (plain objects and arrays; no recursion, for deep IR). */
  internAll(root: unknown): void {
    const stack: unknown[] = [root];
    while (stack.length > 0) {
      const n = stack.pop();
      if (Array.isArray(n)) {
        for (let i = 0; i < n.length; i++) {
          const v: unknown = n[i];
          if (typeof v === 'string') n[i] = this.intern(v);
          else if (v !== null && typeof v === 'object') stack.push(v);
        }
      } else if (n !== null && typeof n === 'object' && !ArrayBuffer.isView(n)) {
        const o = n as Record<string, unknown>;
        for (const key in o) {
          const v = o[key];
          if (typeof v === 'string') o[key] = this.intern(v);
          else if (v !== null && typeof v === 'object') stack.push(v);
        }
      }
    }
  }
}

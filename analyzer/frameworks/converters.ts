// Route path converters shared by Flask/Werkzeug and Django `path()`: `<int:id>` → id: 'int',
// `<name>` → name: 'string'. A converter in SAFE_CONVERTERS admits no injection.

// any(a, b) is an allowlist; slug is [-a-zA-Z0-9_]+.
export const SAFE_CONVERTERS = new Set(['int', 'float', 'uuid', 'slug', 'any']);

export function converters(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of path.matchAll(/<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>/g)) out[m[2]!] = m[1] ?? 'string';
  return out;
}

/** `{id}` / `{id:int}` placeholders (FastAPI, Starlette, aiohttp): the converter or ''. */
export function braceParams(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of path.matchAll(/\{(\w+)(?::(\w+))?\}/g)) out[m[1]!] = m[2] ?? '';
  return out;
}

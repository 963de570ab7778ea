// A reader for the few git config values Assay needs (repository format, work tree, line-ending
// conversion). It reads one file as text and never follows `include` or `includeIf`: nothing in a
// config file can make Assay open another file, let alone run a program.

/** Values by key: `section.key` or `section.subsection.key`; section and key lower-cased as git does. */
export type GitConfig = Map<string, string[]>;

const KEY = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=(.*))?$/;

export function parseGitConfig(text: string): GitConfig {
  const out: GitConfig = new Map();
  let section: string | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/\r$/, '');
    // A backslash at the end continues the value on the next line.
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.replace(/\r$/, '');
    let rest = line.trim();
    if (!rest || rest.startsWith('#') || rest.startsWith(';')) continue;
    if (rest.startsWith('[')) {
      const header = /^\[\s*([A-Za-z0-9.-]+)\s*(?:"((?:[^"\\]|\\.)*)")?\s*\]/.exec(rest);
      if (!header) {
        section = null;
        continue;
      }
      const sub = header[2]?.replace(/\\(.)/g, '$1');
      section = sub === undefined ? header[1]!.toLowerCase() : `${header[1]!.toLowerCase()}.${sub}`;
      rest = rest.slice(header[0].length).trim();
      if (!rest || rest.startsWith('#') || rest.startsWith(';')) continue;
    }
    if (section === null) continue;
    const kv = KEY.exec(rest);
    if (!kv) continue;
    const key = `${section}.${kv[1]!.toLowerCase()}`;
    const value = kv[2] === undefined ? 'true' : unquote(kv[2]);
    const list = out.get(key);
    if (list) list.push(value);
    else out.set(key, [value]);
  }
  return out;
}

function unquote(raw: string): string {
  let value = '';
  let quoted = false;
  let pendingSpace = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '"') {
      quoted = !quoted;
      continue;
    }
    if (!quoted && (c === '#' || c === ';')) break;
    if (c === '\\' && i + 1 < raw.length) {
      const n = raw[++i]!;
      value += pendingSpace + (n === 'n' ? '\n' : n === 't' ? '\t' : n === 'b' ? '\b' : n);
      pendingSpace = '';
      continue;
    }
    if (!quoted && (c === ' ' || c === '\t')) {
      if (value) pendingSpace += c;
      continue;
    }
    value += pendingSpace + c;
    pendingSpace = '';
  }
  return value;
}

/** The last value of a key across configs read in order (later wins, as in git). */
export function lastValue(configs: readonly GitConfig[], key: string): string | undefined {
  let found: string | undefined;
  for (const c of configs) {
    const v = c.get(key);
    if (v?.length) found = v[v.length - 1];
  }
  return found;
}

export function isTrue(value: string | undefined): boolean {
  return value !== undefined && ['true', 'yes', 'on', '1'].includes(value.toLowerCase());
}

export function isFalse(value: string | undefined): boolean {
  return value !== undefined && ['false', 'no', 'off', '0', ''].includes(value.toLowerCase());
}

// smol-toml gives values without positions; findings need lines. These helpers find where a table
// starts and where a key or a quoted string sits inside it, from the text itself.
import { parse as parseToml } from 'smol-toml';

export class TomlLines {
  private readonly lines: string[];

  constructor(text: string) {
    this.lines = text.split(/\r\n|\r|\n/);
  }

  /** 1-based line of `[header]` or `[[header]]` (the n-th occurrence for arrays of tables), or 0. */
  header(name: string, occurrence = 0): number {
    const wanted = name.replace(/\s+/g, '');
    let seen = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const m = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(this.lines[i]!);
      if (m && m[1]!.replace(/\s+|"/g, '') === wanted && seen++ === occurrence) return i + 1;
    }
    return 0;
  }

  /** Lines from `from` (1-based, exclusive) up to the next table header. */
  private section(from: number): [number, number] {
    let end = this.lines.length;
    for (let i = from; i < this.lines.length; i++) {
      if (/^\s*\[/.test(this.lines[i]!) && !/^\s*\[\s*["']/.test(this.lines[i]!)) {
        end = i;
        break;
      }
    }
    return [from, end];
  }

  /** Line of `key =` inside the table starting at `headerLine`; falls back to the header. */
  key(headerLine: number, key: string): number {
    const [from, end] = this.section(headerLine);
    const k = escapeRe(key);
    const re = new RegExp(`^\\s*(${k}|"${k}"|'${k}')\\s*=`, 'i');
    for (let i = from; i < end; i++) if (re.test(this.lines[i]!)) return i + 1;
    return headerLine || 1;
  }

  /** Line of a quoted string value inside the table (or after `afterLine`); falls back to `afterLine`. */
  string(afterLine: number, value: string): number {
    const [from, end] = this.section(afterLine);
    for (let i = from; i < end; i++) {
      const l = this.lines[i]!;
      if (l.includes(`"${value}"`) || l.includes(`'${value}'`) || l.includes(`"""${value}`)) return i + 1;
    }
    return afterLine || 1;
  }

  /** Line of `name = "value"` in the [[header]] entry that has it, or 0. */
  entryWithName(header: string, name: string): number {
    for (let n = 0; ; n++) {
      const h = this.header(header, n);
      if (!h) return 0;
      const [from, end] = this.section(h);
      for (let i = from; i < end; i++) {
        const m = /^\s*name\s*=\s*["']([^"']+)["']/.exec(this.lines[i]!);
        if (m) {
          if (m[1] === name) return i + 1;
          break;
        }
      }
    }
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type TomlTable = Record<string, unknown>;

/** Parsed TOML, or a one-line message. */
export function parseTomlDocument(text: string): TomlTable | string {
  try {
    return parseToml(text.replace(/^\uFEFF/, '')) as TomlTable;
  } catch (err) {
    return `not valid TOML: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`;
  }
}

export function table(v: unknown): TomlTable | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as TomlTable) : null;
}

export function strings(v: unknown): string[] | null {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
}

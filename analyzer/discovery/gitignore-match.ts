// Gitignore patterns matched at a cost that does not multiply: a repository is free to ship a
// .gitignore of 30,000 lines. Patterns without wildcards (most of any long list) go into hash maps
// and cost one lookup per path whatever their number; wildcard patterns are matched segment by
// segment with a linear-time glob matcher (no regular expressions, so no backtracking blow-up), and
// only the first MAX_WILDCARD_RULES of them in one walk are kept, the rest reported.

/**
 * Wildcard patterns kept in all the .gitignore files of one walk (a budget shared by the matchers
 * made for it); beyond it a file is reported and its remaining wildcards are not applied.
 */
export const MAX_WILDCARD_RULES = 1_000;

export interface WildcardBudget {
  left: number;
}

export function wildcardBudget(): WildcardBudget {
  return { left: MAX_WILDCARD_RULES };
}
const MAX_PATTERN_LENGTH = 4_096;
const WILD = /[*?[\\]/;

type Token = { t: 'star' } | { t: 'any' } | { t: 'lit'; c: string } | { t: 'class'; negate: boolean; ranges: [string, string][] };
/** A pattern segment: its tokens, or '**' (any number of folders). */
type Segment = Token[] | '**';

interface Rule {
  index: number;
  negate: boolean;
  dirOnly: boolean;
  /** Unanchored rules (no slash) match the last path segment; anchored ones the whole path. */
  anchored: boolean;
  segments: Segment[];
  /** A literal run the last path segment must contain: a cheap test before the glob match. */
  needs: string;
}

interface Hit {
  index: number;
  negate: boolean;
  dirOnly: boolean;
}

export interface MatchVerdict {
  ignored: boolean;
  unignored: boolean;
}

function tokenize(segment: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) out.push({ t: 'lit', c: segment[++i]! });
    else if (c === '*') {
      if (out.at(-1)?.t !== 'star') out.push({ t: 'star' });
    } else if (c === '?') out.push({ t: 'any' });
    else if (c === '[') {
      let j = i + 1;
      const negate = segment[j] === '!' || segment[j] === '^';
      if (negate) j++;
      const ranges: [string, string][] = [];
      let first = true;
      for (; j < segment.length && (first || segment[j] !== ']'); j++, first = false) {
        let lo = segment[j]!;
        if (lo === '\\' && j + 1 < segment.length) lo = segment[++j]!;
        if (segment[j + 1] === '-' && j + 2 < segment.length && segment[j + 2] !== ']') {
          let hi = segment[j + 2]!;
          j += 2;
          if (hi === '\\' && j + 1 < segment.length) hi = segment[++j]!;
          ranges.push([lo, hi]);
        } else ranges.push([lo, lo]);
      }
      if (j >= segment.length) out.push({ t: 'lit', c: '[' });
      else {
        out.push({ t: 'class', negate, ranges });
        i = j;
      }
    } else out.push({ t: 'lit', c });
  }
  return out;
}

function tokenMatches(tok: Token, ch: string): boolean {
  if (tok.t === 'any') return true;
  if (tok.t === 'lit') return tok.c === ch;
  if (tok.t === 'class') return tok.ranges.some(([lo, hi]) => ch >= lo && ch <= hi) !== tok.negate;
  return false;
}

/** Glob match of one segment: greedy with one backtrack point, O(pattern × text). */
function segmentMatches(tokens: Token[], text: string): boolean {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < text.length) {
    const tok = tokens[p];
    if (tok?.t === 'star') {
      starP = p++;
      starS = s;
    } else if (tok && tokenMatches(tok, text[s]!)) {
      p++;
      s++;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else return false;
  }
  while (tokens[p]?.t === 'star') p++;
  return p === tokens.length;
}

/** Anchored match: pattern segments against path segments, '**' spanning folders (memoised). */
function pathMatches(segments: Segment[], parts: string[]): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * (parts.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === segments.length) result = j === parts.length;
    else {
      const seg = segments[i]!;
      if (seg === '**') {
        // A trailing /** matches what is inside, never the folder itself.
        const last = i === segments.length - 1;
        result = false;
        for (let k = last ? j + 1 : j; k <= parts.length && !result; k++) result = go(i + 1, k);
      } else result = j < parts.length && segmentMatches(seg, parts[j]!) && go(i + 1, j + 1);
    }
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

function longestLiteral(segment: Segment | undefined): string {
  if (!segment || segment === '**') return '';
  let best = '';
  let run = '';
  for (const t of segment) {
    if (t.t === 'lit') run += t.c;
    else run = '';
    if (run.length > best.length) best = run;
  }
  return best;
}

function literalOf(segments: Segment[]): string | null {
  const out: string[] = [];
  for (const seg of segments) {
    if (seg === '**' || seg.some((t) => t.t !== 'lit')) return null;
    out.push(seg.map((t) => (t as { c: string }).c).join(''));
  }
  return out.join('/');
}

export class GitignoreMatcher {
  /** Literal unanchored rules by file or folder name, literal anchored rules by path. */
  private readonly byName = new Map<string, Hit[]>();
  private readonly byPath = new Map<string, Hit[]>();
  private readonly wildcards: Rule[] = [];
  /** Wildcard patterns not applied because the file had more than MAX_WILDCARD_RULES. */
  readonly droppedWildcards: number = 0;
  readonly wildcardTotal: number = 0;

  constructor(text: string | readonly string[], budget: WildcardBudget = wildcardBudget()) {
    const lines = typeof text === 'string' ? text.split(/\r?\n/) : text;
    let dropped = 0;
    let total = 0;
    lines.forEach((raw, index) => {
      let line = raw;
      if (!line || line.startsWith('#') || line.length > MAX_PATTERN_LENGTH) return;
      // Trailing spaces are dropped unless escaped.
      let end = line.length;
      while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t') && line[end - 2] !== '\\') end--;
      if (end < line.length) line = line.slice(0, end);
      let negate = false;
      if (line.startsWith('!')) {
        negate = true;
        line = line.slice(1);
      } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
      let dirOnly = false;
      if (line.endsWith('/')) {
        dirOnly = true;
        line = line.replace(/\/+$/, '');
      }
      if (!line) return;
      const anchored = line.includes('/');
      if (line.startsWith('/')) line = line.slice(1);
      // Without a slash, '**' is only a star that matches any name.
      const hit: Hit = { index, negate, dirOnly };
      if (!WILD.test(line)) {
        // No wildcard and no escape: the pattern is its own literal (most lines of a long list).
        const key = line.split('/').filter((x) => x !== '').join('/');
        const map = anchored ? this.byPath : this.byName;
        const list = map.get(key);
        if (list) list.push(hit);
        else map.set(key, [hit]);
        return;
      }
      const segments: Segment[] = line.split('/').filter((s) => s !== '').map((s) => (s === '**' && anchored ? '**' : tokenize(s)));
      if (!segments.length) return;
      const literal = literalOf(segments);
      if (literal !== null) {
        const map = anchored ? this.byPath : this.byName;
        const list = map.get(literal);
        if (list) list.push(hit);
        else map.set(literal, [hit]);
        return;
      }
      total++;
      if (budget.left <= 0) {
        dropped++;
        return;
      }
      budget.left--;
      this.wildcards.push({ index, negate, dirOnly, anchored: anchored || segments.length > 1, segments, needs: longestLiteral(segments.at(-1)) });
    });
    this.droppedWildcards = dropped;
    this.wildcardTotal = total;
  }

  /** The verdict of the last rule that matches `path` (relative to this file's folder, POSIX). */
  test(path: string, isDir: boolean): MatchVerdict {
    const parts = path.split('/');
    const name = parts[parts.length - 1]!;
    let bestIndex = -1;
    let negate = false;
    for (const hits of [this.byName.get(name), this.byPath.get(path)]) {
      for (const h of hits ?? []) {
        if ((!h.dirOnly || isDir) && h.index > bestIndex) {
          bestIndex = h.index;
          negate = h.negate;
        }
      }
    }
    // Later rules win: wildcards are tried from the last one down, only while they could win.
    for (let i = this.wildcards.length - 1; i >= 0; i--) {
      const r = this.wildcards[i]!;
      if (r.index < bestIndex) break;
      if ((r.dirOnly && !isDir) || !name.includes(r.needs)) continue;
      if (r.anchored ? pathMatches(r.segments, parts) : segmentMatches(r.segments[0] as Token[], name)) {
        bestIndex = r.index;
        negate = r.negate;
        break;
      }
    }
    return { ignored: bestIndex >= 0 && !negate, unignored: bestIndex >= 0 && negate };
  }
}

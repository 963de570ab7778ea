// A URL whose scheme, host and path are settled before any untrusted part: `LOGIN_URL + "?next=" + x`,
// `"%s?%s" % (reverse("list"), qs)`. Request data that only fills the query string or the fragment
// cannot send a redirect (or a server-side request) elsewhere. The string pieces are walked in order
// up to a literal '?' or '#': the data of the pieces before it chooses the destination, and keeps
// its taint; data only after it is clean for both kinds. This holds in a summary too, where the
// base is a parameter (`"%s?%s" % (authorization_url, urlencode(params))`). The value then carries
// FIXED_DEST, so a concatenation continuing it (`url + "&page=" + p`) keeps the destination.
import type { Expr } from './ir.js';
import type { Value } from './value.js';
import { relabel } from './value.js';
import { kindBit } from './kinds.js';

export const FIXED_DEST = 'fixed-dest';
export const URL_KINDS = [kindBit('redirect'), kindBit('ssrf')] as const;

// A %-format conversion (as in calls.ts): `%s`, `%(name)s`, `%-10d`; `%%` is literal.
const CONVERSION = /%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;

/** Conversions in `text` that are holes (not `%%`). */
function holes(text: string): number {
  let n = 0;
  for (const m of text.matchAll(CONVERSION)) if (m[1] !== '%') n++;
  return n;
}

/**
 * The pieces that settle the destination of the concatenation or %-format `e` (of 2+ parts,
 * evaluated to `parts`) when a literal '?' or '#' follows them; null when no such mark is reached.
 * `item(i)` evaluates the i-th element of a %-format's argument tuple. What the pieces carry may
 * still choose the destination; everything after the mark cannot (see onlyQuery).
 */
export function fixedDestination(e: Extract<Expr, { k: 'op' }>, parts: readonly Value[], item: (x: Expr) => Value): Value[] | null {
  if (e.fmt || e.parts.length < 2) return null;
  const first = e.parts[0]!;
  // `"%s?%s" % (base, query)`: the holes before the '?' are the destination.
  if (e.parts.length === 2 && first.k === 'const' && typeof first.v === 'string' && holes(first.v) > 0) {
    const mark = first.v.search(/[?#]/);
    if (mark < 0) return null;
    const before = holes(first.v.slice(0, mark));
    const args = e.parts[1]!;
    const items = args.k === 'seq' ? args.items : [args];
    if (before > items.length) return null;
    return items.slice(0, before).map(item);
  }
  for (let i = 0; i < e.parts.length; i++) {
    const x = e.parts[i]!;
    const v = parts[i]!;
    if (v.objs.includes(FIXED_DEST)) return parts.slice(0, i + 1);
    if (x.k === 'const' && typeof x.v === 'string' && /[?#]/.test(x.v)) {
      const mark = x.v.search(/[?#]/);
      return holes(x.v.slice(0, mark)) === 0 ? parts.slice(0, i) : null;
    }
  }
  return null;
}

/**
 * `v` with the data that only fills the query or fragment (none of its origins is in the
 * destination pieces) made clean for redirects and server-side requests. The destination's own
 * data keeps what it had: a client-chosen base is still reported, through its own source.
 */
export function onlyQuery(v: Value, destination: readonly Value[]): Value {
  const inDest = new Set(destination.flatMap((d) => d.labels.map((l) => l.origin)));
  const mask = URL_KINDS[0] | URL_KINDS[1];
  return { labels: v.labels.map((l) => (inDest.has(l.origin) ? l : relabel(l, l.clean | mask, l.flags, l.trace, l.depth))), objs: [...v.objs, FIXED_DEST] };
}

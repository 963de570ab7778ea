// A URL whose scheme, host and path are settled before any untrusted part: `LOGIN_URL + "?next=" + x`,
// `"%s?%s" % (reverse("list"), qs)`. Request data that only fills the query string or the fragment
// cannot send a redirect (or a server-side request) elsewhere. The string pieces are walked in order;
// once a literal '?' or '#' is reached with every earlier piece clean for a kind, the whole value is
// clean for that kind. The value then carries FIXED_DEST, so a concatenation continuing it
// (`url + "&page=" + p`) keeps the destination.
import type { Expr } from './ir.js';
import type { Value } from './value.js';
import { kindBit } from './kinds.js';

export const FIXED_DEST = 'fixed-dest';
export const URL_KINDS = [kindBit('redirect'), kindBit('ssrf')] as const;

// A %-format conversion (as in calls.ts): `%s`, `%(name)s`, `%-10d`; `%%` is literal.
const CONVERSION = /%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;

/** The kinds (of URL_KINDS) whose data is clean in `v`. */
function cleanKinds(v: Value): number {
  let mask = 0;
  for (const bit of URL_KINDS) if (v.labels.every((l) => (l.clean & bit) !== 0)) mask |= bit;
  return mask;
}

/** Conversions in `text` that are holes (not `%%`). */
function holes(text: string): number {
  let n = 0;
  for (const m of text.matchAll(CONVERSION)) if (m[1] !== '%') n++;
  return n;
}

/**
 * The URL kinds for which the concatenation or %-format `e` (of 2+ parts, evaluated to `parts`)
 * has a fixed destination; `item(i)` evaluates the i-th element of a %-format's argument tuple.
 */
export function fixedDestination(e: Extract<Expr, { k: 'op' }>, parts: readonly Value[], item: (x: Expr) => Value): number {
  if (e.fmt || e.parts.length < 2) return 0;
  const first = e.parts[0]!;
  // `"%s?%s" % (base, query)`: the holes before the '?' must be clean.
  if (e.parts.length === 2 && first.k === 'const' && typeof first.v === 'string' && holes(first.v) > 0) {
    const mark = first.v.search(/[?#]/);
    if (mark < 0) return 0;
    const before = holes(first.v.slice(0, mark));
    const args = e.parts[1]!;
    const items = args.k === 'seq' ? args.items : [args];
    if (before > items.length) return 0;
    let mask = URL_KINDS[0] | URL_KINDS[1];
    for (const x of items.slice(0, before)) mask &= cleanKinds(item(x));
    return mask;
  }
  let mask = URL_KINDS[0] | URL_KINDS[1];
  for (let i = 0; i < e.parts.length && mask; i++) {
    const x = e.parts[i]!;
    const v = parts[i]!;
    if (v.objs.includes(FIXED_DEST)) return mask & cleanKinds(v);
    if (x.k === 'const' && typeof x.v === 'string' && /[?#]/.test(x.v)) {
      const mark = x.v.search(/[?#]/);
      return holes(x.v.slice(0, mark)) === 0 ? mask : 0;
    }
    mask &= cleanKinds(v);
  }
  return 0;
}

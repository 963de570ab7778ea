// Guards: conditions that, on one branch, make a variable safe. `if x not in ALLOWED: abort()` keeps
// only allowlisted values after the if; `url_has_allowed_host_and_scheme(url, …)` makes a redirect
// target safe; `p.startswith(BASE)` contains a path only once p is normalised (realpath/resolve).
import type { Expr } from './ir.js';
import type { TaintModel } from '../frameworks/index.js';
import { ALL_KINDS_MASK, kindBit, kindsMask } from './kinds.js';
import { FLAG_NORM, FLAG_STRUCT } from './value.js';
import { sameSitePaths } from './relative-path-guard.js';

export interface Refinement {
  name: string;
  mask: number;
  /** Only labels with these flags are cleaned (FLAG_NORM for containment checks). */
  needFlags: number;
  /** Shape flags the value is proved not to have (`isinstance(x, str)`: no attacker-shaped object). */
  clearFlags?: number;
}

const CHAR_CLASS_METHODS = new Set(['isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isalpha', 'isidentifier']);
const CASE_METHODS = new Set(['lower', 'upper', 'strip', 'casefold', 'lstrip', 'rstrip']);
const CONTAINMENT_METHODS = new Set(['startswith', 'is_relative_to']);
const URL_PARTS = new Set(['netloc', 'hostname', 'host', 'scheme']);
const URL_MASK = kindBit('redirect') | kindBit('ssrf');
/** `urlsplit(x).scheme in ('http', 'https')` rules out `javascript:` (not another host). */
const SCHEME_MASK = kindBit('script-url');
const REGEX_MATCH = new Set(['re.match', 're.fullmatch', 'regex.match', 'regex.fullmatch', 're.search']);
/** `url.startswith("https://partner.example/")` pins the host. */
const FIXED_HOST = /^https?:\/\/[^/?#@\\]+\//i;
const constOf = (e: Expr | undefined) => (e?.k === 'const' ? e.v : undefined);
const PATH_TRAVERSAL_MARKERS = new Set(['..', '/', '\\']);

/**
 * Carried by a WTForms form the code built, until a branch where its validate() held drops it:
 * validators judged to clean a field (`judged.needsValidation`) speak only there. A mark of "may be
 * unvalidated", so a join of a validated and an unvalidated path stays unvalidated.
 */
export const FORM_UNVALIDATED = 'form-unvalidated';
const VALIDATE_METHODS = new Set(['validate', 'validate_on_submit']);

/**
 * The names of forms whose `validate()` / `validate_on_submit()` returned true on this branch:
 * `if form.validate():`, `if not form.validate_on_submit(): abort(400)` (its false branch),
 * `if request.method == "POST" and form.validate():`.
 */
export function validatedForms(test: Expr, truth: boolean, depth = 0): string[] {
  if (depth > 8) return [];
  if (test.k === 'wrap') return validatedForms(test.e, truth, depth + 1);
  if (test.k === 'call') {
    const fn = test.fn;
    return truth && fn.k === 'attr' && VALIDATE_METHODS.has(fn.attr) && fn.obj.k === 'name' && test.args.length === 0 ? [fn.obj.id] : [];
  }
  if (test.k === 'bool' && test.op === 'not' && test.parts[0]) return validatedForms(test.parts[0], !truth, depth + 1);
  // Every part of an `and` held when it is true; every part of an `or` failed when it is false.
  if (test.k === 'either' && (test.op === 'and') === truth) return test.parts.flatMap((p) => validatedForms(p, truth, depth + 1));
  return [];
}

/** The variable a guard speaks about: `x` in `x`, `x.lower()`, `urlparse(x).netloc`. */
export function rootName(e: Expr | undefined): string | null {
  for (let i = 0; e && i < 20; i++) {
    switch (e.k) {
      case 'name':
        return e.id;
      case 'attr':
        e = e.obj;
        break;
      case 'sub':
        e = e.obj;
        break;
      case 'wrap':
        e = e.e;
        break;
      case 'call':
        e = e.fn.k === 'attr' && !e.q ? e.fn.obj : e.args[0];
        break;
      default:
        return null;
    }
  }
  return null;
}

/** The refinements every alternative makes: per name, the kinds all of them clean. */
function intersect(alternatives: Refinement[][]): Refinement[] {
  if (alternatives.length === 0) return [];
  const per = alternatives.map((refs) => {
    const m = new Map<string, number>();
    for (const r of refs) if (r.needFlags === 0) m.set(r.name, (m.get(r.name) ?? 0) | r.mask);
    return m;
  });
  const out: Refinement[] = [];
  for (const [name, mask] of per[0]!) {
    const all = per.reduce((acc, m) => acc & (m.get(name) ?? 0), mask);
    if (all) out.push({ name, mask: all, needFlags: 0 });
  }
  return out;
}

/** A constant list of schemes none of which runs script (`('http', 'https')`). */
function webSchemes(e: Expr): boolean {
  const items = e.k === 'seq' ? e.items : [e];
  return items.length > 0 && items.every((i) => i.k === 'const' && typeof i.v === 'string' && /^(https?|mailto|ftp)$/i.test(i.v));
}

function subjectMask(subject: Expr): number | null {
  if (subject.k === 'name') return ALL_KINDS_MASK;
  if (subject.k === 'attr' && URL_PARTS.has(subject.attr)) return URL_MASK;
  if (subject.k === 'call' && subject.fn.k === 'attr' && CASE_METHODS.has(subject.fn.attr) && subject.fn.obj.k === 'name') return ALL_KINDS_MASK;
  return null;
}

/** A project function used as a guard: `is_allowed(x)` true means param N is clean for `mask`. */
export type ProjectGuards = (q: string) => ReadonlyArray<readonly [number, number, number]> | undefined;

export function refinements(test: Expr, truth: boolean, model: TaintModel, isClean: (e: Expr, mask?: number) => boolean, projectGuards: ProjectGuards = () => undefined, depth = 0): Refinement[] {
  if (depth > 12) return [];
  const out: Refinement[] = [];
  const add = (e: Expr | undefined, mask: number, needFlags = 0) => {
    const name = rootName(e);
    if (name && mask) out.push({ name, mask, needFlags });
  };
  switch (test.k) {
    case 'bool': {
      const [a, b] = test.parts;
      if (test.op === 'not' && a) return refinements(a, !truth, model, isClean, projectGuards, depth + 1);
      if (!a || !b) return out;
      if (test.op === 'in' || test.op === 'not in') {
        const positive = (test.op === 'in') === truth;
        // `'..' in name` failing means name holds no traversal.
        if (a.k === 'const' && typeof a.v === 'string' && PATH_TRAVERSAL_MARKERS.has(a.v)) {
          if (!positive) add(b, kindBit('path'));
          return out;
        }
        // `BASE in p.parents`: p lies under BASE once normalised (resolve() folds `..` away first).
        if (positive && b.k === 'attr' && b.attr === 'parents' && isClean(a)) {
          add(b.obj, kindBit('path'), FLAG_NORM);
          return out;
        }
        if (positive && isClean(b)) {
          const m = subjectMask(a);
          if (m) add(a, m | (a.k === 'attr' && a.attr === 'scheme' && webSchemes(b) ? SCHEME_MASK : 0));
        }
        return out;
      }
      if (test.op === 'is' || test.op === 'is not') {
        // `PATTERN.fullmatch(x) is None: return` — a match object or None: the guard call's own truth.
        const [subject, other] = b.k === 'const' && b.v === null ? [a, b] : a.k === 'const' && a.v === null ? [b, a] : [null, null];
        if (!subject || !other) return out;
        const notNone = (test.op === 'is not') === truth;
        if (subject.k === 'call' && notNone) return refinements(subject, true, model, isClean, projectGuards, depth + 1);
        // A name that is None carries nothing.
        if (subject.k === 'name' && !notNone) add(subject, ALL_KINDS_MASK);
        return out;
      }
      if (test.op === '==' || test.op === '!=') {
        const positive = (test.op === '==') === truth;
        if (!positive) return out;
        // `os.path.commonpath([base, p]) == base`: p is contained once normalised.
        for (const side of [a, b]) {
          if (side.k === 'call' && side.q === 'os.path.commonpath') {
            const list = side.args[0];
            for (const item of list?.k === 'seq' ? list.items : []) add(item, kindBit('path'), FLAG_NORM);
            return out;
          }
        }
        // `urlsplit(url).netloc == request.host`: the host is pinned to one the client did not choose,
        // or to the site's own (a same-site request part, clean for a redirect), wherever the URL came from.
        for (const [subject, other] of [[a, b], [b, a]] as const) {
          if (subject.k !== 'attr' || !URL_PARTS.has(subject.attr) || subject.attr === 'scheme' || other.k === 'const') continue;
          const mask = isClean(other) ? URL_MASK : isClean(other, kindBit('redirect')) ? kindBit('redirect') : 0;
          if (mask) {
            add(subject, mask);
            return out;
          }
        }
        const [subject, other] = b.k === 'const' ? [a, b] : a.k === 'const' ? [b, a] : [null, null];
        if (subject && other && other.k === 'const' && typeof other.v === 'string') {
          // `parsed.scheme == 'https'` says nothing about the host; `x == 'asc'` pins x.
          if (subject.k === 'attr' && subject.attr === 'scheme') {
            if (/^https?$/i.test(other.v)) add(subject, SCHEME_MASK);
            return out;
          }
          const m = subjectMask(subject);
          if (m) add(subject, m);
        }
        return out;
      }
      return out;
    }
    case 'either': {
      const both = (test.op === 'and') === truth;
      if (both) {
        for (const p of test.parts) out.push(...refinements(p, truth, model, isClean, projectGuards, depth + 1));
        for (const name of sameSitePaths(test, truth)) out.push({ name, mask: kindBit('redirect'), needFlags: 0 });
        return out;
      }
      // One of the parts holds (`not (x and not ok(x))`): only what every part says is known.
      return intersect(test.parts.map((p) => refinements(p, truth, model, isClean, projectGuards, depth + 1)));
    }
    case 'name':
      // A falsy value ('', None, 0, an empty container) carries no data of any kind.
      if (!truth) add(test, ALL_KINDS_MASK);
      return out;
    case 'attr':
      // `if parsed.netloc: abort()` — the surviving branch has a relative URL.
      if (!truth && URL_PARTS.has(test.attr) && test.attr !== 'scheme') add(test, URL_MASK);
      return out;
    case 'call': {
      if (!truth) return out;
      const q = test.q;
      const guard = q ? model.guardCalls.get(q) : undefined;
      if (guard) {
        add(test.args[0] ?? test.kw.find(([k]) => k === 'url')?.[1], kindsMask(guard));
        return out;
      }
      const helper = q ? projectGuards(q) : undefined;
      if (helper) {
        for (const [param, mask, needFlags] of helper) add(test.args[param], mask, needFlags);
        return out;
      }
      if (q === 'builtins.isinstance' && test.args[1]) {
        const t = test.args[1];
        const names = t.k === 'seq' ? t.items : [t];
        if (names.every((n) => n.k === 'name' && /^(builtins\.)?(int|float|bool)$|UUID$/.test(n.q ?? n.id))) add(test.args[0], ALL_KINDS_MASK);
        // A str is text, never the dict or list a JSON body can put where a filter expects a value.
        else if (names.every((n) => n.k === 'name' && /^(builtins\.)?(str|int|float|bool)$/.test(n.q ?? n.id))) {
          const name = rootName(test.args[0]);
          if (name && test.args[0]?.k === 'name') out.push({ name, mask: 0, needFlags: 0, clearFlags: FLAG_STRUCT });
        }
        return out;
      }
      if (q && REGEX_MATCH.has(q) && test.args[0]?.k === 'const') {
        add(test.args[1], ALL_KINDS_MASK);
        return out;
      }
      // `PATTERN.fullmatch(x)` on a module-level compiled pattern has a qualified name of the project's.
      const compiled = test.fn.k === 'attr' && !!q && test.fn.obj.k === 'name' && (test.fn.attr === 'fullmatch' || test.fn.attr === 'match') && !REGEX_MATCH.has(q);
      if (test.fn.k === 'attr' && (!q || compiled)) {
        const m = test.fn.attr;
        if (CHAR_CLASS_METHODS.has(m)) add(test.fn.obj, ALL_KINDS_MASK);
        else if ((m === 'match' || m === 'fullmatch') && test.args[0]) add(test.args[0], ALL_KINDS_MASK);
        else if (m === 'startswith' && typeof constOf(test.args[0]) === 'string' && FIXED_HOST.test(constOf(test.args[0]) as string)) add(test.fn.obj, URL_MASK);
        else if (CONTAINMENT_METHODS.has(m)) add(test.fn.obj, kindBit('path'), FLAG_NORM);
      }
      return out;
    }
    default:
      return out;
  }
}

// Is a package name a near miss of a widely used one? One edit (insert, delete, substitute, swap of
// neighbours, which covers doubled letters), separators moved or dropped (`-`, `_`, `.` fold to `-`
// under PEP 503, so `django-rest-framework` vs `djangorestframework`), or a python-/py- prefix or
// -python suffix added or dropped. Short names are only compared by separators and prefixes: one
// edit away from a three-letter name is half the registry.
export interface NearMiss {
  /** The widely used name it resembles. */
  target: string;
  /** A verb phrase that reads before the target: "swaps two letters of" requests. */
  how: string;
}

const MIN_EDIT_LENGTH = 5;

/** True when a and b are within one insertion, deletion, substitution or adjacent transposition. */
export function oneEditApart(a: string, b: string): 'insert' | 'delete' | 'substitute' | 'swap' | 'double' | null {
  if (a === b) return null;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return null;
  if (la === lb) {
    const diff: number[] = [];
    for (let i = 0; i < la && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return 'substitute';
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return 'swap';
    return null;
  }
  const [long, short] = la > lb ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (long.slice(i + 1) !== short.slice(i)) return null;
  if (la > lb) return (i > 0 && long[i] === long[i - 1]) || long[i] === long[i + 1] ? 'double' : 'insert';
  return 'delete';
}

const HOW: Record<NonNullable<ReturnType<typeof oneEditApart>>, string> = {
  insert: 'has one letter more than',
  delete: 'has one letter fewer than',
  substitute: 'differs by one letter from',
  swap: 'swaps two letters of',
  double: 'doubles a letter of',
};

function stripAffixes(name: string): string {
  return name.replace(/^(python3?-|py-|py(?=[a-z]{4,}))/, '').replace(/-python3?$/, '');
}

/** The names a near miss is judged against, PEP 503. */
export interface PackageNames {
  /** Real names: never reported (the shipped list's every group, plus the project's known-packages). */
  readonly known: ReadonlySet<string>;
  /** Widely used names, most used first: what a near miss imitates (the shipped popular group, plus known-packages). */
  readonly targets: ReadonlySet<string>;
  /** Targets keyed by their letters without separators (first name wins). */
  readonly bare: ReadonlyMap<string, string>;
}

export function packageNames(known: Iterable<string>, targets: Iterable<string>): PackageNames {
  const t = new Set(targets);
  const bare = new Map<string, string>();
  for (const k of t) {
    const b = k.replace(/-/g, '');
    if (!bare.has(b)) bare.set(b, k);
  }
  return { known: new Set([...known, ...t]), targets: t, bare };
}

/** The most used name `name` resembles, or null when `name` is known or resembles none. */
export function nearMiss(name: string, names: PackageNames): NearMiss | null {
  if (names.known.has(name)) return null;
  const sameLetters = names.bare.get(name.replace(/-/g, ''));
  if (sameLetters && sameLetters !== name) return { target: sameLetters, how: 'has the same letters, separated differently, as' };
  const stripped = stripAffixes(name);
  for (const candidate of [stripped, `python-${stripped}`, `py${stripped}`, `py-${stripped}`, `${stripped}-python`]) {
    if (candidate !== name && names.targets.has(candidate)) return { target: candidate, how: 'adds or drops a python/py prefix or suffix of' };
  }
  if (name.length < MIN_EDIT_LENGTH) return null;
  for (const target of names.targets) {
    if (target.length < MIN_EDIT_LENGTH || Math.abs(target.length - name.length) > 1) continue;
    const how = oneEditApart(name, target);
    if (how) return { target, how: HOW[how] };
  }
  return null;
}

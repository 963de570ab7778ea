// Which advisories affect a dependency. A version known exactly is affected when it is listed, or
// when it falls in an ECOSYSTEM range by PEP 440 ordering (epochs, pre/post/dev releases, local
// versions as PEP 440 orders them). A specifier only "allows" an affected version: a weaker claim.
import { compare, satisfies, valid } from '@renovatebot/pep440';
import type { Advisory, AffectedPackage, AffectedRange } from './advisory.js';

export interface Affection {
  advisory: Advisory;
  /** The first fixed version after the dependency's version, in the range that holds it; null when none is published. */
  fixed: string | null;
}

function cmp(a: string, b: string): number {
  if (a === '0') return b === '0' ? 0 : -1;
  if (b === '0') return 1;
  return compare(a, b);
}

function eventVersion(e: AffectedRange['events'][number]): string {
  return (e.introduced ?? e.fixed ?? e.last_affected ?? e.limit)!;
}

function validEvents(range: AffectedRange): AffectedRange['events'] {
  return range.events.filter((e) => {
    const v = eventVersion(e);
    return v === '0' || valid(v) !== null;
  });
}

function sortedEvents(range: AffectedRange): AffectedRange['events'] {
  return [...validEvents(range)].sort((a, b) => cmp(eventVersion(a), eventVersion(b)));
}

/** The OSV evaluation of one range: walk the sorted events, each one at or below the version switching the state. */
export function inRange(version: string, range: AffectedRange): boolean {
  if (range.type === 'GIT') return false;
  let affected = false;
  for (const e of sortedEvents(range)) {
    if (e.introduced !== undefined && cmp(version, e.introduced) >= 0) affected = true;
    else if (e.fixed !== undefined && cmp(version, e.fixed) >= 0) affected = false;
    else if (e.last_affected !== undefined && cmp(version, e.last_affected) > 0) affected = false;
  }
  return affected;
}

function fixedAfter(version: string, range: AffectedRange): string | null {
  const fixes = sortedEvents(range)
    .map((e) => e.fixed)
    .filter((f): f is string => f !== undefined && cmp(f, version) > 0);
  return fixes[0] ?? null;
}

function affectedPackage(advisory: Advisory, name: string): AffectedPackage[] {
  return advisory.affected.filter((a) => a.name === name);
}

/** Advisories affecting `name` at exactly `version`. */
export function affectingVersion(advisories: readonly Advisory[], name: string, version: string): Affection[] {
  if (valid(version) === null) return [];
  const out: Affection[] = [];
  for (const advisory of advisories) {
    if (advisory.withdrawn) continue;
    let hit = false;
    let fixed: string | null = null;
    for (const pkg of affectedPackage(advisory, name)) {
      if (pkg.versions.some((v) => valid(v) !== null && compare(v, version) === 0)) hit = true;
      for (const range of pkg.ranges) {
        if (inRange(version, range)) {
          hit = true;
          fixed ??= fixedAfter(version, range);
        }
      }
    }
    if (hit) out.push({ advisory, fixed });
  }
  return out;
}

export interface Allowance {
  advisory: Advisory;
  /** Affected versions the specifier admits: listed ones, else range bounds. */
  allowed: string[];
  /** True when `allowed` are the advisory's listed versions (real releases), not bounds. */
  listed: boolean;
  /** Human range text, e.g. "3.2.0 to before 3.2.5". */
  range: string;
  fixed: string | null;
}

function clauseVersions(specifier: string): string[] {
  return [...specifier.matchAll(/(?:===|==|!=|<=|>=|~=|<|>)\s*([^,\s]+)/g)].map((m) => m[1]!.replace(/\.\*$/, '')).filter((v) => valid(v) !== null);
}

function describeRange(range: AffectedRange): string {
  const parts: string[] = [];
  let from: string | null = null;
  for (const e of sortedEvents(range)) {
    if (e.introduced !== undefined) from = e.introduced;
    else if (from !== null && (e.fixed !== undefined || e.last_affected !== undefined)) {
      parts.push(e.fixed !== undefined ? `${from === '0' ? 'every version' : from} to before ${e.fixed}` : `${from === '0' ? 'every version' : from} to ${e.last_affected}`);
      from = null;
    }
  }
  if (from !== null) parts.push(`${from === '0' ? 'every version' : from} onward (no fix published)`);
  return parts.join(', ');
}

/**
 * Advisories with an affected version the specifier admits. Candidates are the listed affected
 * versions, the ranges' bounds and the specifier's own bounds (and just past them), each tested
 * against both the range and the specifier with pre-releases admitted.
 */
export function allowedBySpecifier(advisories: readonly Advisory[], name: string, specifier: string): Allowance[] {
  const out: Allowance[] = [];
  const bounds = clauseVersions(specifier).flatMap((v) => [v, `${v}.1`, `${v}.post1`]);
  const admits = (v: string) => valid(v) !== null && (specifier.trim() === '' || specifier.trim() === '*' || satisfies(v, specifier, { prereleases: true }));
  for (const advisory of advisories) {
    if (advisory.withdrawn) continue;
    for (const pkg of affectedPackage(advisory, name)) {
      const listed = pkg.versions.filter((v) => admits(v));
      const ranges = pkg.ranges.filter((r) => r.type !== 'GIT');
      const candidates = [...ranges.flatMap((r) => validEvents(r).filter((e) => e.introduced !== undefined || e.last_affected !== undefined).map(eventVersion)), ...bounds].map((v) => (v === '0' ? '0.0.0' : v));
      const inAnyRange = candidates.filter((v) => admits(v) && ranges.some((r) => inRange(v, r)));
      if (listed.length === 0 && inAnyRange.length === 0) continue;
      const allowed = (listed.length ? listed : inAnyRange).sort(compare);
      const holding = ranges.find((r) => inRange(allowed[0]!, r));
      out.push({ advisory, allowed: [...new Set(allowed)], listed: listed.length > 0, range: ranges.map(describeRange).filter(Boolean).join('; ') || `listed versions ${pkg.versions.join(', ')}`, fixed: holding ? fixedAfter(allowed[0]!, holding) : null });
      break;
    }
  }
  return out;
}

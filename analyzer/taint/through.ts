// Findings that follow a call into a helper, wherever the helper lives. A per-function rule sees one
// file; when the flaw needs what a callee does (the helper that writes the password, puts the
// exception into the response, compares the token with ==), the rule records, in the worker, traits
// of its file's functions and findings at call sites that hold only if the callee has (or lacks) a
// trait. The project pass resolves each callee as Python would (Program.canonical: imports from
// sub-folders, star imports, re-exports) and keeps the findings whose condition holds. Plain data:
// it crosses the thread boundary and the analysis cache with the file's facts.
import type { Finding } from '../types.js';

export interface ThroughFacts {
  /** Function id (as the taint IR names it) or module global → the traits rules found true of it. */
  traits: Record<string, string[]>;
  pending: PendingFinding[];
}

/** A finding at a call site that stands when the callee, resolved project-wide, has (or lacks) a trait. */
export interface PendingFinding {
  finding: Finding;
  /** The callee's qualified name as the calling module wrote it. */
  callee: string;
  /** The calling module: where the callee's name resolves from. */
  from: string;
  trait: string;
  /** The finding stands when the callee lacks the trait (and is a project function). */
  lacks?: boolean;
  /** A trait of the project as a whole (PROJECT_WIDE) whose presence anywhere cancels the finding. */
  unlessProject?: string;
}

/**
 * The holder of traits true of the project as a whole rather than of one function: "some class
 * here defines a `password` property whose setter hashes". A pending finding with this callee
 * stands or falls by that trait alone (no name to resolve).
 */
export const PROJECT_WIDE = '<project>';

export function emptyThrough(): ThroughFacts {
  return { traits: {}, pending: [] };
}

export function hasThrough(t: ThroughFacts): boolean {
  return t.pending.length > 0 || Object.keys(t.traits).length > 0;
}

interface Resolver {
  canonical(q: string, from?: string): string;
  readonly functions: ReadonlyMap<string, unknown>;
}

/** The pending findings whose condition holds; one per rule and call site. */
export function throughFindings(resolver: Resolver, files: ReadonlyArray<{ through?: ThroughFacts }>): Finding[] {
  const traits = new Map<string, Set<string>>();
  for (const f of files) for (const [id, ts] of Object.entries(f.through?.traits ?? {})) {
    let set = traits.get(id);
    if (!set) traits.set(id, (set = new Set()));
    for (const t of ts) set.add(t);
  }
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const f of files)
    for (const p of f.through?.pending ?? []) {
      const wide = p.callee === PROJECT_WIDE;
      const id = wide ? PROJECT_WIDE : resolver.canonical(p.callee, p.from);
      // Only a project definition is known: an external callee decides nothing either way. A global
      // (or a framework's name for one, `django.conf.settings.X`) is known by the traits recorded on it.
      const has = traits.get(id)?.has(p.trait) ?? false;
      if (!wide && !resolver.functions.has(id) && !(has && !p.lacks)) continue;
      if (has === !!p.lacks) continue;
      if (p.unlessProject && traits.get(PROJECT_WIDE)?.has(p.unlessProject)) continue;
      const key = `${p.finding.ruleId}|${p.finding.path}|${p.finding.range.start.line}|${p.finding.range.start.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p.finding);
    }
  return out;
}

// Fix guidance in the finding's own framework: a Flask finding shows Flask code, a FastAPI finding
// FastAPI code. A rule gives its variants in docs.byFramework; a finding takes the variant of the
// framework its file (or, for a flow, the file the untrusted value came from) is written in.
import type { Finding, Framework } from './types.js';
import type { FrameworkDocs, RuleDefinition } from './rule.js';

// An extension framework speaks through its host's request objects: DRF code reads like Django,
// Flask-RESTful like Flask, Starlette like FastAPI's lower layer.
const HOST: Partial<Record<Framework, Framework>> = { drf: 'django', flask_restful: 'flask', flask_restx: 'flask', starlette: 'fastapi' };

/** The variant of `rule` for code written with `frameworks`, or undefined for the default docs. */
export function docsVariant(rule: RuleDefinition, frameworks: Iterable<Framework>): FrameworkDocs | undefined {
  const variants = rule.docs.byFramework;
  if (!variants) return undefined;
  // An extension's own variant first (DRF code reads request.data, not Django's request.POST).
  const list = [...frameworks].sort((a, b) => Number(HOST[b] !== undefined) - Number(HOST[a] !== undefined));
  for (const fw of list) if (variants[fw]) return variants[fw];
  for (const fw of list) {
    const host = HOST[fw];
    if (host && variants[host]) return variants[host];
  }
  return undefined;
}

/** The variant whose fix a stored finding carries (so a viewer can show the matching example). */
export function variantOfFix(rule: RuleDefinition, fix: string): FrameworkDocs | undefined {
  return Object.values(rule.docs.byFramework ?? {}).find((v) => v.fix === fix);
}

/**
 * Replaces the default fix of each finding with its framework's variant. A fix the reporter
 * specialised itself (it differs from docs.fix) is kept. A file that imports no framework takes
 * the framework of the flow's source file, else the project's when it has exactly one (counting an
 * extension with its host).
 */
export function specialiseFixes(
  findings: Finding[],
  rules: ReadonlyMap<string, RuleDefinition>,
  frameworksOf: (path: string) => readonly Framework[],
  projectFrameworks: ReadonlySet<Framework>,
): void {
  const hosts = new Set([...projectFrameworks].map((fw) => HOST[fw] ?? fw));
  const only = hosts.size === 1 ? [...hosts] : [];
  for (const f of findings) {
    const rule = rules.get(f.ruleId);
    if (!rule?.docs.byFramework || f.fix !== rule.docs.fix) continue;
    let fws = frameworksOf(f.path);
    if (fws.length === 0 && f.trace.length > 0) fws = frameworksOf(f.trace[0]!.path);
    if (fws.length === 0) fws = only;
    const v = docsVariant(rule, fws);
    if (v) f.fix = v.fix;
  }
}

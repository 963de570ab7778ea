// Runs the dependency rules once per project, after the per-file pass: builds their context from the
// inventory, the files' import facts and the advisory data, and turns their reports into findings
// (fingerprinted by rule, file and what they are about, so a version bump keeps the identity).
import type { Finding } from '../types.js';
import type { RuleDefinition } from '../rule.js';
import type { Advisory } from './advisory.js';
import type { DependencyInventory } from './model.js';
import type { ImportFacts } from './imports.js';
import type { DependencyReport, DependencyRuleContext, ProjectImport } from './rule-context.js';
import { findingOf } from '../finding.js';
import { fingerprintOf } from '../fingerprint.js';
import { applySuppressions, parseSuppressionComment, type SuppressionComment } from '../suppressions.js';
import { isLibraryProject } from './pyproject.js';
import { normalizeName } from './names.js';
import { KNOWN_PACKAGES, POPULAR_PACKAGES } from './data/popular-packages.js';
import { packageNames } from './near-miss.js';

export interface DependencyAnalysisInput {
  inventory: DependencyInventory;
  /** Every analysed Python file with its import facts and suppression comments. */
  files: ReadonlyArray<{ path: string; imports: ImportFacts; suppressionComments?: readonly SuppressionComment[] }>;
  /** Python sources by path, for the snippets of findings at imports. */
  pythonTexts?: ReadonlyMap<string, string>;
  /** Manifest texts by path, for snippets, suppression comments and the library check. */
  manifestTexts: ReadonlyMap<string, string>;
  advisories?: readonly Advisory[];
  /** The project's own additions to the widely used names (config `known-packages`). */
  knownPackages?: readonly string[];
}

export interface DependencyAnalysis {
  findings: Finding[];
  errors: Array<{ ruleId: string; message: string }>;
}

/** Every folder and module name of the project's Python files: what its own imports may name. */
export function localModuleNames(paths: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    parts.forEach((part, i) => out.add(i === parts.length - 1 ? part.replace(/\.py$/, '') : part));
  }
  return out;
}

function manifestComments(text: string): SuppressionComment[] {
  const out: SuppressionComment[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const at = line.search(/(^|\s)#/);
    if (at < 0) return;
    const c = parseSuppressionComment(line.slice(at), i + 1);
    if (c) out.push(c);
  });
  return out;
}

export function dependencyFindings(input: DependencyAnalysisInput, rules: readonly RuleDefinition[]): DependencyAnalysis {
  const active = rules.filter((r) => r.dependencies);
  const findings: Finding[] = [];
  const errors: DependencyAnalysis['errors'] = [];
  if (active.length === 0) return { findings, errors };
  const imports: ProjectImport[] = input.files.flatMap((f) => f.imports.imports.map((use) => ({ path: f.path, use })));
  const stringModules = new Set(input.files.flatMap((f) => f.imports.stringModules));
  const lines = new Map<string, string[]>();
  const linesOf = (path: string) => {
    let l = lines.get(path);
    if (!l) lines.set(path, (l = (input.manifestTexts.get(path) ?? '').split(/\r\n|\r|\n/)));
    return l;
  };
  const pythonLines = (path: string) => {
    let l = lines.get(path);
    if (!l) lines.set(path, (l = (input.pythonTexts?.get(path) ?? '').split(/\r\n|\r|\n/)));
    return l;
  };
  const library = new Map<string, boolean>();
  // The project's own names are real and worth imitating: both known and targets.
  const names = packageNames(KNOWN_PACKAGES, [...POPULAR_PACKAGES, ...(input.knownPackages ?? []).map(normalizeName)]);
  const seen = new Set<string>();
  for (const rule of active) {
    const ctx: DependencyRuleContext = {
      inventory: input.inventory,
      imports,
      stringModules,
      localModules: localModuleNames(input.files.map((f) => f.path)),
      advisories: input.advisories ?? [],
      packageNames: names,
      isLibraryManifest(path) {
        if (/(^|\/)setup\.(py|cfg)$/.test(path)) return true;
        if (!/(^|\/)pyproject\.toml$/.test(path)) return false;
        if (!library.has(path)) library.set(path, isLibraryProject(input.manifestTexts.get(path) ?? ''));
        return library.get(path)!;
      },
      report(r: DependencyReport) {
        const text = (input.manifestTexts.has(r.path) ? linesOf(r.path) : pythonLines(r.path))[r.line - 1] ?? '';
        const fingerprint = fingerprintOf([rule.id, r.path, r.key]);
        if (seen.has(fingerprint)) return;
        seen.add(fingerprint);
        findings.push(
          findingOf(rule, {
            path: r.path,
            range: { start: { line: r.line, column: r.column ?? 1 }, end: { line: r.line, column: r.endColumn ?? text.length + 1 } },
            message: r.message,
            snippet: text.trim().slice(0, 300),
            fingerprint,
            severity: r.severity,
            confidence: r.confidence,
            kind: r.kind,
            fix: r.fix,
          }),
        );
      },
    };
    try {
      rule.dependencies!(ctx);
    } catch (err) {
      errors.push({ ruleId: rule.id, message: err instanceof Error ? err.message : String(err) });
    }
  }
  const bandit = new Map(rules.map((r) => [r.id, r.bandit ?? []]));
  for (const [path, text] of input.manifestTexts) {
    const mine = findings.filter((f) => f.path === path);
    if (mine.length) applySuppressions(mine, manifestComments(text), (id) => bandit.get(id) ?? []);
  }
  for (const file of input.files) {
    const mine = findings.filter((f) => f.path === file.path);
    if (mine.length && file.suppressionComments) applySuppressions(mine, file.suppressionComments, (id) => bandit.get(id) ?? []);
  }
  return { findings, errors };
}

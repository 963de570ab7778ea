// In-process analysis of sources held in memory: the whole pipeline (per-file rules, then the
// project-wide taint pass) without the file system or workers. Used by rule fixtures and tests;
// the scanner uses the same two steps through its worker pool.
import type { Finding, Framework } from './types.js';
import type { RuleDefinition } from './rule.js';
import { analyzeFile, rulesFor, type FileAnalysis } from './file-analysis.js';
import { frameworksInText } from './frameworks/detect.js';
import { runProjectTaint } from './taint/project.js';
import { applySuppressions } from './suppressions.js';
import { allRules } from './rules/index.js';
import { analyzeTemplate, isTemplatePath } from './template-analysis.js';

export interface SourceFile {
  path: string;
  source: string;
}

export interface SourceAnalysis {
  files: FileAnalysis[];
  findings: Finding[];
  frameworks: Framework[];
}

export function analyzeSources(sources: readonly SourceFile[], rules: readonly RuleDefinition[] = allRules): SourceAnalysis {
  const frameworks = new Set<Framework>();
  for (const s of sources) for (const f of frameworksInText(s.source)) frameworks.add(f);
  const active = rulesFor(rules, frameworks);
  const python = sources.filter((s) => !isTemplatePath(s.path));
  const files = python.map((s) => analyzeFile(s.path, s.source, active, frameworks));
  const findings = files.flatMap((f) => f.findings);
  for (const t of sources.filter((s) => isTemplatePath(s.path))) findings.push(...analyzeTemplate(t.path, t.source, active).findings);
  findings.push(...taintFindings(files, active));
  return { files, findings, frameworks: [...frameworks] };
}

/** The project-wide taint pass, with each file's suppression comments applied to its findings. */
export function taintFindings(files: readonly FileAnalysis[], rules: readonly RuleDefinition[]): Finding[] {
  const taint = runProjectTaint(
    files.map((f) => ({ path: f.path, facts: f.facts })),
    rules.filter((r) => r.taint),
  );
  const bandit = new Map(rules.map((r) => [r.id, r.bandit ?? []]));
  const byPath = new Map(files.map((f) => [f.path, f.suppressionComments]));
  for (const [path, comments] of byPath) {
    applySuppressions(taint.filter((f) => f.path === path), comments, (id) => bandit.get(id) ?? []);
  }
  return taint;
}

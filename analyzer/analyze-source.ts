// In-process analysis of sources held in memory: the whole pipeline (per-file rules, then the
// project-wide taint pass) without the file system or workers. Used by rule fixtures and tests;
// the scanner uses the same two steps through its worker pool.
import type { Finding, Framework } from './types.js';
import type { RuleDefinition } from './rule.js';
import { analyzeFile, rulesFor, type AnalyzeFileOptions, type FileAnalysis } from './file-analysis.js';
import { frameworksInText } from './frameworks/detect.js';
import { projectTaint, projectTaintAsync, type ProjectFileFacts, type ProjectTaintResult, type TaintOptions, type TaintStats } from './taint/project.js';
import type { MemoData } from './taint/run-memo.js';
import { applySuppressions } from './suppressions.js';
import { allRules } from './rules/index.js';
import { analyzeTemplate, isTemplatePath } from './template-analysis.js';
import { manifestKind } from './dependencies/manifest-files.js';
import { buildInventory } from './dependencies/inventory.js';
import { dependencyFindings } from './dependencies/run-rules.js';
import type { DependencyInventory } from './dependencies/model.js';
import type { Advisory } from './dependencies/advisory.js';
import { templateContexts } from './frameworks/template-contexts.js';
import { refineSafeFilter } from './rules/templates/safe-filter.js';
import { refineAutoescapeOff } from './rules/templates/autoescape-off.js';
import { endpointFindings } from './endpoints/rules.js';
import type { Endpoint } from '../domain/index.js';
import { documentFacts, documentsRead, frameworksOfDocument, isDocumentPath } from './frameworks/documents.js';
import type { ProjectDocument } from './frameworks/api.js';
import { ProjectTemplates, type TemplateSource } from './frameworks/template-files.js';
import type { LookupVia } from './frameworks/template-lookup.js';
import { flawIndex, oneFindingPerFlaw } from './one-flaw.js';

export interface SourceFile {
  path: string;
  source: string;
}

export interface SourceAnalysis {
  files: FileAnalysis[];
  findings: Finding[];
  frameworks: Framework[];
  endpoints: Endpoint[];
  inventory: DependencyInventory;
}

/** What the dependency rules are given besides the sources. */
export interface DependencyOptions {
  advisories?: readonly Advisory[];
  knownPackages?: readonly string[];
}

/** A dependency manifest that is not Python (setup.py is both). */
export function isManifestSource(path: string): boolean {
  return manifestKind(path) !== null && !path.endsWith('.py');
}

export function analyzeSources(sources: readonly SourceFile[], rules: readonly RuleDefinition[] = allRules, options: AnalyzeFileOptions & DependencyOptions = {}): SourceAnalysis {
  const frameworks = new Set<Framework>();
  for (const s of sources) for (const f of isDocumentPath(s.path) ? frameworksOfDocument(s.path, s.source) : frameworksInText(s.source)) frameworks.add(f);
  const active = rulesFor(rules, frameworks);
  const python = sources.filter((s) => !isTemplatePath(s.path) && !isManifestSource(s.path) && !isDocumentPath(s.path));
  const files = python.map((s) => analyzeFile(s.path, s.source, active, frameworks, { syntax: options.syntax }));
  const templates = sources.filter((s) => isTemplatePath(s.path)).flatMap((t) => analyzeTemplate(t.path, t.source, active).findings);
  const documents = documentsRead(sources.filter((s) => isDocumentPath(s.path)).map((s) => ({ path: s.path, text: s.source })), frameworks);
  const templateTexts = sources.filter((s) => isTemplatePath(s.path)).map((s) => ({ path: s.path, text: s.source }));
  const taint = taintFindings(files, active, templates, undefined, documents, templateTexts);
  const findings = files.flatMap((f) => f.findings);
  const endpointResult = endpointFindings(files, active, documents);
  findings.push(...templates, ...taint, ...endpointResult.findings);
  const manifests = sources.filter((s) => manifestKind(s.path) !== null).map((s) => ({ path: s.path, text: s.source }));
  const byPath = new Map(sources.map((s) => [s.path, s.source]));
  const inventory = buildInventory(manifests, (p) => byPath.get(p) ?? { error: 'no such file' });
  const depFindings = dependencyFindings(
    {
      inventory,
      files,
      manifestTexts: new Map(manifests.map((m) => [m.path, m.text])),
      pythonTexts: new Map(python.map((s) => [s.path, s.source])),
      advisories: options.advisories,
      knownPackages: options.knownPackages,
    },
    active,
  );
  findings.push(...depFindings.findings);
  return { files, findings, frameworks: [...frameworks], inventory, endpoints: endpointResult.endpoints };
}

/**
 * The project-wide taint pass, with each file's suppression comments applied to its findings.
 * Low-confidence fallback findings that the taint pass judged (see taint/supersede.ts) are removed
 * from each file's findings and from `collected` (the caller's running list), in place: no finding
 * is reported twice.
 */
export function taintFindings(
  files: readonly FileAnalysis[],
  rules: readonly RuleDefinition[],
  collected?: Finding[],
  stats?: TaintStats,
  documents: readonly ProjectDocument[] = [],
  templates: readonly TemplateSource[] = [],
): Finding[] {
  const result = projectTaint(projectFiles(files, documents), rules.filter((r) => r.taint), { templates });
  if (stats) Object.assign(stats, result.stats);
  return applyTaint(result, files, rules, collected, templates).findings;
}

/**
 * taintFindings on a scan's worker-free path: yields to the event loop so a cancel is heard; null
 * when the signal aborted it. Also says which files ran out of step budget, and what was examined.
 */
export async function taintFindingsAsync(
  files: readonly FileAnalysis[],
  rules: readonly RuleDefinition[],
  collected: Finding[],
  signal?: AbortSignal,
  memo?: TaintOptions['memo'],
  documents: readonly ProjectDocument[] = [],
  templates: readonly TemplateSource[] = [],
  collectGarbage?: () => void,
): Promise<{ findings: Finding[]; budgetExceeded: string[]; stats: TaintStats; memo?: MemoData } | null> {
  const result = await projectTaintAsync(projectFiles(files, documents), rules.filter((r) => r.taint), { signal, memo, templates, collectGarbage });
  return result && { ...applyTaint(result, files, rules, collected, templates), memo: result.memo };
}

/** Each file's facts, and the handlers the frameworks' documents register (an OpenAPI operationId). */
function projectFiles(files: readonly FileAnalysis[], documents: readonly ProjectDocument[]): ProjectFileFacts[] {
  const out: ProjectFileFacts[] = files.map((f) => ({ path: f.path, facts: f.facts, frameworks: f.frameworks }));
  if (documents.length === 0) return out;
  const frameworks = new Set(files.flatMap((f) => f.frameworks));
  const registered = documentFacts(documents, files.flatMap((f) => (f.facts ? [f.facts] : [])), frameworks);
  if (registered) out.push({ path: registered.path, facts: registered });
  return out;
}

function applyTaint(result: ProjectTaintResult, files: readonly FileAnalysis[], rules: readonly RuleDefinition[], collected?: Finding[], templates: readonly TemplateSource[] = []) {
  const { findings: taint, supersedes } = result;
  for (const f of files) removeWhere(f.findings, supersedes);
  if (collected) {
    removeWhere(collected, supersedes);
    // Template findings learn what the views that render them (as their framework looks them up) put into their context.
    const facts = files.flatMap((f) => (f.facts ? [f.facts] : []));
    const contexts = templateContexts(facts);
    const lookup = templates.length > 0 ? new ProjectTemplates(templates, facts) : null;
    const resolve = lookup ? (name: string, from: string, via: LookupVia) => lookup.resolve(name, from, via) : undefined;
    refineSafeFilter(collected, contexts, resolve);
    refineAutoescapeOff(collected, contexts, resolve);
  }
  // One flaw, one finding: what the dataflow reports with its trace is not reported again by another rule.
  const said = flawIndex(taint);
  for (const f of files) oneFindingPerFlaw(f.findings, said);
  if (collected) oneFindingPerFlaw(collected, said);
  const bandit = new Map(rules.map((r) => [r.id, r.bandit ?? []]));
  const byPath = new Map<string, Finding[]>();
  for (const f of taint) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  for (const file of files) {
    const found = byPath.get(file.path);
    if (found) applySuppressions(found, file.suppressionComments, (id) => bandit.get(id) ?? []);
  }
  return { findings: taint, budgetExceeded: result.budgetExceeded, stats: result.stats };
}

function removeWhere<T>(list: T[], drop: (x: T) => boolean): void {
  let w = 0;
  for (const x of list) if (!drop(x)) list[w++] = x;
  list.length = w;
}

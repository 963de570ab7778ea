// A report as SARIF 2.1.0: the scan's results through toSarif (sarif.ts), plus what the history
// knows — ASVS and CWE as run taxonomies that rules and results point at, triage decisions as
// external suppressions, and the coverage of the chosen ASVS level in the run's properties.
import type { RuleDefinition } from '../analyzer/rule.js';
import type { Finding, ScanResult, SkipReason } from '../analyzer/types.js';
import { getCatalogue } from '../asvs/catalogue.js';
import type { ReportFinding, ReportModel } from './model.js';
import { toSarif, type SarifExtras } from './sarif.js';
import type { SarifLog, SarifReportingDescriptor, SarifReportingDescriptorReference, SarifSuppression, SarifToolComponent } from './sarif-types.js';

export const ASVS_TAXONOMY = 'OWASP ASVS';
export const CWE_TAXONOMY = 'CWE';
const ASVS_INDEX = 0;
const CWE_INDEX = 1;

function ruleDefinitions(model: ReportModel): RuleDefinition[] {
  return model.rules.map((r) => ({
    id: r.id, title: r.title, cwe: r.cwe, asvs: r.asvsAll, severity: r.severity, confidence: r.confidence, kind: r.kind, docs: r.docs,
    ...(r.frameworks.length ? { frameworks: r.frameworks } : {}),
  }));
}

function toFinding(f: ReportFinding): Finding {
  return {
    ruleId: f.ruleId, title: f.title, cwe: f.cwe, asvs: f.asvsAll, severity: f.severity, confidence: f.confidence, kind: f.kind, path: f.path,
    range: f.range, message: f.message, snippet: f.snippet, trace: f.trace, fix: f.fix, fingerprint: f.fingerprint,
    suppression: f.suppression ? { kind: f.suppression.kind, justification: f.suppression.reason, line: 0 } : null, tool: f.tool,
  };
}

function scanResult(model: ReportModel, findings: Finding[]): ScanResult {
  const s = model.scan;
  return {
    root: model.project.rootPath,
    startedAt: s.startedAt,
    finishedAt: s.finishedAt,
    analyzerVersion: model.tool.analyzerVersion,
    rulesetVersion: model.tool.rulesetVersion,
    frameworks: s.frameworks as ScanResult['frameworks'],
    rulesRun: s.rulesRun,
    files: [],
    skipped: model.skipped.map((k) => ({ path: k.path, reason: k.reason as SkipReason, detail: k.detail })),
    findings,
    stats: { filesScanned: s.filesScanned, filesSkipped: s.filesSkipped, linesScanned: s.linesScanned, partialFiles: 0, durationMs: s.durationMs, parseMs: 0, taintMs: 0 },
    git: { commit: s.gitCommit, branch: s.gitBranch, dirty: s.gitDirty },
    cancelled: s.status === 'cancelled',
  };
}

function taxonomies(model: ReportModel): { asvs: SarifToolComponent; cwe: SarifToolComponent } {
  const catalogue = getCatalogue(model.asvs.version);
  const status = new Map(model.requirements.map((r) => [r.id, { status: r.status, statusReason: r.reason, ...(r.conflict ? { conflict: r.conflict } : {}) }]));
  const asvsTaxa: SarifReportingDescriptor[] = catalogue.requirements.map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.summary || r.id },
    properties: { level: r.level, chapter: r.chapterId, section: r.sectionId, automatable: r.automatable, ...(status.get(r.id) ?? {}) },
  }));
  const cwes = new Set<number>();
  for (const r of model.rules) r.cwe.forEach((c) => cwes.add(c));
  for (const f of model.findings) f.cwe.forEach((c) => cwes.add(c));
  const cweTaxa: SarifReportingDescriptor[] = [...cwes].sort((a, b) => a - b).map((c) => ({
    id: String(c), name: `CWE-${c}`, helpUri: `https://cwe.mitre.org/data/definitions/${c}.html`,
  }));
  return {
    asvs: {
      name: ASVS_TAXONOMY, version: model.asvs.version, organization: 'OWASP', informationUri: 'https://owasp.org/www-project-application-security-verification-standard/',
      shortDescription: { text: `OWASP Application Security Verification Standard ${model.asvs.version}` }, isComprehensive: true, taxa: asvsTaxa,
    },
    cwe: {
      name: CWE_TAXONOMY, organization: 'MITRE', informationUri: 'https://cwe.mitre.org/',
      shortDescription: { text: 'The MITRE Common Weakness Enumeration' }, isComprehensive: false, taxa: cweTaxa,
    },
  };
}

export function renderSarifLog(model: ReportModel): SarifLog {
  const { asvs, cwe } = taxonomies(model);
  const asvsIndex = new Map(asvs.taxa!.map((t, i) => [t.id, i]));
  const cweIndex = new Map(cwe.taxa!.map((t, i) => [t.id, i]));
  const asvsRef = (id: string): SarifReportingDescriptorReference | null =>
    asvsIndex.has(id) ? { id, index: asvsIndex.get(id)!, toolComponent: { name: ASVS_TAXONOMY, index: ASVS_INDEX } } : null;
  const cweRef = (c: number): SarifReportingDescriptorReference => ({ id: String(c), index: cweIndex.get(String(c))!, toolComponent: { name: CWE_TAXONOMY, index: CWE_INDEX } });
  const refs = (asvsIds: readonly string[], cwes: readonly number[]) =>
    [...asvsIds.map(asvsRef).filter((r): r is SarifReportingDescriptorReference => r !== null), ...cwes.map(cweRef)];

  const byRule = new Map(model.rules.map((r) => [r.id, r]));
  const findings = model.findings.map(toFinding);
  // toSarif hands the extras the very Finding objects it was given: identity maps them back.
  const byFinding = new Map(findings.map((f, i) => [f, model.findings[i]!]));
  const extras: SarifExtras = {
    taxonomies: [asvs, cwe],
    ruleRelationships: (rule) => refs(byRule.get(rule.id)?.asvs ?? [], rule.cwe).map((target) => ({ target, kinds: ['relevant'] })),
    resultTaxa: (f) => refs(byFinding.get(f)?.asvs ?? [], f.cwe),
    suppressionsFor: (f) => triageSuppression(byFinding.get(f)),
    resultProperties: (f) => {
      const r = byFinding.get(f);
      return r ? { findingId: r.id, lifecycle: r.lifecycle, disposition: r.disposition, triage: r.triage, firstSeenAt: r.firstSeenAt } : {};
    },
    runProperties: {
      report: {
        project: model.project.name, scanId: model.scan.id, scanStatus: model.scan.status, asvsVersion: model.asvs.version, asvsLevel: model.asvs.level,
        reviewer: model.reviewer, generatedAt: model.generatedAt,
        compliance: { total: model.compliance.total, chapters: model.compliance.chapters },
      },
    },
  };
  const log = toSarif(scanResult(model, findings), ruleDefinitions(model), extras);
  log.runs[0]!.tool.driver.supportedTaxonomies = [{ name: ASVS_TAXONOMY, index: ASVS_INDEX }, { name: CWE_TAXONOMY, index: CWE_INDEX }];
  return log;
}

/** A person's decision in force, as SARIF sees it: an external suppression that was accepted. */
function triageSuppression(f: ReportFinding | undefined): SarifSuppression[] {
  if (!f || (f.triage !== 'false_positive' && f.triage !== 'accepted_risk')) return [];
  const last = f.triageHistory[f.triageHistory.length - 1];
  return [{
    kind: 'external',
    status: 'accepted',
    justification: `${f.triage === 'false_positive' ? 'False positive' : 'Accepted risk'}: ${last?.reason ?? ''}`,
    properties: { triage: f.triage, actor: last?.actor ?? null, at: last?.at ?? null, expiresAt: f.triageExpiresAt },
  }];
}

export function renderSarif(model: ReportModel): string {
  return JSON.stringify(renderSarifLog(model), null, 2) + '\n';
}

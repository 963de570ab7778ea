// A scan as SARIF 2.1.0, the format GitHub code scanning and most security tooling read.
// Conventions followed: CWE as `external/cwe/cwe-N` tags, a numeric `security-severity`, relative
// artifact URIs under %SRCROOT%, a stable partial fingerprint, and suppressions kept as results
// with a `suppressions` entry rather than dropped. `extras` lets later rooms add taxonomies (ASVS,
// CWE), triage-state suppressions and properties without touching this file.
import { pathToFileURL } from 'node:url';
import type { Finding, FindingKind, Range, ScanResult, Severity, TraceStep } from '../analyzer/types.js';
import type { RuleDefinition } from '../analyzer/rule.js';
import { ruleHelpMarkdown, ruleHelpText } from './rule-help.js';
import { templateNameNoteText } from '../analyzer/frameworks/template-names.js';
import type {
  SarifKind,
  SarifLevel,
  SarifLocation,
  SarifLog,
  SarifRelationship,
  SarifReportingDescriptor,
  SarifReportingDescriptorReference,
  SarifResult,
  SarifSuppression,
  SarifToolComponent,
  SarifNotification,
} from './sarif-types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
export const FINGERPRINT_KEY = 'assayFingerprint/v1';
const INFORMATION_URI = 'https://github.com/assay-security/assay';

/** GitHub reads `security-severity` (0–10) to rank alerts: critical ≥ 9, high ≥ 7, medium ≥ 4. */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

const LEVEL: Record<Severity, SarifLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

export const SARIF_KIND: Record<FindingKind, SarifKind> = { vulnerability: 'fail', hotspot: 'review' };

/** A hotspot is a prompt to review, not an alert: "note" whatever its severity (kept in security-severity). */
export function sarifLevel(kind: FindingKind, severity: Severity): SarifLevel {
  return kind === 'hotspot' ? 'note' : LEVEL[severity];
}

export interface SarifExtras {
  /** Added to run.taxonomies (e.g. ASVS 5.0.0, CWE); results and rules may point at their taxa. */
  taxonomies?: SarifToolComponent[];
  /** Extra relationships of a rule, e.g. to ASVS taxa of a taxonomy above. */
  ruleRelationships?(rule: RuleDefinition): SarifRelationship[];
  /** Extra taxa a result belongs to. */
  resultTaxa?(finding: Finding): SarifReportingDescriptorReference[];
  /** Extra suppressions of a finding, e.g. a triage decision recorded in the store (kind 'external'). */
  suppressionsFor?(finding: Finding): SarifSuppression[];
  /** Merged into result.properties (e.g. triage state, first-seen scan). */
  resultProperties?(finding: Finding): Record<string, unknown>;
  /** Merged into run.properties. */
  runProperties?: Record<string, unknown>;
}

/** A POSIX relative path as a URI reference: every segment percent-encoded (names may hold anything). */
export function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function region(range: Range, snippet?: string) {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    ...(snippet ? { snippet: { text: snippet } } : {}),
  };
}

/** Labels in place of a path (an imported finding placed outside the repository, or nowhere). */
const NOT_A_PATH = /^\((?:outside the repository|no location)\)$/;

function location(path: string, range: Range, snippet?: string, message?: string): SarifLocation {
  // Never an artifact to open: a label is kept as text only.
  if (NOT_A_PATH.test(path)) return { message: { text: message ? `${path} ${message}` : path } };
  return {
    physicalLocation: { artifactLocation: { uri: relativeUri(path), uriBaseId: SRCROOT }, region: region(range, snippet) },
    ...(message ? { message: { text: message } } : {}),
  };
}

function ruleTags(rule: Pick<RuleDefinition, 'cwe' | 'frameworks'>): string[] {
  return ['security', ...rule.cwe.map((n) => `external/cwe/cwe-${n}`), ...(rule.frameworks ?? []).map((f) => `framework/${f}`)];
}

/** `PY-DESER-YAML` → `PyDeserYaml`: SARIF's `name` is an identifier-like label. */
function ruleName(id: string): string {
  return id
    .toLowerCase()
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

export function sarifRule(rule: RuleDefinition, extras?: SarifExtras): SarifReportingDescriptor {
  const relationships = extras?.ruleRelationships?.(rule) ?? [];
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: `${rule.docs.what} ${rule.docs.why}` },
    help: { text: ruleHelpText(rule), markdown: ruleHelpMarkdown(rule) },
    defaultConfiguration: { level: sarifLevel(rule.kind, rule.severity) },
    ...(relationships.length ? { relationships } : {}),
    properties: {
      tags: ruleTags(rule),
      'security-severity': SECURITY_SEVERITY[rule.severity],
      precision: rule.confidence,
      severity: rule.severity,
      kind: rule.kind,
      cwe: [...rule.cwe],
      'asvs-5.0.0': [...rule.asvs['5.0.0']],
      'asvs-4.0.3': [...rule.asvs['4.0.3']],
    },
  };
}

/** A finding whose rule is not in the list (imported from another tool): a descriptor from the finding. */
function descriptorFromFinding(f: Finding): SarifReportingDescriptor {
  return {
    id: f.ruleId,
    shortDescription: { text: f.title },
    defaultConfiguration: { level: sarifLevel(f.kind, f.severity) },
    properties: { tags: ruleTags({ cwe: f.cwe }), 'security-severity': SECURITY_SEVERITY[f.severity], tool: f.tool },
  };
}

const TRACE_KINDS: Record<TraceStep['kind'], string[]> = {
  source: ['source'],
  step: [],
  call: ['call'],
  return: ['return'],
  sanitizer: ['sanitizer'],
  sink: ['sink'],
};

function suppressionsOf(f: Finding, extras?: SarifExtras): SarifSuppression[] {
  const out: SarifSuppression[] = [];
  if (f.suppression) {
    const s = f.suppression;
    const marker = s.kind === 'nosec' ? '# nosec' : s.kind === 'assay-ignore' ? '# assay: ignore' : 'configuration';
    out.push({
      kind: s.kind === 'config' ? 'external' : 'inSource',
      status: 'accepted',
      justification: s.justification ?? `suppressed by ${marker} without a reason`,
      ...(s.line > 0 ? { location: location(f.path, { start: { line: s.line, column: 1 }, end: { line: s.line, column: 1 } }) } : {}),
      properties: { assayKind: s.kind },
    });
  }
  out.push(...(extras?.suppressionsFor?.(f) ?? []));
  return out;
}

function sarifResult(f: Finding, ruleIndex: number, extras?: SarifExtras): SarifResult {
  const suppressions = suppressionsOf(f, extras);
  const taxa = extras?.resultTaxa?.(f) ?? [];
  const result: SarifResult = {
    ruleId: f.ruleId,
    ruleIndex,
    kind: SARIF_KIND[f.kind],
    level: sarifLevel(f.kind, f.severity),
    message: { text: f.message },
    locations: [location(f.path, f.range, f.snippet)],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: {
      severity: f.severity,
      confidence: f.confidence,
      kind: f.kind,
      'security-severity': SECURITY_SEVERITY[f.severity],
      fix: f.fix,
      tool: f.tool,
      ...(extras?.resultProperties?.(f) ?? {}),
    },
  };
  if (f.trace.length) {
    result.codeFlows = [
      {
        message: { text: f.message },
        threadFlows: [
          {
            locations: f.trace.map((step) => ({
              location: location(step.path, step.range, step.snippet, step.message),
              ...(TRACE_KINDS[step.kind].length ? { kinds: TRACE_KINDS[step.kind] } : {}),
            })),
          },
        ],
      },
    ];
  }
  if (suppressions.length) result.suppressions = suppressions;
  if (taxa.length) result.taxa = taxa;
  return result;
}

function notifications(result: ScanResult): SarifNotification[] {
  const out: SarifNotification[] = result.skipped.map((s) => ({
    level: 'note' as const,
    message: { text: `Not analysed (${s.reason}): ${s.detail}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(s.path), uriBaseId: SRCROOT } } }],
  }));
  for (const f of result.files) {
    if (!f.budgetExceeded) continue;
    out.push({
      level: 'warning',
      message: { text: 'Partially analysed: budget exceeded. The dataflow analysis of this file ran out of its step budget; flows found so far are reported, others may be missing.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(f.path), uriBaseId: SRCROOT } } }],
    });
  }
  const templates = templateNameNoteText(result.templateNames);
  if (templates) out.push({ level: 'warning', message: { text: templates } });
  for (const e of result.ruleErrors ?? []) {
    out.push({
      level: 'error',
      message: { text: `Rule ${e.ruleId} failed${e.path ? ` on ${e.path}` : ''}: ${e.message}` },
      associatedRule: { id: e.ruleId },
      ...(e.path ? { locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(e.path), uriBaseId: SRCROOT } } }] } : {}),
    });
  }
  return out;
}

export function toSarif(result: ScanResult, rules: readonly RuleDefinition[], extras?: SarifExtras): SarifLog {
  const descriptors = rules.map((r) => sarifRule(r, extras));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  for (const f of result.findings) {
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, descriptors.length);
      descriptors.push(descriptorFromFinding(f));
    }
  }
  const rootUri = pathToFileURL(result.root).href.replace(/\/?$/, '/');
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Assay',
            version: result.analyzerVersion,
            semanticVersion: result.analyzerVersion,
            informationUri: INFORMATION_URI,
            rules: descriptors,
            properties: { rulesetVersion: result.rulesetVersion },
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri, description: { text: 'The scanned project folder' } } },
        invocations: [
          {
            executionSuccessful: !result.cancelled && (result.ruleErrors ?? []).length === 0,
            startTimeUtc: result.startedAt,
            endTimeUtc: result.finishedAt,
            toolExecutionNotifications: notifications(result),
          },
        ],
        ...(extras?.taxonomies?.length ? { taxonomies: extras.taxonomies } : {}),
        results: result.findings.map((f) => sarifResult(f, index.get(f.ruleId)!, extras)),
        properties: {
          frameworks: result.frameworks,
          rulesRun: result.rulesRun,
          git: result.git,
          cancelled: result.cancelled,
          stats: result.stats,
          ...(extras?.runProperties ?? {}),
        },
      },
    ],
  };
}

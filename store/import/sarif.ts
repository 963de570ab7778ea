// SARIF 2.1.0 from other tools (Bandit, Semgrep, CodeQL, or our own) → one ScanInput per run.
// Only the fields we store are validated; the rest of a SARIF log is the producer's business.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { isAbsolute, posix, relative } from 'node:path';
import { z } from 'zod';
import type { Confidence, Finding, Severity, TraceStep } from '../../analyzer/types.js';
import { asvsForCwes } from '../../asvs/cwe-map.js';
import type { ScanInput } from '../scan-input.js';
import { cweFromProperty, cwesFromTags } from './cwe-tags.js';

const text = z.object({ text: z.string().optional() }).loose();
const props = z.record(z.string(), z.unknown()).optional();
const region = z.object({ startLine: z.number().int().optional(), startColumn: z.number().int().optional(), endLine: z.number().int().optional(), endColumn: z.number().int().optional(), snippet: text.optional() }).loose();
const physical = z.object({ artifactLocation: z.object({ uri: z.string().optional() }).loose().optional(), region: region.optional() }).loose();
const location = z.object({ physicalLocation: physical.optional(), message: text.optional() }).loose();
const taxonRef = z.object({ id: z.string().optional(), toolComponent: z.object({ name: z.string().optional() }).loose().optional() }).loose();
const rule = z.object({
  id: z.string(),
  name: z.string().optional(),
  shortDescription: text.optional(),
  help: text.optional(),
  defaultConfiguration: z.object({ level: z.string().optional() }).loose().optional(),
  properties: props,
  relationships: z.array(z.object({ target: taxonRef }).loose()).optional(),
}).loose();
const result = z.object({
  ruleId: z.string().optional(),
  rule: z.object({ id: z.string().optional() }).loose().optional(),
  kind: z.string().optional(),
  level: z.enum(['none', 'note', 'warning', 'error']).optional(),
  message: z.object({ text: z.string().optional(), id: z.string().optional() }).loose(),
  locations: z.array(location).optional(),
  partialFingerprints: z.record(z.string(), z.string()).optional(),
  fingerprints: z.record(z.string(), z.string()).optional(),
  suppressions: z.array(z.object({ kind: z.string(), justification: z.string().optional() }).loose()).optional(),
  codeFlows: z.array(z.object({ threadFlows: z.array(z.object({ locations: z.array(z.object({ location: location.optional() }).loose()) }).loose()) }).loose()).optional(),
  taxa: z.array(taxonRef).optional(),
  properties: props,
}).loose();
const run = z.object({
  tool: z.object({ driver: z.object({ name: z.string().min(1), version: z.string().optional(), semanticVersion: z.string().optional(), rules: z.array(rule).optional() }).loose() }).loose(),
  results: z.array(result).optional(),
  invocations: z.array(z.object({ startTimeUtc: z.string().optional(), endTimeUtc: z.string().optional() }).loose()).optional(),
  versionControlProvenance: z.array(z.object({ revisionId: z.string().optional(), branch: z.string().optional() }).loose()).optional(),
}).loose();

export const sarifSchema = z.object({
  version: z.literal('2.1.0', { error: 'only SARIF version 2.1.0 is supported' }),
  runs: z.array(run),
}).loose();

type SarifRun = z.infer<typeof run>;
type SarifResult = z.infer<typeof result>;
type SarifRule = z.infer<typeof rule>;

export function looksLikeSarif(doc: unknown): boolean {
  return !!doc && typeof doc === 'object' && 'runs' in doc && ('version' in doc || '$schema' in doc);
}

const ASSAY_FINGERPRINT = 'assayFingerprint/v1';

/** CVSS-style security-severity (CodeQL, GitHub) → our scale. */
function fromSecuritySeverity(value: unknown): Severity | null {
  const n = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : NaN;
  if (Number.isNaN(n)) return null;
  return n >= 9 ? 'critical' : n >= 7 ? 'high' : n >= 4 ? 'medium' : n > 0 ? 'low' : 'info';
}

function severityOf(r: SarifResult, rl: SarifRule | undefined): Severity {
  const sec = fromSecuritySeverity(r.properties?.['security-severity']) ?? fromSecuritySeverity(rl?.properties?.['security-severity']);
  if (sec) return sec;
  const bandit = String(r.properties?.issue_severity ?? '').toLowerCase();
  if (bandit === 'high' || bandit === 'medium' || bandit === 'low') return bandit;
  const level = r.level ?? rl?.defaultConfiguration?.level ?? 'warning';
  return level === 'error' ? 'high' : level === 'warning' ? 'medium' : level === 'note' ? 'low' : 'info';
}

function confidenceOf(r: SarifResult, rl: SarifRule | undefined): Confidence {
  const v = String(r.properties?.issue_confidence ?? rl?.properties?.precision ?? rl?.properties?.confidence ?? '').toLowerCase();
  if (v === 'high' || v === 'very-high') return 'high';
  if (v === 'low') return 'low';
  return 'medium';
}

function cwesOf(r: SarifResult, rl: SarifRule | undefined): number[] {
  const found = new Set<number>([
    ...cwesFromTags(rl?.properties?.tags as unknown[] | undefined),
    ...cwesFromTags(r.properties?.tags as unknown[] | undefined),
  ]);
  for (const v of [r.properties?.cwe, rl?.properties?.cwe]) {
    const n = cweFromProperty(v);
    if (n) found.add(n);
  }
  const refs = [...(r.taxa ?? []), ...(rl?.relationships ?? []).map((x) => x.target)];
  for (const t of refs) if (/cwe/i.test(t.toolComponent?.name ?? '') && t.id) {
    const n = cweFromProperty(t.id);
    if (n) found.add(n);
  }
  return [...found].sort((a, b) => a - b);
}

/** The path of a finding whose tool placed it outside the repository: text, never a path to open. */
export const OUTSIDE_REPOSITORY = '(outside the repository)';

export interface ImportedLocation {
  /** Relative to the project root, POSIX separators; OUTSIDE_REPOSITORY or '(no location)' otherwise. */
  path: string;
  /** The tool's own location text when it lies outside the repository (kept for the message). */
  outside: string | null;
}

/**
 * Artifact URI → path relative to the project root. An imported file is as hostile as a scanned
 * repository: a location outside the root (`../../etc/passwd`, `/etc/passwd`, `C:\\x`, another URL
 * scheme) never becomes a repository path that a report links or the app opens.
 */
export function importedLocation(uri: string | undefined, root: string): ImportedLocation {
  if (!uri) return { path: '(no location)', outside: null };
  let p = uri;
  if (p.startsWith('file:')) {
    try {
      p = fileURLToPath(p);
    } catch {
      p = p.replace(/^file:\/*/, '/');
    }
  } else {
    if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(p) && !/^[A-Za-z]:[\\/]/.test(p)) return { path: OUTSIDE_REPOSITORY, outside: uri };
    try {
      p = decodeURIComponent(p);
    } catch {
      // Keep the raw text: a malformed escape is still a usable label.
    }
  }
  p = p.replace(/\\/g, '/');
  // A drive letter or a UNC share on a system that has neither is no path inside this repository.
  if (process.platform !== 'win32' && (/^[A-Za-z]:\//.test(p) || p.startsWith('//'))) return { path: OUTSIDE_REPOSITORY, outside: uri };
  if (isAbsolute(p)) {
    const rel = relative(root, p).replace(/\\/g, '/');
    if (!rel || rel === '..' || rel.startsWith('../') || isAbsolute(rel)) return { path: OUTSIDE_REPOSITORY, outside: uri };
    p = rel;
  }
  const normal = posix.normalize(p);
  if (normal === '..' || normal.startsWith('../') || normal.startsWith('/') || normal === '.') return { path: OUTSIDE_REPOSITORY, outside: uri };
  return { path: normal, outside: null };
}

/** The path part of importedLocation. */
export function relativePath(uri: string | undefined, root: string): string {
  return importedLocation(uri, root).path;
}

function traceOf(r: SarifResult, root: string): TraceStep[] {
  const locs = r.codeFlows?.[0]?.threadFlows?.[0]?.locations ?? [];
  return locs.map((l, i): TraceStep => {
    const reg = l.location?.physicalLocation?.region;
    const line = reg?.startLine ?? 0;
    return {
      kind: i === 0 ? 'source' : i === locs.length - 1 ? 'sink' : 'step',
      path: relativePath(l.location?.physicalLocation?.artifactLocation?.uri, root),
      range: { start: { line, column: reg?.startColumn ?? 1 }, end: { line: reg?.endLine ?? line, column: reg?.endColumn ?? 1 } },
      message: l.location?.message?.text ?? '',
      snippet: (reg?.snippet?.text ?? '').trim().slice(0, 500),
    };
  });
}

function toolName(r: SarifRun): string {
  const name = r.tool.driver.name.trim().toLowerCase();
  return name === 'assay' ? 'assay' : name.split(/\s+/)[0]!;
}

export function scanInputsFromSarif(doc: unknown, root: string, sourceFile: string, now: string): { inputs: ScanInput[]; problems: null } | { inputs: null; problems: string[] } {
  const parsed = sarifSchema.safeParse(doc);
  if (!parsed.success) return { inputs: null, problems: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`) };
  const inputs = parsed.data.runs.map((r): ScanInput => {
    const tool = toolName(r);
    const rules = new Map((r.tool.driver.rules ?? []).map((x) => [x.id, x]));
    const ordinals = new Map<string, number>();
    const findings = (r.results ?? []).map((res): Finding => {
      const ruleId = res.ruleId ?? res.rule?.id ?? 'unknown';
      const rl = rules.get(ruleId);
      const loc = res.locations?.[0]?.physicalLocation;
      const { path, outside } = importedLocation(loc?.artifactLocation?.uri, root);
      const reg = loc?.region;
      const line = reg?.startLine ?? 0;
      const snippet = (reg?.snippet?.text ?? '').trim().slice(0, 500);
      const text = res.message.text ?? res.message.id ?? '';
      const message = outside === null ? text : `${text} (the tool placed this at ${JSON.stringify(outside.slice(0, 500))}, outside the repository)`;
      const cwe = cwesOf(res, rl);
      return {
        ruleId,
        title: rl?.shortDescription?.text ?? rl?.name ?? ruleId,
        cwe,
        asvs: { '5.0.0': asvsForCwes(cwe, '5.0.0'), '4.0.3': asvsForCwes(cwe, '4.0.3') },
        severity: severityOf(res, rl),
        confidence: confidenceOf(res, rl),
        // SARIF's "review" is a hotspot; every other kind (absent means "fail") counts as a vulnerability.
        kind: res.kind === 'review' ? 'hotspot' : 'vulnerability',
        path,
        range: { start: { line, column: reg?.startColumn ?? 1 }, end: { line: reg?.endLine ?? line, column: reg?.endColumn ?? reg?.startColumn ?? 1 } },
        message,
        snippet,
        trace: traceOf(res, root),
        fix: (rl?.help?.text ?? '').slice(0, 2000),
        fingerprint: fingerprintOf(tool, ruleId, path, res, snippet || message, ordinals),
        suppression: res.suppressions?.length
          ? { kind: res.suppressions[0]!.kind === 'inSource' ? 'nosec' : 'config', justification: res.suppressions[0]!.justification ?? null, line }
          : null,
        tool,
      };
    });
    const inv = r.invocations?.[0];
    const startedAt = validInstant(inv?.startTimeUtc) ?? now;
    const finishedAt = validInstant(inv?.endTimeUtc) ?? startedAt;
    const vcs = r.versionControlProvenance?.[0];
    return {
      tool,
      status: 'imported',
      startedAt,
      finishedAt,
      analyzerVersion: r.tool.driver.version ?? r.tool.driver.semanticVersion ?? 'unknown',
      rulesetVersion: r.tool.driver.semanticVersion ?? r.tool.driver.version ?? 'unknown',
      git: { commit: vcs?.revisionId ?? null, branch: vcs?.branch ?? null, dirty: null },
      frameworks: [],
      rulesRun: [...rules.keys()],
      filesScanned: new Set(findings.map((f) => f.path)).size,
      filesSkipped: 0,
      linesScanned: 0,
      durationMs: Math.max(0, Date.parse(finishedAt) - Date.parse(startedAt)),
      skipped: [],
      findings,
      sourceFile,
    };
  });
  return { inputs, problems: null };
}

function validInstant(v: string | undefined): string | null {
  if (!v) return null;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/**
 * Our own fingerprint survives as is. For other tools: their partial fingerprints when given
 * (CodeQL's are line-content hashes), else the flagged code or message — never the line number,
 * so an unrelated edit above a finding keeps its identity, as with our analyzer.
 */
function fingerprintOf(tool: string, ruleId: string, path: string, r: SarifResult, content: string, ordinals: Map<string, number>): string {
  const own = r.partialFingerprints?.[ASSAY_FINGERPRINT];
  if (tool === 'assay' && own) return own;
  const theirs = Object.entries({ ...r.fingerprints, ...r.partialFingerprints }).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(';');
  const basis = [tool, ruleId, path, theirs || content.replace(/\s+/g, ' ').trim()].join('\u0000');
  const n = ordinals.get(basis) ?? 0;
  ordinals.set(basis, n + 1);
  return createHash('sha256').update(basis).update(`\u0000${n}`).digest('hex').slice(0, 32);
}

// Results of pip-audit (`pip-audit -f json`) and osv-scanner (`osv-scanner --format json`), imported
// as findings of those tools: one per vulnerable package and advisory, CWE-1395, at the manifest the
// tool names (osv-scanner) or without a location (pip-audit audits an environment, not a file).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Finding, Severity } from '../../analyzer/types.js';
import { asvsForCwes } from '../../asvs/cwe-map.js';
import type { ScanInput } from '../scan-input.js';
import { relativePath } from './sarif.js';
import { cvss3BaseScore } from '../../analyzer/dependencies/cvss.js';

const CWE = [1395];

const pipAuditVuln = z.object({ id: z.string().min(1), fix_versions: z.array(z.string()).optional(), aliases: z.array(z.string()).optional(), description: z.string().optional() }).loose();
const pipAuditDep = z.object({ name: z.string().min(1), version: z.string().optional(), vulns: z.array(pipAuditVuln).optional(), skip_reason: z.string().optional() }).loose();
const pipAuditSchema = z.union([z.object({ dependencies: z.array(pipAuditDep) }).loose(), z.array(pipAuditDep)]);

const osvPackage = z
  .object({
    package: z.object({ name: z.string().min(1), version: z.string().optional(), ecosystem: z.string().optional() }).loose(),
    vulnerabilities: z.array(z.object({ id: z.string().min(1), summary: z.string().optional(), aliases: z.array(z.string()).optional(), severity: z.array(z.object({ type: z.string(), score: z.string() }).loose()).optional(), database_specific: z.record(z.string(), z.unknown()).optional() }).loose()).optional(),
    groups: z.array(z.object({ ids: z.array(z.string()), max_severity: z.string().optional() }).loose()).optional(),
  })
  .loose();
const osvScannerSchema = z.object({ results: z.array(z.object({ source: z.object({ path: z.string().optional() }).loose().optional(), packages: z.array(osvPackage).optional() }).loose()) }).loose();

export function looksLikePipAudit(doc: unknown): boolean {
  if (Array.isArray(doc)) return doc.length > 0 && typeof doc[0] === 'object' && doc[0] !== null && 'vulns' in doc[0];
  return !!doc && typeof doc === 'object' && 'dependencies' in doc && Array.isArray((doc as { dependencies: unknown }).dependencies) && !('runs' in doc);
}

export function looksLikeOsvScanner(doc: unknown): boolean {
  return !!doc && typeof doc === 'object' && 'results' in doc && Array.isArray((doc as { results: unknown }).results) && !('schemaVersion' in doc);
}

function severityOfScore(n: number): Severity {
  return n >= 9 ? 'critical' : n >= 7 ? 'high' : n >= 4 ? 'medium' : n > 0 ? 'low' : 'info';
}

function fingerprint(tool: string, path: string, pkg: string, id: string): string {
  return createHash('sha256').update([tool, path, pkg.toLowerCase(), id].join('\u0000')).digest('hex').slice(0, 32);
}

function finding(tool: string, f: { id: string; pkg: string; version: string; path: string; message: string; severity: Severity; fix: string }): Finding {
  const snippet = f.version ? `${f.pkg}==${f.version}` : f.pkg;
  return {
    ruleId: f.id,
    title: `Vulnerable dependency (${f.id})`,
    cwe: [...CWE],
    asvs: { '5.0.0': asvsForCwes(CWE, '5.0.0'), '4.0.3': asvsForCwes(CWE, '4.0.3') },
    severity: f.severity,
    confidence: 'high',
    kind: 'vulnerability',
    path: f.path,
    range: { start: { line: 0, column: 1 }, end: { line: 0, column: 1 } },
    message: f.message,
    snippet,
    trace: [],
    fix: f.fix,
    fingerprint: fingerprint(tool, f.path, f.pkg, f.id),
    suppression: null,
    tool,
  };
}

function input(tool: string, findings: Finding[], sourceFile: string, now: string): ScanInput {
  const unique = [...new Map(findings.map((f) => [f.fingerprint, f])).values()];
  return {
    tool,
    status: 'imported',
    startedAt: now,
    finishedAt: now,
    analyzerVersion: 'unknown',
    rulesetVersion: 'unknown',
    git: { commit: null, branch: null, dirty: null },
    frameworks: [],
    rulesRun: [...new Set(unique.map((f) => f.ruleId))],
    filesScanned: new Set(unique.map((f) => f.path)).size,
    filesSkipped: 0,
    linesScanned: 0,
    durationMs: 0,
    skipped: [],
    findings: unique,
    sourceFile,
  };
}

type Parsed = { input: ScanInput; problems: null } | { input: null; problems: string[] };

function problemsOf(error: z.ZodError): string[] {
  return error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`);
}

export function scanInputFromPipAudit(doc: unknown, sourceFile: string, now: string): Parsed {
  const parsed = pipAuditSchema.safeParse(doc);
  if (!parsed.success) return { input: null, problems: problemsOf(parsed.error) };
  const deps = Array.isArray(parsed.data) ? parsed.data : parsed.data.dependencies;
  const findings = deps.flatMap((d) =>
    (d.vulns ?? []).map((v) => {
      const aliases = (v.aliases ?? []).filter((a) => a !== v.id);
      const fixed = v.fix_versions?.[0];
      return finding('pip-audit', {
        id: v.id,
        pkg: d.name,
        version: d.version ?? '',
        path: '(no location)',
        message: `${d.name} ${d.version ?? ''} is affected by ${v.id}${aliases.length ? ` (${aliases.join(', ')})` : ''}${v.description ? `: ${v.description.split('\n')[0]!.slice(0, 300).replace(/\.$/, '')}` : ''}. ${fixed ? `Fixed in ${fixed}.` : 'No fixed version listed.'}`.replace(/\s+\./g, '.'),
        // pip-audit reports no severity: rated high until a person reviews it.
        severity: 'high',
        fix: fixed ? `Upgrade ${d.name} to ${fixed} or later.` : `No fixed release is listed for ${v.id}.`,
      });
    }),
  );
  return { input: input('pip-audit', findings, sourceFile, now), problems: null };
}

export function scanInputFromOsvScanner(doc: unknown, root: string, sourceFile: string, now: string): Parsed {
  const parsed = osvScannerSchema.safeParse(doc);
  if (!parsed.success) return { input: null, problems: problemsOf(parsed.error) };
  const findings: Finding[] = [];
  for (const result of parsed.data.results) {
    const path = relativePath(result.source?.path, root);
    for (const p of result.packages ?? []) {
      for (const v of p.vulnerabilities ?? []) {
        const group = p.groups?.find((g) => g.ids.includes(v.id));
        const scores = (v.severity ?? []).map((s) => cvss3BaseScore(s.score)).filter((n): n is number => n !== null);
        const max = group?.max_severity ? Number(group.max_severity) : NaN;
        const severity = !Number.isNaN(max) ? severityOfScore(max) : scores.length ? severityOfScore(Math.max(...scores)) : 'high';
        const aliases = (v.aliases ?? []).filter((a) => a !== v.id);
        findings.push(
          finding('osv-scanner', {
            id: v.id,
            pkg: p.package.name,
            version: p.package.version ?? '',
            path,
            message: `${p.package.name} ${p.package.version ?? ''} is affected by ${v.id}${aliases.length ? ` (${aliases.join(', ')})` : ''}${v.summary ? `: ${v.summary.replace(/\.$/, '')}` : ''}.`,
            severity,
            fix: `See ${v.id} for the fixed versions, upgrade ${p.package.name}, and regenerate the lock file.`,
          }),
        );
      }
    }
  }
  return { input: input('osv-scanner', findings, sourceFile, now), problems: null };
}

// The dependency part of a report: the scan's inventory counts, the vulnerable components with their
// fixed versions, the suspicious names, the advisory data's age, and the CycloneDX SBOM that goes
// into the evidence pack. Built from the store like the rest of the report model.
import { createHash } from 'node:crypto';
import type { StoreDb } from '../store/index.js';
import { advisoriesFor, scanDependencies } from '../store/index.js';
import type { ReportDependencies, ReportFinding } from './model.js';
import { buildSbom, type SbomTriage } from './sbom.js';

const SUSPICIOUS = new Set(['PY-DEP-TYPOSQUAT', 'PY-DEP-PHANTOM']);

/** A serial number fixed by what the SBOM describes, so equal inputs give equal bytes in a pack. */
function serialOf(parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function reportDependencies(db: StoreDb, scanId: number, findings: readonly ReportFinding[], meta: { projectName: string; generatedAt: string; toolVersion: string }): ReportDependencies {
  const { inventory, advisoryData } = scanDependencies(db, scanId);
  const deps = inventory.dependencies;
  const advisories = advisoriesFor(db, [...new Set(deps.map((d) => d.name))]);
  const triage = new Map<string, SbomTriage>();
  for (const f of findings) if (f.ruleId === 'PY-DEP-VULN') triage.set(f.fingerprint, { status: f.triage, reason: f.triageHistory.at(-1)?.reason ?? null });
  const sbom = buildSbom({
    projectName: meta.projectName,
    inventory,
    advisories,
    triage,
    toolVersion: meta.toolVersion,
    timestamp: meta.generatedAt,
    serialNumber: serialOf([meta.projectName, String(scanId), meta.generatedAt]),
  });
  return {
    counts: {
      manifests: inventory.manifests.length,
      total: deps.length,
      direct: deps.filter((d) => d.direct).length,
      transitive: deps.filter((d) => !d.direct).length,
      exact: deps.filter((d) => d.version !== null).length,
    },
    manifests: inventory.manifests.map((m) => ({ path: m.path, kind: m.kind, count: m.count })),
    problems: inventory.problems.map((p) => ({ path: p.path, line: p.line, message: p.message })),
    vulnerable: findings
      .filter((f) => f.ruleId === 'PY-DEP-VULN' || (f.tool !== 'assay' && f.cwe.includes(1395)))
      .map((f) => ({ findingId: f.id, path: f.path, line: f.range.start.line, severity: f.severity, message: f.message, fix: f.fix, disposition: f.disposition })),
    suspicious: findings.filter((f) => SUSPICIOUS.has(f.ruleId)).map((f) => ({ findingId: f.id, ruleId: f.ruleId, path: f.path, line: f.range.start.line, message: f.message, disposition: f.disposition })),
    advisoryData,
    sbom,
  };
}

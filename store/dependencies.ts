// A scan's dependency inventory and the advisory data it was matched against: written with the
// scan (same transaction), read back for the Dependencies page, reports and the SBOM.
import type { StoreDb } from './open-store.js';
import type { AdvisoryDataFacts } from '../analyzer/types.js';
import type { Dependency, DependencyInventory } from '../analyzer/dependencies/model.js';
import type { ManifestKind, TriageStatus } from '../domain/index.js';

export interface ScanDependencies {
  inventory: DependencyInventory;
  advisoryData: AdvisoryDataFacts | null;
}

export function writeScanDependencies(db: StoreDb, scanId: number, inventory: DependencyInventory | undefined, advisoryData: AdvisoryDataFacts | null | undefined): void {
  if (!inventory) return;
  const ins = db.prepare(
    `INSERT INTO scan_dependencies (scan_id, ordinal, name, declared_name, specifier, version, source, url, vcs_ref, editable, path, line, direct,
       groups_json, extras_json, marker, hashes_json, depends_on_json, locked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  inventory.dependencies.forEach((d, i) =>
    ins.run(scanId, i, d.name, d.declaredName, d.specifier, d.version, d.source, d.url, d.vcsRef, Number(d.editable), d.path, d.line, Number(d.direct),
      JSON.stringify(d.groups), JSON.stringify(d.extras), d.marker, JSON.stringify(d.hashes), JSON.stringify(d.dependsOn), d.lockedBy),
  );
  const insManifest = db.prepare('INSERT OR IGNORE INTO scan_manifests (scan_id, path, kind, count) VALUES (?, ?, ?, ?)');
  for (const m of inventory.manifests) insManifest.run(scanId, m.path, m.kind, m.count);
  const insProblem = db.prepare('INSERT INTO scan_dependency_problems (scan_id, path, line, message) VALUES (?, ?, ?, ?)');
  for (const p of inventory.problems) insProblem.run(scanId, p.path, p.line, p.message);
  if (advisoryData) {
    db.prepare('INSERT INTO scan_advisory_data (scan_id, advisory_count, newest_modified, age_days) VALUES (?, ?, ?, ?)').run(scanId, advisoryData.count, advisoryData.newestModified, advisoryData.ageDays);
  }
}

interface DependencyRow {
  name: string;
  declared_name: string;
  specifier: string;
  version: string | null;
  source: Dependency['source'];
  url: string | null;
  vcs_ref: string | null;
  editable: number;
  path: string;
  line: number;
  direct: number;
  groups_json: string;
  extras_json: string;
  marker: string | null;
  hashes_json: string;
  depends_on_json: string;
  locked_by: string | null;
}

/** The inventory recorded with a scan; empty (no manifests) for scans recorded without one. */
export function scanDependencies(db: StoreDb, scanId: number): ScanDependencies {
  const rows = db.prepare('SELECT * FROM scan_dependencies WHERE scan_id = ? ORDER BY ordinal').all(scanId) as DependencyRow[];
  const dependencies: Dependency[] = rows.map((r) => ({
    name: r.name,
    declaredName: r.declared_name,
    specifier: r.specifier,
    extras: JSON.parse(r.extras_json),
    marker: r.marker,
    version: r.version,
    source: r.source,
    url: r.url,
    vcsRef: r.vcs_ref,
    editable: r.editable === 1,
    hashes: JSON.parse(r.hashes_json),
    path: r.path,
    line: r.line,
    direct: r.direct === 1,
    groups: JSON.parse(r.groups_json),
    dependsOn: JSON.parse(r.depends_on_json),
    lockedBy: r.locked_by,
  }));
  const manifests = db.prepare('SELECT path, kind, count FROM scan_manifests WHERE scan_id = ? ORDER BY path').all(scanId) as Array<{ path: string; kind: ManifestKind; count: number }>;
  const problems = db.prepare('SELECT path, line, message FROM scan_dependency_problems WHERE scan_id = ? ORDER BY rowid').all(scanId) as DependencyInventory['problems'];
  const facts = db.prepare('SELECT advisory_count, newest_modified, age_days FROM scan_advisory_data WHERE scan_id = ?').get(scanId) as { advisory_count: number; newest_modified: string | null; age_days: number | null } | undefined;
  return {
    inventory: { manifests, dependencies, indexes: [], problems },
    advisoryData: facts ? { count: facts.advisory_count, newestModified: facts.newest_modified, ageDays: facts.age_days } : null,
  };
}

export interface TriageDecision {
  status: TriageStatus;
  reason: string | null;
}

/** The current triage decision of each of the project's findings with these fingerprints (the latest event). */
export function triageByFingerprint(db: StoreDb, projectId: number, fingerprints: readonly string[]): Map<string, TriageDecision> {
  const out = new Map<string, TriageDecision>();
  const get = db.prepare(
    `SELECT f.triage_status AS status,
            (SELECT reason FROM triage_events t WHERE t.finding_id = f.id ORDER BY t.at DESC, t.id DESC LIMIT 1) AS reason
       FROM findings f WHERE f.project_id = ? AND f.fingerprint = ?`,
  );
  for (const fp of new Set(fingerprints)) {
    const row = get.get(projectId, fp) as TriageDecision | undefined;
    if (row) out.set(fp, row);
  }
  return out;
}

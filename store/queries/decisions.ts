// The decisions people have recorded for a project (triage in force per fingerprint, attestations
// in force), read before a new scan is recorded: `assay scan --format json|sarif` then states the
// same statuses the recorded scan will have, while its report is written before the database is
// touched.
import type { StoreDb } from '../open-store.js';
import type { AsvsVersion, AttestationRow, ProjectRow, TriageStatus } from '../types.js';
import { findProjectByRoot } from '../projects.js';
import { validAttestations } from '../attestations.js';
import { TRIAGE_IN_FORCE_SQL } from './standings.js';

export interface RecordedDecisions {
  project: ProjectRow;
  triage: Map<string, TriageStatus>;
  attestations: AttestationRow[];
}

export function decisionsForRoot(db: StoreDb, root: string, version: AsvsVersion | null, now: string = new Date().toISOString()): RecordedDecisions | null {
  const project = findProjectByRoot(db, root);
  if (!project) return null;
  const rows = db
    .prepare(`SELECT f.fingerprint, ${TRIAGE_IN_FORCE_SQL} AS triage FROM findings f WHERE f.project_id = @project AND f.triage_status <> 'open'`)
    .all({ project: project.id, now }) as Array<{ fingerprint: string; triage: TriageStatus }>;
  return { project, triage: new Map(rows.map((r) => [r.fingerprint, r.triage])), attestations: validAttestations(db, project.id, version ?? project.asvsVersion, now) };
}

// The Endpoints page's data: a scan's endpoint inventory (the project's latest complete scan that
// took one, or the scan asked for), its counts, and what changed since the scan before it.
import { compareInventories, getProject, hasScanInventory, getScan, listScans, readScanEndpoints, scanEndpointFindings, type StoreDb } from '../../store/index.js';
import { isWholeRun, routedCounts, type Endpoint } from '../../domain/index.js';
import type { EndpointFindingRef, EndpointInventory } from '../ipc-contract.js';
import { ServiceError } from './service-error.js';

/** Whole scans of the project (run here, or imported) that took an inventory, newest first. */
function scansWithInventory(db: StoreDb, projectId: number) {
  return listScans(db, projectId).filter((s) => isWholeRun(s.status) && hasScanInventory(db, s.id)).reverse();
}

/** The newest complete scan's inventory, or null when no scan took one. */
export function latestInventory(db: StoreDb, projectId: number): { scanId: number; endpoints: Endpoint[] } | null {
  const scan = scansWithInventory(db, projectId)[0];
  return scan ? { scanId: scan.id, endpoints: readScanEndpoints(db, scan.id)! } : null;
}

export function endpointInventory(db: StoreDb, projectId: number, scanId: number | null): EndpointInventory {
  getProject(db, projectId);
  const withInventory = scansWithInventory(db, projectId);
  const chosen = scanId === null ? withInventory[0] : withInventory.find((s) => s.id === scanId);
  if (scanId !== null && !chosen) {
    if (!getScan(db, scanId) || getScan(db, scanId)!.projectId !== projectId) throw new ServiceError('not-found', `No scan ${scanId} in this project.`);
    return { scanId, endpoints: null, findings: [], counts: null, changes: null };
  }
  if (!chosen) return { scanId: null, endpoints: null, findings: [], counts: null, changes: null };
  const endpoints = readScanEndpoints(db, chosen.id)!;
  const previous = withInventory.find((s) => s.id < chosen.id);
  const diff = previous ? compareInventories(readScanEndpoints(db, previous.id)!, endpoints) : null;
  return {
    scanId: chosen.id,
    endpoints,
    findings: endpointFindingRefs(db, chosen.id),
    counts: routedCounts(endpoints),
    changes: diff && previous ? { fromScanId: previous.id, added: diff.added, removed: diff.removed, changed: diff.changed } : null,
  };
}

/** The scan's findings that name one of its endpoints, with where each is worked on. */
export function endpointFindingRefs(db: StoreDb, scanId: number): EndpointFindingRef[] {
  return scanEndpointFindings(db, scanId).map((l) => ({
    endpoint: l.ordinal,
    findingId: l.findingId,
    ruleId: l.ruleId,
    title: l.title,
    severity: l.severity,
    kind: l.kind,
    page: l.kind === 'hotspot' ? 'review' : 'findings',
    via: l.via,
    line: l.line,
  }));
}

// The Endpoints page's data: a scan's endpoint inventory (the project's latest complete scan that
// took one, or the scan asked for), its counts, and what changed since the scan before it.
import { compareInventories, getProject, getScan, listScans, readScanEndpoints, type StoreDb } from '../../store/index.js';
import { isStateChanging } from '../../domain/index.js';
import type { EndpointInventory } from '../ipc-contract.js';
import { ServiceError } from './service-error.js';

export function endpointInventory(db: StoreDb, projectId: number, scanId: number | null): EndpointInventory {
  getProject(db, projectId);
  const scans = listScans(db, projectId).filter((s) => s.status === 'complete').reverse();
  const withInventory = scans.filter((s) => readScanEndpoints(db, s.id) !== null);
  const chosen = scanId === null ? withInventory[0] : withInventory.find((s) => s.id === scanId);
  if (scanId !== null && !chosen) {
    if (!getScan(db, scanId) || getScan(db, scanId)!.projectId !== projectId) throw new ServiceError('not-found', `No scan ${scanId} in this project.`);
    return { scanId, endpoints: null, counts: null, changes: null };
  }
  if (!chosen) return { scanId: null, endpoints: null, counts: null, changes: null };
  const endpoints = readScanEndpoints(db, chosen.id)!;
  const previous = withInventory.find((s) => s.id < chosen.id);
  const diff = previous ? compareInventories(readScanEndpoints(db, previous.id)!, endpoints) : null;
  return {
    scanId: chosen.id,
    endpoints,
    counts: {
      total: endpoints.length,
      unauthenticated: endpoints.filter((e) => e.authentication === 'none').length,
      unauthenticatedStateChanging: endpoints.filter((e) => e.authentication === 'none' && isStateChanging(e)).length,
      unknown: endpoints.filter((e) => e.authentication === 'unknown').length,
      unthrottled: endpoints.filter((e) => !e.throttled).length,
      withoutAuthorization: endpoints.filter((e) => e.authorization.length === 0).length,
    },
    changes: diff && previous ? { fromScanId: previous.id, added: diff.added, removed: diff.removed, changed: diff.changed } : null,
  };
}

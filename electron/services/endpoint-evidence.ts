// The inventory as evidence for the access-control and API requirements: the slice the requirement
// pane shows, and the snapshot an attestation made there carries as an evidence file (the inventory
// as the person saw it, so the verdict can be checked against it later, whatever later scans find).
import { openFirst, routedCounts, splitRouted, usesEndpointEvidence, type AsvsVersion } from '../../domain/index.js';
import type { EvidenceFileInput, StoreDb } from '../../store/index.js';
import type { RequirementDetail } from '../ipc-contract.js';
import { latestInventory } from './endpoints-service.js';

const LISTED = 50;

export function endpointEvidence(db: StoreDb, projectId: number, version: AsvsVersion, requirementId: string): RequirementDetail['endpointEvidence'] {
  if (!usesEndpointEvidence(version, requirementId)) return null;
  const inv = latestInventory(db, projectId);
  if (!inv) return { scanId: null, counts: null, open: [], unknown: [] };
  // Only routes are listed: a view no scanned route reaches is counted apart, never among the open.
  const { routed } = splitRouted(inv.endpoints);
  return {
    scanId: inv.scanId,
    counts: routedCounts(inv.endpoints),
    open: routed.filter((e) => e.authentication === 'none').sort(openFirst).slice(0, LISTED),
    unknown: routed.filter((e) => e.authentication === 'unknown').slice(0, LISTED),
  };
}

/** The evidence file an attestation of an inventory-backed requirement records; null for other requirements or before any inventory. */
export function inventorySnapshot(db: StoreDb, projectId: number, version: AsvsVersion, requirementId: string, takenAt: string): EvidenceFileInput | null {
  if (!usesEndpointEvidence(version, requirementId)) return null;
  const inv = latestInventory(db, projectId);
  if (!inv) return null;
  const doc = { kind: 'assay-endpoint-inventory', asvsVersion: version, requirementId, scanId: inv.scanId, takenAt, counts: routedCounts(inv.endpoints), endpoints: inv.endpoints };
  return { name: `endpoint-inventory-scan-${inv.scanId}.json`, content: new TextEncoder().encode(JSON.stringify(doc, null, 2) + '\n') };
}

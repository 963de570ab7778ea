// The endpoint inventory part of a report (API9 evidence): the reported scan's routes with their
// guards, the findings that name each one, and the counts the appendix opens with. Absent when the
// scan took no inventory (imported results, older Assay), so a report never claims an empty one.
import { endpointSlice } from '../domain/index.js';
import { readScanEndpoints, scanEndpointFindings, type StoreDb } from '../store/index.js';
import type { ReportEndpoints } from './model.js';

export function reportEndpoints(db: StoreDb, scanId: number): ReportEndpoints | undefined {
  const endpoints = readScanEndpoints(db, scanId);
  if (!endpoints) return undefined;
  return {
    slice: endpointSlice(endpoints),
    endpoints,
    findings: scanEndpointFindings(db, scanId).map((l) => ({ endpoint: l.ordinal, findingId: l.findingId, ruleId: l.ruleId, severity: l.severity })),
  };
}

/** The inventory file of the evidence pack: `assay endpoints --json`'s document, with the scan it comes from and the finding links. */
export function endpointsPackFile(model: { scan: { id: number }; endpoints?: ReportEndpoints }): Uint8Array | null {
  if (!model.endpoints) return null;
  const doc = { scanId: model.scan.id, slice: model.endpoints.slice, endpoints: model.endpoints.endpoints, findings: model.endpoints.findings };
  return new TextEncoder().encode(JSON.stringify(doc, null, 2) + '\n');
}

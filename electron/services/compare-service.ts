// Two scans compared, for the Compare page and the project card (store diffScans, shaped for IPC).
import { getCatalogue } from '../../asvs/catalogue.js';
import { diffScans, listScans, type DiffFinding, type StoreDb } from '../../store/index.js';
import type { ComparedFinding, ScanComparison } from '../ipc-contract.js';

/** A list longer than this is cut (the counts stay whole): the page shows a screenful, the CLI has all. */
const MAX_LISTED = 500;

const compared = (f: DiffFinding): ComparedFinding => ({ findingId: f.findingId, fingerprint: f.fingerprint, ruleId: f.ruleId, title: f.title, kind: f.kind, path: f.path, line: f.startLine, severity: f.severity, status: f.status });

export function compareScans(db: StoreDb, projectId: number, fromScanId: number | null, toScanId: number | null): ScanComparison | null {
  // "The change since the last scan" of a project scanned once is no change: nothing to show.
  if (fromScanId === null && toScanId === null && listScans(db, projectId).length < 2) return null;
  const d = diffScans(db, projectId, { fromScanId: fromScanId ?? undefined, toScanId: toScanId ?? undefined });
  const names = new Map(getCatalogue(d.compliance.version).chapters.map((c) => [c.id, c.name]));
  return {
    from: { id: d.from.id, startedAt: d.from.startedAt, status: d.from.status, commit: d.from.gitCommit },
    to: { id: d.to.id, startedAt: d.to.startedAt, status: d.to.status, commit: d.to.gitCommit },
    warning: d.warning,
    counts: d.counts,
    new: d.new.slice(0, MAX_LISTED).map(compared),
    fixed: d.fixed.slice(0, MAX_LISTED).map(compared),
    stillOpen: d.stillOpen.slice(0, MAX_LISTED).map(compared),
    changed: d.changed.slice(0, MAX_LISTED).map((c) => ({ ...compared(c), from: c.from, to: c.to })),
    compliance: { ...d.compliance, chapters: d.compliance.chapters.map((c) => ({ ...c, name: names.get(c.chapter) ?? '' })) },
  };
}

// The dashboard of one project: live compliance at the chosen ASVS version and level, open
// findings, top CWEs and the per-scan history.
import { zeroStatusCounts } from '../../domain/index.js';
import { getCatalogue } from '../../asvs/catalogue.js';
import { complianceHistory, latestScan, scanHistory, topCwes, type StoreDb } from '../../store/index.js';
import type { AsvsLevel, AsvsVersion, Automatability, Dashboard, HistoryPoint } from '../ipc-contract.js';
import { liveCoverage } from './coverage.js';
import { projectSummary } from './projects-service.js';
import { scanView } from './views.js';

export function dashboard(db: StoreDb, projectId: number, version: AsvsVersion, level: AsvsLevel): Dashboard {
  const summary = projectSummary(db, projectId);
  const scan = latestScan(db, projectId) ?? null;
  const empty = zeroStatusCounts();
  const automatable: Record<Automatability, number> = { automatable: 0, partial: 0, manual: 0 };
  for (const r of getCatalogue(version).requirements) if (r.level <= level) automatable[r.automatable]++;
  if (!scan) {
    return { project: summary, scan: null, asvsVersion: version, level, compliance: { ratio: 0, total: 0, counts: empty, automatedCoverage: 0 }, chapters: [], openBySeverity: summary.openBySeverity, topCwes: [], automatable, history: [] };
  }
  const report = liveCoverage(db, projectId, scan.id, version, level);
  const compliance = complianceHistory(db, projectId);
  const history: HistoryPoint[] = scanHistory(db, projectId)
    .filter((h) => h.status !== 'failed')
    .map((h) => {
      const c = compliance.find((x) => x.scanId === h.scanId);
      // Snapshots are kept for the project's own version; another version has no frozen history.
      const atLevel = c && c.asvsVersion === version ? (c.levels.find((l) => l.level === level)?.compliance ?? null) : null;
      return { scanId: h.scanId, startedAt: h.startedAt, openBySeverity: h.open, open: h.totals.open, newCount: h.totals.new + h.totals.reopened, fixedCount: h.totals.fixed, hotspotsOpen: h.hotspots.totals.open, compliance: atLevel };
    });
  return {
    project: summary,
    scan: scanView(scan),
    asvsVersion: version,
    level,
    compliance: { ratio: report.total.compliance, total: report.total.total, counts: report.total.counts, automatedCoverage: report.total.automatedCoverage },
    chapters: report.chapters.filter((c) => c.total > 0).map((c) => ({ id: c.id, name: c.name, counts: c.counts, total: c.total, compliance: c.compliance })),
    openBySeverity: summary.openBySeverity,
    topCwes: topCwes(db, projectId, 8),
    automatable,
    history,
  };
}

// Remediation over time: burndown per scan, mean time to remediate, ageing, SLA breaches.
import { ageingBuckets, getProject, getSettings, meanTimeToRemediate, scanHistory, slaBreaches, type StoreDb } from '../../store/index.js';
import type { BySeverity, Severity, Trends } from '../ipc-contract.js';

const NO_SLA = 0;

export function trends(db: StoreDb, projectId: number): Trends {
  getProject(db, projectId);
  const settings = getSettings(db);
  const slaDays = Object.fromEntries(Object.entries(settings.slaDays).map(([s, d]) => [s, d ?? NO_SLA])) as BySeverity;
  const mttr = Object.fromEntries(meanTimeToRemediate(db, projectId).map((r) => [r.severity, r.meanDays])) as Record<Severity, number | null>;
  const sla = slaBreaches(db, projectId, { limit: 500 });
  return {
    slaDays,
    burndown: scanHistory(db, projectId)
      .filter((h) => h.status !== 'failed')
      .map((h) => ({ scanId: h.scanId, at: h.startedAt, open: h.totals.open, newCount: h.totals.new + h.totals.reopened, fixedCount: h.totals.fixed, hotspotsOpen: h.hotspots.totals.open })),
    mttrDays: mttr,
    ageing: ageingBuckets(db, projectId).map((b) => ({ bucket: b.label, counts: b.counts })),
    slaBreaches: sla.breaches.map((b) => ({ findingId: b.finding.id, ruleId: b.finding.ruleId, severity: b.finding.severity, path: `${b.finding.path}:${b.finding.startLine}`, ageDays: b.daysOpen, slaDays: b.slaDays })),
  };
}

// Remediation over time: mean time to remediate, ageing of what is still open, SLA breaches.
// "Open now" means: not fixed, not suppressed, decision in force open or confirmed.
import { SEVERITIES, type Severity } from '../../analyzer/types.js';
import type { StoreDb } from '../open-store.js';
import type { FindingRow, SeverityCounts } from '../types.js';
import { getSettings } from '../settings.js';
import { zeroCounts } from '../severity.js';
import { findingWhere, listFindings, type FindingFilter } from './findings.js';
import { getProject } from '../projects.js';
import { countSource, scanSeenLast } from '../finding-counts.js';
import { DAY_MS } from '../time.js';

export interface MttrRow {
  severity: Severity;
  /** Remediations counted (a finding fixed, reopened and fixed again counts twice). */
  fixes: number;
  /** Mean days from opening to the scan that no longer saw it; null when nothing was fixed. */
  meanDays: number | null;
}

export function meanTimeToRemediate(db: StoreDb, projectId: number): MttrRow[] {
  const rows = db
    .prepare(
      `SELECT f.severity, count(*) AS fixes, avg(julianday(x.fixed_at) - julianday(x.opened_at)) AS meanDays
       FROM fixes x CROSS JOIN findings f ON f.id = x.finding_id
       WHERE f.project_id = ? AND f.triage_status <> 'false_positive' GROUP BY f.severity`,
    )
    .all(projectId) as MttrRow[];
  return SEVERITIES.map((severity) => rows.find((r) => r.severity === severity) ?? { severity, fixes: 0, meanDays: null });
}

export const AGE_BUCKETS = [
  { label: '0–7 days', maxDays: 7 },
  { label: '8–30 days', maxDays: 30 },
  { label: '31–90 days', maxDays: 90 },
  { label: '91–180 days', maxDays: 180 },
  { label: 'over 180 days', maxDays: null },
] as const;

export interface AgeingBucket {
  label: string;
  /** Inclusive upper bound in whole days; null for the last bucket. */
  maxDays: number | null;
  counts: SeverityCounts;
  total: number;
}

/** Open findings by how long they have been open (since first seen or reopened). */
export function ageingBuckets(db: StoreDb, projectId: number, now: string = new Date().toISOString()): AgeingBucket[] {
  const project = getProject(db, projectId);
  const where = findingWhere(projectId, project.asvsVersion, {}, now);
  // From the kept counts, grouped by the opening instant (a few distinct values: one per scan or
  // reopening), so the day arithmetic runs once per group instead of once per open finding.
  const rows = db
    .prepare(
      `SELECT rank, CAST(julianday(@now) - julianday(opened) AS INTEGER) AS days, n
       FROM (SELECT f.severity_rank AS rank, f.opened_at AS opened, sum(f.n) AS n FROM finding_counts f WHERE ${where.sql} GROUP BY f.severity_rank, f.opened_at)`,
    )
    .all(where.params) as { rank: number; days: number; n: number }[];
  const buckets: AgeingBucket[] = AGE_BUCKETS.map((b) => ({ label: b.label, maxDays: b.maxDays, counts: zeroCounts(), total: 0 }));
  for (const r of rows) {
    const b = buckets.find((x) => x.maxDays === null || r.days <= x.maxDays)!;
    b.counts[SEVERITIES[r.rank]!] += r.n;
    b.total += r.n;
  }
  return buckets;
}

export interface SlaBreach {
  finding: FindingRow;
  slaDays: number;
  daysOpen: number;
  daysOverdue: number;
}

export interface SlaReport {
  slaDays: Record<Severity, number | null>;
  counts: SeverityCounts;
  total: number;
  /** The longest-overdue breaches first, at most `limit`. */
  breaches: SlaBreach[];
}

/** Open findings older than their severity's SLA (Settings). */
export function slaBreaches(db: StoreDb, projectId: number, options: { now?: string; limit?: number; filter?: FindingFilter } = {}): SlaReport {
  const now = options.now ?? new Date().toISOString();
  const { slaDays } = getSettings(db);
  const counts = zeroCounts();
  const nowMs = Date.parse(now);
  const breaches: SlaBreach[] = [];
  const limit = options.limit ?? 100;
  const project = getProject(db, projectId);
  for (const severity of SEVERITIES) {
    const days = slaDays[severity];
    if (days === null) continue;
    const cutoff = new Date(nowMs - days * DAY_MS).toISOString();
    const filter = { ...options.filter, severity: [severity] };
    const seenLast = scanSeenLast(db, projectId, filter);
    const where = findingWhere(projectId, project.asvsVersion, filter, now, seenLast);
    const source = countSource(filter, seenLast);
    counts[severity] = db.prepare(`SELECT ${source.count} FROM ${source.from} WHERE ${where.sql} AND f.opened_at < @cutoff`).pluck().get({ ...where.params, cutoff }) as number;
    if (counts[severity] === 0 || breaches.length >= limit) continue;
    // The oldest of this severity are the most overdue; fetch only as many as can still make the list.
    const page = listFindings(db, projectId, { filter: { ...options.filter, severity: [severity] }, sort: 'age', direction: 'asc', limit: Math.min(limit, counts[severity]), now });
    for (const finding of page.rows) {
      const ageMs = nowMs - Date.parse(finding.openedAt);
      if (ageMs > days * DAY_MS) breaches.push({ finding, slaDays: days, daysOpen: Math.floor(ageMs / DAY_MS), daysOverdue: Math.floor((ageMs - days * DAY_MS) / DAY_MS) });
    }
  }
  breaches.sort((a, b) => b.daysOverdue - a.daysOverdue || a.finding.id - b.finding.id);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { slaDays, counts, total, breaches: breaches.slice(0, limit) };
}

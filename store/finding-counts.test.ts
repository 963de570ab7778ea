// The kept counts (migration 015) stay exact: after every step of a random history of scans
// (new, persisting, edited, fixed, reopened, cancelled, other tools), triage decisions (every
// status, acceptances that expire), hotspot reviews, bulk triage and a deleted project, the groups
// equal a recount from the findings, and every count the dashboard reads from them equals the same
// count taken over the findings themselves.
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../analyzer/types.js';
import type { StoreDb } from './open-store.js';
import { deleteProject, ensureProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { recordTriage } from './triage.js';
import { recordHotspotReview } from './hotspot-reviews.js';
import { recordBulkTriage } from './bulk-triage.js';
import { findingWhere, listFindings, type FindingFilter } from './queries/findings.js';
import { openCountsBySeverity, topCwes } from './queries/dashboard.js';
import { ageingBuckets, slaBreaches } from './queries/remediation.js';
import { findingFacets } from './queries/facets.js';
import { getProject } from './projects.js';
import { TRIAGE_STATUSES, type TriageStatus } from './types.js';
import { day, finding, manyFindings, scan } from './testing/synthetic.js';
import { removeTempDirs, tempStore } from './testing/temp-db.js';

afterAll(removeTempDirs);

const GROUP = 'project_id, effective_kind, suppression_kind, severity_rank, state, triage_status, triage_expires_at, opened_at, rule_id, title, link_set_id, tool, confidence, last_seen_scan_id';

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sorted(rows: unknown[]): string[] {
  return rows.map((r) => JSON.stringify(r)).sort();
}

/** The groups as kept and as recounted from scratch, and the path list likewise. */
function expectCountsExact(db: StoreDb): void {
  expect(sorted(db.prepare(`SELECT ${GROUP}, n FROM finding_counts`).all())).toEqual(sorted(db.prepare(`SELECT ${GROUP}, count(*) AS n FROM findings GROUP BY ${GROUP}`).all()));
  expect(sorted(db.prepare('SELECT project_id, path, rule_id, n FROM finding_paths').all())).toEqual(
    sorted(db.prepare('SELECT project_id, path, rule_id, count(*) AS n FROM findings GROUP BY project_id, path, rule_id').all()),
  );
  expect(db.prepare('SELECT count(*) FROM finding_counts_pending').pluck().get()).toBe(0);
  // Each finding's last_seen_scan_id is its newest sighting (migration 016).
  expect(db.prepare('SELECT count(*) FROM findings f WHERE f.last_seen_scan_id IS NOT (SELECT max(o.scan_id) FROM occurrences o WHERE o.finding_id = f.id)').pluck().get()).toBe(0);
  // Each group's latest_id is at least its newest member (ids only grow; a member leaving keeps it).
  expect(db.prepare(`SELECT count(*) FROM finding_counts c WHERE c.latest_id < (SELECT max(id) FROM findings f WHERE ${GROUP.split(', ').map((g) => `f.${g} IS c.${g}`).join(' AND ')})`).pluck().get()).toBe(0);
}

const FILTERS: FindingFilter[] = [
  {},
  { kind: ['hotspot'] },
  { kind: ['vulnerability', 'hotspot'], suppressed: 'any' },
  { suppressed: true },
  { severity: ['critical', 'low'], ruleId: ['PY-RULE-3', 'PY-RULE-7'] },
  { cwe: [80, 81] },
  { asvsChapter: ['V2', 'V5'] },
  { triage: ['false_positive'] },
  { triage: ['accepted_risk'] },
  { triage: ['open'], lifecycle: ['reopened'] },
  { lifecycle: ['fixed'] },
  { tool: ['bandit'] },
];

/** Every count read from the kept groups equals the count over the findings, at several instants. */
function expectQueriesExact(db: StoreDb, projectId: number, nows: string[]): void {
  const project = getProject(db, projectId);
  // "Seen by a scan": the newest (read from the kept counts) and older ones (their sightings), and one that does not exist.
  const scans = db.prepare('SELECT id FROM scans WHERE project_id = ? ORDER BY id').pluck().all(projectId) as number[];
  const byScan: FindingFilter[] = [...new Set([scans.at(-1)!, scans.at(-2)!, scans[0]!, scans.at(-1)! + 1000])].flatMap((scanId) => [
    { scanId },
    { scanId, kind: ['vulnerability', 'hotspot'], suppressed: 'any', triage: [...TRIAGE_STATUSES] },
    { scanId, triage: ['accepted_risk'], lifecycle: ['new', 'persisting', 'reopened', 'fixed'] },
  ]);
  for (const now of nows) {
    for (const filter of [...FILTERS, ...byScan]) {
      const where = findingWhere(projectId, project.asvsVersion, filter, now);
      const direct = db.prepare(`SELECT count(*) FROM findings f WHERE ${where.sql}`).pluck().get(where.params);
      expect({ filter, now, total: listFindings(db, projectId, { filter, now, limit: 1 }).total }).toEqual({ filter, now, total: direct });
      const bySeverity = db.prepare(`SELECT f.severity_rank AS rank, count(*) AS n FROM findings f WHERE ${where.sql} GROUP BY 1`).all(where.params) as { rank: number; n: number }[];
      expect(Object.values(openCountsBySeverity(db, projectId, now, filter)).reduce((a, b) => a + b, 0)).toBe(bySeverity.reduce((a, r) => a + r.n, 0));
    }
    const open = findingWhere(projectId, project.asvsVersion, {}, now);
    const cwes = db
      .prepare(`SELECT c.cwe, count(*) AS count FROM findings f JOIN link_set_cwes c ON c.set_id = f.link_set_id WHERE ${open.sql} GROUP BY c.cwe ORDER BY count DESC, c.cwe LIMIT 10`)
      .all(open.params);
    expect(topCwes(db, projectId, 10, now)).toEqual(cwes);
    const ages = db
      .prepare(`SELECT count(*) FROM findings f WHERE ${open.sql}`)
      .pluck()
      .get(open.params);
    expect(ageingBuckets(db, projectId, now).reduce((a, b) => a + b.total, 0)).toBe(ages);
    const sla = slaBreaches(db, projectId, { now });
    const overdue = db.prepare(`SELECT count(*) FROM findings f WHERE ${open.sql} AND f.severity_rank = 0 AND f.opened_at < @cutoff`).pluck().get({ ...open.params, cutoff: new Date(Date.parse(now) - (sla.slaDays.critical ?? 0) * 86_400_000).toISOString() });
    if (sla.slaDays.critical !== null) expect(sla.counts.critical).toBe(overdue);
  }
  const facets = findingFacets(db, projectId);
  const rules = db.prepare("SELECT rule_id AS id, count(*) AS count FROM findings WHERE project_id = ? AND state <> 'fixed' GROUP BY rule_id").all(projectId) as { id: string; count: number }[];
  expect(sorted(facets.rules.map((r) => ({ id: r.id, count: r.count })))).toEqual(sorted(rules));
}

/** Text searches (finding_paths) give the same total and rows as the test of every finding's path and rule. */
function expectTextSearchExact(db: StoreDb, projectId: number, now: string): void {
  for (const text of ['module7', 'PKG1', 'rule-3', 'nothing-like-it', '_', '%']) {
    const escaped = `%${text.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const where = findingWhere(projectId, 'x', {}, now);
    const direct = db
      .prepare(`SELECT f.id FROM findings f WHERE ${where.sql} AND (f.path LIKE @t ESCAPE '\\' OR f.rule_id LIKE @t ESCAPE '\\') ORDER BY f.severity_rank, f.path, f.start_line, f.id`)
      .pluck()
      .all({ ...where.params, t: escaped });
    const page = listFindings(db, projectId, { filter: { text }, now, limit: 1000 });
    expect({ text, total: page.total, ids: page.rows.map((r) => r.id) }).toEqual({ text, total: direct.length, ids: direct.slice(0, 1000) });
  }
}

describe('kept finding counts', () => {
  it('equal a recount after a random history of scans and decisions', () => {
    const { db } = tempStore();
    const rnd = random(1313);
    const p = ensureProject(db, { rootPath: '/srv/shop' }).id;
    const q = ensureProject(db, { rootPath: '/srv/other' }).id;
    const pool = manyFindings(1_500);
    const hotspots: Finding[] = manyFindings(200, 70_000).map((f) => ({ ...f, kind: 'hotspot' as const }));
    for (let step = 0; step < 12; step++) {
      const at = day(step * 10);
      const kind = rnd();
      if (kind < 0.6) {
        // A scan seeing a random part of the pool (the rest is fixed by complete scans), some edited.
        const seen = [...pool, ...hotspots]
          .filter(() => rnd() < 0.7)
          .map((f, i) => (rnd() < 0.05 ? { ...f, severity: 'critical' as const, message: `${f.message} (edited ${step})`, suppression: i % 2 ? { kind: 'nosec' as const, justification: null, line: 1 } : null } : f));
        const status = rnd() < 0.2 ? 'cancelled' : 'complete';
        recordScan(db, p, scan(seen, { startedAt: at, status }), { now: at });
      } else if (kind < 0.7) {
        recordScan(db, p, scan([finding({ fingerprint: `bandit:${step}`, tool: 'bandit', ruleId: 'B101' })], { tool: 'bandit', status: 'imported', startedAt: at }), { now: at });
      } else {
        recordScan(db, q, scan(manyFindings(300, 90_000 + step * 100), { startedAt: at }), { now: at });
      }
      // Decisions on random unfixed findings: every status, acceptances with short and long expiries.
      const ids = db.prepare("SELECT id, kind FROM findings WHERE project_id = ? AND state <> 'fixed' ORDER BY id").all(p) as { id: number; kind: string }[];
      for (let d = 0; d < 25 && ids.length; d++) {
        const f = ids[Math.floor(rnd() * ids.length)]!;
        const status = TRIAGE_STATUSES[Math.floor(rnd() * TRIAGE_STATUSES.length)]! as TriageStatus;
        const decisionAt = day(step * 10 + 1, d % 20);
        if (f.kind === 'hotspot' && rnd() < 0.5) {
          recordHotspotReview(db, { findingId: f.id, verdict: rnd() < 0.5 ? 'safe' : 'needs_fix', reason: 'looked', at: decisionAt });
        } else {
          recordTriage(db, { findingId: f.id, status, reason: 'test', expiresAt: status === 'accepted_risk' ? day(step * 10 + 1 + Math.floor(rnd() * 30), 23) : null, at: decisionAt });
        }
      }
      if (step % 4 === 3) recordBulkTriage(db, { projectId: p, filter: { ruleId: [`PY-RULE-${step}`] }, status: 'confirmed', at: day(step * 10 + 2) });
      expectCountsExact(db);
    }
    const nows = [day(0), day(60), day(119, 12), day(200)];
    expectQueriesExact(db, p, nows);
    expectQueriesExact(db, q, nows);
    expectTextSearchExact(db, p, day(130));
    deleteProject(db, q);
    expectCountsExact(db);
    expect(db.prepare('SELECT count(*) FROM finding_counts WHERE project_id = ?').pluck().get(q)).toBe(0);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject, deleteProject, listProjects } from '../projects.js';
import { recordScan } from '../record-scan.js';
import { recordTriage, findingIdsByFingerprint } from '../triage.js';
import { setSlaDays } from '../settings.js';
import { listFindings } from './findings.js';
import { meanTimeToRemediate, ageingBuckets, slaBreaches } from './remediation.js';
import { complianceHistory } from './compliance.js';
import { openCountsBySeverity, topCwes, projectSummaries } from './dashboard.js';
import { day, finding, scan } from '../testing/synthetic.js';
import { removeTempDirs, tempStore } from '../testing/temp-db.js';
import type { CoverageSnapshotRow } from '../types.js';

afterAll(removeTempDirs);

function seeded() {
  const { db } = tempStore();
  const projectId = ensureProject(db, { rootPath: '/srv/shop', name: 'shop' }).id;
  recordScan(db, projectId, scan([
    finding({ fingerprint: 'sql', severity: 'critical', ruleId: 'PY-INJ-SQL', path: 'shop/views.py', line: 12, cwe: [89], asvs: ['V1.2.4'] }),
    finding({ fingerprint: 'xss', severity: 'high', ruleId: 'PY-XSS', path: 'shop/templates.py', line: 3, cwe: [79], asvs: ['V1.2.1'] }),
    finding({ fingerprint: 'csrf', severity: 'medium', ruleId: 'PY-CSRF', path: 'shop/settings.py', line: 40, cwe: [352], asvs: ['V3.5.1'] }),
    finding({ fingerprint: 'rand', severity: 'low', ruleId: 'PY-RANDOM', path: 'shop/tokens.py', line: 7, cwe: [330], asvs: ['V11.5.1'] }),
    finding({ fingerprint: 'sql2', severity: 'high', ruleId: 'PY-INJ-SQL', path: 'shop/api.py', line: 88, cwe: [89], asvs: ['V1.2.4'] }),
  ], { startedAt: day(0) }));
  return { db, projectId };
}

const fps = (rows: { fingerprint: string }[]) => rows.map((r) => r.fingerprint);

describe('listFindings', () => {
  it('filters by severity, CWE, ASVS chapter and requirement, rule, file and text', () => {
    const { db, projectId } = seeded();
    expect(fps(listFindings(db, projectId, { filter: { severity: ['high'] } }).rows)).toEqual(['sql2', 'xss']);
    expect(fps(listFindings(db, projectId, { filter: { cwe: [89] } }).rows)).toEqual(['sql', 'sql2']);
    expect(fps(listFindings(db, projectId, { filter: { asvsChapter: ['V1'] } }).rows)).toEqual(['sql', 'sql2', 'xss']);
    expect(fps(listFindings(db, projectId, { filter: { asvsChapter: ['v11'] } }).rows)).toEqual(['rand']);
    expect(fps(listFindings(db, projectId, { filter: { asvsRequirement: ['V3.5.1'] } }).rows)).toEqual(['csrf']);
    expect(fps(listFindings(db, projectId, { filter: { ruleId: ['PY-INJ-SQL'], severity: ['critical'] } }).rows)).toEqual(['sql']);
    expect(fps(listFindings(db, projectId, { filter: { path: ['shop/tokens.py'] } }).rows)).toEqual(['rand']);
    expect(fps(listFindings(db, projectId, { filter: { text: 'TEMPLATES' } }).rows)).toEqual(['xss']);
    // Case is ignored both ways: upper-case rule ids match lower-case text.
    expect(fps(listFindings(db, projectId, { filter: { text: 'py-rand' } }).rows)).toEqual(['rand']);
    expect(fps(listFindings(db, projectId, { filter: { text: 'Shop/Tok' } }).rows)).toEqual(['rand']);
    // LIKE wildcards in the search text are literal.
    expect(listFindings(db, projectId, { filter: { text: '%' } }).total).toBe(0);
    expect(listFindings(db, projectId, { filter: { severity: [] } }).total).toBe(0);
  });

  it('sorts, pages and reports the total', () => {
    const { db, projectId } = seeded();
    const p1 = listFindings(db, projectId, { sort: 'path', limit: 2 });
    const p2 = listFindings(db, projectId, { sort: 'path', limit: 2, offset: 2 });
    const p3 = listFindings(db, projectId, { sort: 'path', limit: 2, offset: 4 });
    expect([p1.total, p2.total, p3.total]).toEqual([5, 5, 5]);
    expect([...p1.rows, ...p2.rows, ...p3.rows].map((r) => r.path)).toEqual(['shop/api.py', 'shop/settings.py', 'shop/templates.py', 'shop/tokens.py', 'shop/views.py']);
    expect(fps(listFindings(db, projectId, { sort: 'severity', direction: 'desc', limit: 1 }).rows)).toEqual(['rand']);
    expect(listFindings(db, projectId).rows.map((r) => r.severity)).toEqual(['critical', 'high', 'high', 'medium', 'low']);
  });

  it('by status: triage decisions and fixed findings', () => {
    const { db, projectId } = seeded();
    recordTriage(db, { findingId: findingIdsByFingerprint(db, 'xss')[0]!.id, status: 'false_positive', reason: 'escaped by template' });
    recordTriage(db, { findingId: findingIdsByFingerprint(db, 'csrf')[0]!.id, status: 'confirmed' });
    expect(listFindings(db, projectId).total).toBe(4);
    expect(fps(listFindings(db, projectId, { filter: { triage: ['false_positive'] } }).rows)).toEqual(['xss']);
    expect(fps(listFindings(db, projectId, { filter: { triage: ['confirmed'] } }).rows)).toEqual(['csrf']);
    recordScan(db, projectId, scan([finding({ fingerprint: 'sql', severity: 'critical' })], { startedAt: day(3) }));
    expect(fps(listFindings(db, projectId, { filter: { lifecycle: ['fixed'], triage: ['open', 'confirmed', 'false_positive'] } }).rows)).toEqual(['sql2', 'xss', 'csrf', 'rand']);
  });
});

describe('remediation', () => {
  it('mean time to remediate per severity, ignoring false positives', () => {
    const { db, projectId } = seeded();
    recordTriage(db, { findingId: findingIdsByFingerprint(db, 'rand')[0]!.id, status: 'false_positive', reason: 'not a token' });
    recordScan(db, projectId, scan([finding({ fingerprint: 'sql2', severity: 'high' }), finding({ fingerprint: 'xss', severity: 'high' }), finding({ fingerprint: 'csrf', severity: 'medium' })], { startedAt: day(4) }));
    recordScan(db, projectId, scan([finding({ fingerprint: 'csrf', severity: 'medium' })], { startedAt: day(10) }));
    const m = Object.fromEntries(meanTimeToRemediate(db, projectId).map((r) => [r.severity, r]));
    expect(m.critical).toEqual({ severity: 'critical', fixes: 1, meanDays: 4 });
    expect(m.high).toEqual({ severity: 'high', fixes: 2, meanDays: 10 });
    expect(m.medium).toEqual({ severity: 'medium', fixes: 0, meanDays: null });
    expect(m.low!.fixes).toBe(0);
  });

  it('ageing buckets of open findings', () => {
    const { db, projectId } = seeded();
    recordScan(db, projectId, scan([finding({ fingerprint: 'sql', severity: 'critical' }), finding({ fingerprint: 'late', severity: 'low' })], { startedAt: day(60) }));
    const buckets = ageingBuckets(db, projectId, day(70));
    // 'late' has been open 10 days, 'sql' 70; the rest were fixed by the day-60 scan.
    expect(buckets.map((b) => b.total)).toEqual([0, 1, 1, 0, 0]);
    expect(buckets[1]!.counts.low).toBe(1);
    expect(buckets[2]!.counts.critical).toBe(1);
    expect(ageingBuckets(db, projectId, day(200)).map((b) => b.total)).toEqual([0, 0, 0, 1, 1]);
  });

  it('SLA breaches per configured SLA days', () => {
    const { db, projectId } = seeded();
    setSlaDays(db, 'low', null);
    const r = slaBreaches(db, projectId, { now: day(35) });
    // critical 7 days, high 30, medium 90: at day 35 critical and both highs are overdue.
    expect(r.counts).toEqual({ critical: 1, high: 2, medium: 0, low: 0, info: 0 });
    expect(r.breaches.map((b) => [b.finding.fingerprint, b.daysOverdue])).toEqual([['sql', 28], ['xss', 5], ['sql2', 5]]);
    expect(() => setSlaDays(db, 'high', -1)).toThrow(/whole number/);
  });
});

describe('dashboard and compliance', () => {
  it('open counts, top CWEs, compliance per level per scan and project summaries', () => {
    const { db, projectId } = seeded();
    expect(openCountsBySeverity(db, projectId)).toEqual({ critical: 1, high: 2, medium: 1, low: 1, info: 0 });
    expect(topCwes(db, projectId, 2)).toEqual([{ cwe: 89, count: 2 }, { cwe: 79, count: 1 }]);
    const rows: CoverageSnapshotRow[] = [
      { asvsVersion: '5.0.0', requirementId: 'V1.2.4', level: 1, chapter: 'V1', status: 'failing', reason: 'test' },
      { asvsVersion: '5.0.0', requirementId: 'V1.2.1', level: 1, chapter: 'V1', status: 'passing_automated', reason: 'test' },
      { asvsVersion: '5.0.0', requirementId: 'V3.5.1', level: 2, chapter: 'V3', status: 'not_applicable', reason: 'test' },
      { asvsVersion: '5.0.0', requirementId: 'V7.2.1', level: 2, chapter: 'V7', status: 'not_verified', reason: 'test' },
      { asvsVersion: '5.0.0', requirementId: 'V11.5.1', level: 3, chapter: 'V11', status: 'passing_attested', reason: 'test' },
    ];
    recordScan(db, projectId, scan([], { startedAt: day(1) }), { coverage: () => rows });
    const [first, second] = complianceHistory(db, projectId);
    expect(first!.levels.every((l) => l.compliance === null)).toBe(true);
    expect(second!.asvsVersion).toBe('5.0.0');
    expect(second!.levels.map((l) => [l.level, l.total, l.compliance])).toEqual([[1, 2, 0.5], [2, 4, 0.5], [3, 5, 0.6]]);
    const [summary] = projectSummaries(db);
    expect(summary!.project.name).toBe('shop');
    expect(summary!.compliance).toMatchObject({ level: 2, counts: { failing: 1, not_verified: 1 } });
    expect(summary!.open).toEqual({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });
  });

  it('deleting a project removes its whole history', () => {
    const { db, projectId } = seeded();
    recordTriage(db, { findingId: findingIdsByFingerprint(db, 'xss')[0]!.id, status: 'confirmed' });
    deleteProject(db, projectId);
    expect(listProjects(db)).toEqual([]);
    for (const t of ['scans', 'findings', 'occurrences', 'triage_events', 'finding_cwes']) {
      expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
    }
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { recordBulkTriage } from './bulk-triage.js';
import { triageHistory } from './triage.js';
import { listFindings } from './queries/findings.js';
import { day, finding, manyFindings, scan } from './testing/synthetic.js';
import { removeTempDirs, tempStore } from './testing/temp-db.js';
import { StoreInputError } from './errors.js';

afterAll(removeTempDirs);

describe('bulk triage', () => {
  it('decides every finding matching a filter, one audit event each', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
    recordScan(db, projectId, scan([...manyFindings(60), finding({ fingerprint: 'keep', severity: 'critical' })], { startedAt: day(0) }));
    const before = listFindings(db, projectId, { limit: 1000, now: day(1) });
    const target = before.rows.filter((r) => r.severity !== 'critical');
    const out = recordBulkTriage(db, { projectId, filter: { severity: [...new Set(target.map((r) => r.severity))] }, status: 'accepted_risk', reason: 'legacy module, rewrite planned', expiresAt: '2030-06-30', actor: 'Dana', at: day(1) });
    expect(out.count).toBe(target.length);
    for (const r of target) {
      const events = triageHistory(db, r.id);
      expect(events.map((e) => [e.status, e.reason, e.actor, e.expiresAt])).toEqual([['accepted_risk', 'legacy module, rewrite planned', 'Dana', '2030-06-30T00:00:00.000Z']]);
    }
    const after = listFindings(db, projectId, { limit: 1000, now: day(2) });
    expect(after.rows.map((r) => r.fingerprint)).toEqual(before.rows.filter((r) => r.severity === 'critical').map((r) => r.fingerprint));
  });

  it('decides selected ids, and records nothing when one is wrong or the decision is invalid', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
    const other = ensureProject(db, { rootPath: '/srv/other' }).id;
    recordScan(db, projectId, scan(manyFindings(5), { startedAt: day(0) }));
    recordScan(db, other, scan([finding({ fingerprint: 'x' })], { startedAt: day(0) }));
    const ids = listFindings(db, projectId).rows.map((r) => r.id);
    const foreign = listFindings(db, other).rows[0]!.id;
    expect(() => recordBulkTriage(db, { projectId, findingIds: [...ids, foreign], status: 'confirmed' })).toThrow(StoreInputError);
    expect(() => recordBulkTriage(db, { projectId, findingIds: ids, status: 'false_positive', reason: ' ' })).toThrow(/justification/);
    expect(() => recordBulkTriage(db, { projectId, filter: { ruleId: ['NOPE'] }, status: 'confirmed' })).toThrow(/No finding matches/);
    expect(db.prepare('SELECT count(*) FROM triage_events').pluck().get()).toBe(0);
    expect(recordBulkTriage(db, { projectId, findingIds: [ids[0]!, ids[1]!, ids[0]!], status: 'confirmed' }).count).toBe(2);
    expect(db.prepare('SELECT count(*) FROM triage_events').pluck().get()).toBe(2);
  });
});

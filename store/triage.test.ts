import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { recordTriage, triageHistory, findingIdsByFingerprint } from './triage.js';
import { listFindings, getFinding } from './queries/findings.js';
import { scanHistory } from './queries/history.js';
import { setReviewer } from './settings.js';
import { day, finding, scan } from './testing/synthetic.js';
import { removeTempDirs, tempStore } from './testing/temp-db.js';
import { StoreInputError } from './errors.js';

afterAll(removeTempDirs);

function setup() {
  const { db } = tempStore();
  const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
  recordScan(db, projectId, scan([finding({ fingerprint: 'a' }), finding({ fingerprint: 'b' })], { startedAt: day(0) }));
  const id = (fp: string) => findingIdsByFingerprint(db, fp, projectId)[0]!.id;
  return { db, projectId, id };
}

describe('triage', () => {
  it('requires a justification for false positive and accepted risk, and an expiry for accepted risk', () => {
    const { db, id } = setup();
    expect(() => recordTriage(db, { findingId: id('a'), status: 'false_positive', reason: '  ' })).toThrow(/needs a justification/);
    expect(() => recordTriage(db, { findingId: id('a'), status: 'accepted_risk', reason: 'legacy' })).toThrow(/needs an expiry date/);
    expect(() => recordTriage(db, { findingId: id('a'), status: 'confirmed', expiresAt: '2030-01-01' })).toThrow(/Only an accepted risk/);
    expect(() => recordTriage(db, { findingId: id('a'), status: 'accepted_risk', reason: 'x', expiresAt: 'soon' })).toThrow(StoreInputError);
    expect(() => recordTriage(db, { findingId: 999, status: 'confirmed' })).toThrow(/No finding with id 999/);
    expect(triageHistory(db, id('a'))).toEqual([]);
  });

  it('records who, when and why as append-only events; the database refuses edits', () => {
    const { db, id } = setup();
    setReviewer(db, 'Dana Reviewer');
    recordTriage(db, { findingId: id('a'), status: 'confirmed', reason: 'reproduced', at: day(1) });
    recordTriage(db, { findingId: id('a'), status: 'false_positive', reason: 'input is an int', at: day(2), actor: 'Lee' });
    expect(triageHistory(db, id('a')).map((e) => [e.status, e.actor, e.at, e.reason])).toEqual([
      ['confirmed', 'Dana Reviewer', day(1), 'reproduced'],
      ['false_positive', 'Lee', day(2), 'input is an int'],
    ]);
    expect(() => db.prepare("UPDATE triage_events SET reason = 'edited'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM triage_events').run()).toThrow(/append-only/);
    // Constraints hold even for writers that bypass recordTriage.
    expect(() => db.prepare("INSERT INTO triage_events (finding_id, status, reason, actor, at) VALUES (?, 'false_positive', '', 'x', 'y')").run(id('b'))).toThrow(/CHECK/);
  });

  it('an expired risk acceptance reads as open again', () => {
    const { db, projectId, id } = setup();
    recordTriage(db, { findingId: id('a'), status: 'accepted_risk', reason: 'vendor fix due in March', expiresAt: day(30), at: day(1) });
    expect(listFindings(db, projectId, { now: day(10) }).rows.map((r) => r.fingerprint)).toEqual(['b']);
    const later = listFindings(db, projectId, { now: day(31) });
    expect(later.rows.map((r) => r.fingerprint).sort()).toEqual(['a', 'b']);
    expect(later.rows.find((r) => r.fingerprint === 'a')).toMatchObject({ triage: 'open', triageRecorded: 'accepted_risk', triageExpiresAt: day(30) });
    expect(listFindings(db, projectId, { now: day(10), filter: { triage: ['accepted_risk'] } }).total).toBe(1);
  });

  it('follows the fingerprint into later scans, and history counts use the decision in force', () => {
    const { db, projectId, id } = setup();
    const before = id('a');
    recordTriage(db, { findingId: before, status: 'false_positive', reason: 'sanitised upstream', at: day(1) });
    recordScan(db, projectId, scan([finding({ fingerprint: 'a', line: 40 }), finding({ fingerprint: 'b' })], { startedAt: day(2) }), { now: day(2) });
    expect(id('a')).toBe(before);
    expect(getFinding(db, before)).toMatchObject({ triage: 'false_positive', startLine: 40 });
    expect(scanHistory(db, projectId).map((h) => h.totals.open)).toEqual([2, 1]);
  });
});

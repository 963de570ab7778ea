import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject } from '../projects.js';
import { recordScan } from '../record-scan.js';
import { recordTriage, findingIdsByFingerprint } from '../triage.js';
import { StoreInputError } from '../errors.js';
import { day, finding, scan } from '../testing/synthetic.js';
import { removeTempDirs, tempStore } from '../testing/temp-db.js';
import { diffScans } from './diff.js';

afterAll(removeTempDirs);

describe('diffScans', () => {
  it('lists new, fixed, still open and changed findings between any two scans', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
    const s1 = recordScan(db, projectId, scan([finding({ fingerprint: 'a' }), finding({ fingerprint: 'b' }), finding({ fingerprint: 'c', severity: 'medium' })], { startedAt: day(0) })).scanId;
    const id = (fp: string) => findingIdsByFingerprint(db, fp, projectId)[0]!.id;
    recordTriage(db, { findingId: id('b'), status: 'false_positive', reason: 'constant input', at: day(1) });
    // Scan 2: a is fixed, c got worse, d is new; b is still seen but now closed by a person.
    const s2 = recordScan(db, projectId, scan([finding({ fingerprint: 'b' }), finding({ fingerprint: 'c', severity: 'critical' }), finding({ fingerprint: 'd' })], { startedAt: day(2) })).scanId;
    const s3 = recordScan(db, projectId, scan([finding({ fingerprint: 'c', severity: 'critical' }), finding({ fingerprint: 'd' })], { startedAt: day(3) })).scanId;

    const d = diffScans(db, projectId, { fromScanId: s1, toScanId: s2, now: day(9) });
    expect(d.counts).toEqual({ new: 1, fixed: 1, stillOpen: 1, changed: 1 });
    expect(d.new.map((f) => f.fingerprint)).toEqual(['d']);
    expect(d.fixed.map((f) => f.fingerprint)).toEqual(['a']);
    expect(d.stillOpen.map((f) => f.fingerprint)).toEqual(['c']);
    const changes = Object.fromEntries(d.changed.map((c) => [c.fingerprint, [c.from, c.to]]));
    // b was triaged after scan 1, while scan 1 was still the latest: the decision belongs to that reign.
    expect(changes.b).toBeUndefined();
    expect(changes.c).toEqual([{ severity: 'medium', status: 'open' }, { severity: 'critical', status: 'open' }]);

    // Defaults: the last two scans.
    const latest = diffScans(db, projectId, { now: day(9) });
    expect([latest.from.id, latest.to.id]).toEqual([s2, s3]);
    expect(latest.fixed.map((f) => f.fingerprint)).toEqual(['b']);
    expect(latest.new).toEqual([]);
    expect(latest.changed).toEqual([]);
    // A decision taken after the newest scan counts for it: status open → confirmed.
    recordTriage(db, { findingId: id('c'), status: 'confirmed', reason: 'reproduced', at: day(3, 12) });
    expect(diffScans(db, projectId, { now: day(9) }).changed.map((c) => [c.fingerprint, c.from.status, c.to.status])).toEqual([['c', 'open', 'confirmed']]);
    // Any two scans, in either gap.
    expect(diffScans(db, projectId, { fromScanId: s1, toScanId: s3, now: day(9) }).fixed.map((f) => f.fingerprint).sort()).toEqual(['a', 'b']);
  });

  it('refuses scans of another project and a project with one scan', () => {
    const { db } = tempStore();
    const p1 = ensureProject(db, { rootPath: '/srv/one' }).id;
    const p2 = ensureProject(db, { rootPath: '/srv/two' }).id;
    const only = recordScan(db, p1, scan([finding({ fingerprint: 'a' })], { startedAt: day(0) })).scanId;
    recordScan(db, p2, scan([finding({ fingerprint: 'a' })], { startedAt: day(0) }));
    recordScan(db, p2, scan([], { startedAt: day(1) }));
    expect(() => diffScans(db, p1)).toThrow(/needs two scans/);
    expect(() => diffScans(db, p2, { fromScanId: only })).toThrow(StoreInputError);
  });
});

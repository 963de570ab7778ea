// Live standings from the frozen per-scan groups plus the triaged findings give what joining every
// sighting gave, through triage of every kind, expiry, suppressions with and without a reason.
import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject } from '../projects.js';
import { recordScan } from '../record-scan.js';
import { recordTriage } from '../triage.js';
import { recordHotspotReview } from '../hotspot-reviews.js';
import { findingStandings, findingStandingsFromSightings, type StandingGroup } from './standings.js';
import { sql as migration008 } from '../migrations/008-scale.js';
import { day, finding, manyFindings, scan } from '../testing/synthetic.js';
import { removeTempDirs, tempStore } from '../testing/temp-db.js';
import type { StoreDb } from '../open-store.js';
import type { Finding } from '../../analyzer/types.js';

afterAll(removeTempDirs);

const sorted = (gs: StandingGroup[]) => [...gs].sort((a, b) => `${a.ruleId}|${a.requirementId}|${a.standing}`.localeCompare(`${b.ruleId}|${b.requirementId}|${b.standing}`));

function history(): { db: StoreDb; scans: number[] } {
  const { db } = tempStore();
  const p = ensureProject(db, { rootPath: '/srv/shop' }).id;
  const extra: Finding[] = [
    { ...finding({ fingerprint: 'sup-reason', asvs: ['V1.2.4', 'V1.2.4'] }), suppression: { kind: 'nosec', justification: 'constant query', line: 10 } },
    { ...finding({ fingerprint: 'sup-blank' }), suppression: { kind: 'assay-ignore', justification: '   ', line: 10 } },
    { ...finding({ fingerprint: 'sup-none' }), suppression: { kind: 'nosec', justification: null, line: 10 } },
    finding({ fingerprint: 'hot-1', kind: 'hotspot', ruleId: 'PY-CRYPTO-WEAK-HASH', asvs: ['V11.4.1'] }),
    finding({ fingerprint: 'hot-2', kind: 'hotspot', ruleId: 'PY-CRYPTO-WEAK-HASH', asvs: ['V11.4.1'] }),
    finding({ fingerprint: 'hot-3', kind: 'hotspot', ruleId: 'PY-CRYPTO-WEAK-HASH', asvs: ['V11.4.1'] }),
  ];
  const base = [...manyFindings(600), ...extra];
  const scans = [recordScan(db, p, scan(base, { startedAt: day(0) })).scanId];
  const id = (fp: string) => db.prepare('SELECT id FROM findings WHERE fingerprint = ?').pluck().get(fp) as number;
  recordTriage(db, { findingId: id('fp000000000003'), status: 'false_positive', reason: 'test', at: day(1) });
  recordTriage(db, { findingId: id('fp000000000004'), status: 'accepted_risk', reason: 'later', expiresAt: day(20), at: day(1) });
  recordTriage(db, { findingId: id('fp000000000005'), status: 'accepted_risk', reason: 'short', expiresAt: day(2), at: day(1) });
  recordTriage(db, { findingId: id('fp000000000006'), status: 'confirmed', at: day(1) });
  recordTriage(db, { findingId: id('fp000000000007'), status: 'false_positive', reason: 'first', at: day(1) });
  recordTriage(db, { findingId: id('fp000000000007'), status: 'open', at: day(1, 2) });
  recordTriage(db, { findingId: id('sup-reason'), status: 'accepted_risk', reason: 'x', expiresAt: day(40), at: day(1) });
  recordHotspotReview(db, { findingId: id('hot-1'), verdict: 'safe', reason: 'checksum only', at: day(1) });
  recordHotspotReview(db, { findingId: id('hot-2'), verdict: 'needs_fix', at: day(1) });
  scans.push(recordScan(db, p, scan([...base.slice(0, 400), ...extra], { startedAt: day(3) })).scanId);
  return { db, scans };
}

describe('findingStandings', () => {
  it('equals the sightings join for every scan, version and moment (before and after expiries)', () => {
    const { db, scans } = history();
    for (const scanId of scans) {
      for (const version of ['5.0.0', '4.0.3'] as const) {
        for (const now of [day(1, 12), day(10), day(50)]) {
          const fast = sorted(findingStandings(db, scanId, version, now));
          expect(fast.length).toBeGreaterThan(0);
          expect({ scanId, version, now, fast }).toEqual({ scanId, version, now, fast: sorted(findingStandingsFromSightings(db, scanId, version, now)) });
        }
      }
    }
    const standings = new Set(findingStandings(db, scans[1]!, '5.0.0', day(10)).map((g) => g.standing));
    expect(standings.size).toBeGreaterThanOrEqual(5);
    db.close();
  });

  it("migration 008's fill of existing scans writes what recording writes", () => {
    const { db } = history();
    const rows = () => db.prepare('SELECT * FROM scan_standings ORDER BY scan_id, asvs_version, rule_id, requirement_id, kind, suppressed, justified').all();
    const recorded = rows();
    expect(recorded.length).toBeGreaterThan(20);
    db.exec('DELETE FROM scan_standings');
    db.exec(migration008.slice(migration008.indexOf('INSERT INTO scan_standings')));
    expect(rows()).toEqual(recorded);
    db.close();
  });
});

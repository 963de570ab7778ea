// Reviewing hotspots: "safe — why" is evidence, "needs fix" makes a confirmed vulnerability, and an
// unreviewed hotspot keeps its requirement not verified (never failing, never passing).
import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { listFindings } from './queries/findings.js';
import { scanHistory } from './queries/history.js';
import { liveCoverage, type CoverageRule } from './coverage-provider.js';
import { emptyScanFacts } from '../domain/index.js';
import { hotspotReviewCounts, recordHotspotReview } from './hotspot-reviews.js';
import { triageHistory } from './triage.js';
import { StoreInputError } from './errors.js';
import { day, finding, scan } from './testing/synthetic.js';
import { removeTempDirs, tempStore } from './testing/temp-db.js';

afterAll(removeTempDirs);

const RULE: CoverageRule = { id: 'PY-CRYPTO-WEAK-HASH', asvs: { '5.0.0': ['V11.4.1'] }, needs: [{ kind: 'python_source' }] };
const FACTS = { ...emptyScanFacts(), pythonFiles: 1 };

function setup() {
  const { db } = tempStore();
  const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
  const spot = finding({ fingerprint: 'h1', kind: 'hotspot', ruleId: RULE.id, asvs: ['V11.4.1'] });
  const spot2 = finding({ fingerprint: 'h2', kind: 'hotspot', ruleId: RULE.id, asvs: ['V11.4.1'], line: 20 });
  const { scanId } = recordScan(db, projectId, { ...scan([spot, spot2], { startedAt: day(0) }), rulesRun: [RULE.id], frameworks: [], facts: FACTS });
  const ids = listFindings(db, projectId, { filter: { kind: ['hotspot'] } }).rows.map((r) => r.id);
  return { db, projectId, scanId, ids };
}

const statusOf = (db: ReturnType<typeof setup>['db'], projectId: number, scanId: number) => {
  const r = liveCoverage(db, [RULE], projectId, scanId, '5.0.0', 3).requirements.find((x) => x.id === 'V11.4.1')!;
  return [r.status, r.reason];
};

describe('hotspot reviews', () => {
  it('keeps a hotspot-only requirement not verified until every hotspot is reviewed safe', () => {
    const { db, projectId, scanId, ids } = setup();
    expect(statusOf(db, projectId, scanId)).toEqual(['not_verified', '2 security hotspots of PY-CRYPTO-WEAK-HASH await review']);
    expect(() => recordHotspotReview(db, { findingId: ids[0]!, verdict: 'safe', reason: '  ' })).toThrow(StoreInputError);
    recordHotspotReview(db, { findingId: ids[0]!, verdict: 'safe', reason: 'MD5 is an ETag of public files, not a secret', actor: 'ana' });
    expect(statusOf(db, projectId, scanId)[0]).toBe('not_verified');
    recordHotspotReview(db, { findingId: ids[1]!, verdict: 'safe', reason: 'cache key only', actor: 'ana' });
    expect(statusOf(db, projectId, scanId)).toEqual(['passing_automated', 'PY-CRYPTO-WEAK-HASH ran and found nothing: 1 Python file; 2 hotspots reviewed safe']);
    expect(hotspotReviewCounts(db, scanId)).toEqual([{ ruleId: RULE.id, unreviewed: 0, safe: 2, needsFix: 0 }]);
    // The review is an append-only triage event with its reason.
    expect(triageHistory(db, ids[0]!).map((e) => [e.status, e.reason, e.actor])).toEqual([['false_positive', 'MD5 is an ETag of public files, not a secret', 'ana']]);
  });

  it('turns a hotspot that needs a fix into a confirmed vulnerability that fails its requirement', () => {
    const { db, projectId, scanId, ids } = setup();
    recordHotspotReview(db, { findingId: ids[0]!, verdict: 'needs_fix', reason: 'the MD5 hashes reset tokens' });
    const vulns = listFindings(db, projectId).rows;
    expect(vulns.map((r) => [r.id, r.triage])).toEqual([[ids[0], 'confirmed']]);
    expect(listFindings(db, projectId, { filter: { kind: ['hotspot'] } }).rows.map((r) => r.id)).toEqual([ids[1]]);
    expect(statusOf(db, projectId, scanId)[0]).toBe('failing');
    // A rescan counts it with the vulnerabilities.
    recordScan(db, projectId, { ...scan([finding({ fingerprint: 'h1', kind: 'hotspot', ruleId: RULE.id, asvs: ['V11.4.1'] })], { startedAt: day(1) }), rulesRun: [RULE.id] });
    expect(scanHistory(db, projectId).at(-1)!.totals.open).toBe(1);
  });

  it('refuses to review a vulnerability', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/b' }).id;
    recordScan(db, projectId, scan([finding({ fingerprint: 'v1' })]));
    const [v] = listFindings(db, projectId).rows;
    expect(() => recordHotspotReview(db, { findingId: v!.id, verdict: 'safe', reason: 'x' })).toThrow(/not a hotspot/);
  });
});

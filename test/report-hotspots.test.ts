// Reports list hotspots in their own section with what to check and each review; the findings and
// the open counts are vulnerabilities only, and a hotspot never makes a requirement fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../analyzer/rules/index.js';
import { buildReportModel, renderHtml } from '../report/index.js';
import { listFindings, recordHotspotReview } from '../store/index.js';
import { recordInNewDb, scanDemo, type ReportDb } from './report-helpers.js';

let r: ReportDb;
beforeAll(async () => {
  r = recordInNewDb(await scanDemo());
});
afterAll(() => r?.close());

describe('hotspots in reports', () => {
  it('has a section of hotspots with their reviews, apart from the findings', () => {
    const hotspots = listFindings(r.db, r.projectId, { filter: { kind: ['hotspot'] }, limit: 100 }).rows;
    expect(hotspots.length).toBeGreaterThan(2);
    const reviewed = hotspots[0]!;
    recordHotspotReview(r.db, { findingId: reviewed.id, verdict: 'safe', reason: 'Login events are logged by the auth proxy in front of this view.', actor: 'Dana Reviewer' });
    const model = buildReportModel(r.db, { projectId: r.projectId, rules: allRules, reviewer: 'Dana Reviewer' });
    const inModel = model.findings.filter((f) => f.kind === 'hotspot');
    expect(inModel.map((f) => f.id).sort()).toEqual(hotspots.map((h) => h.id).sort());
    expect(inModel.find((f) => f.id === reviewed.id)?.review).toBe('safe');
    // No requirement lists a hotspot among the findings that make it fail.
    const failingIds = new Set(model.requirements.flatMap((q) => q.findingIds));
    expect(inModel.filter((f) => failingIds.has(f.id))).toEqual([]);

    const htmlText = renderHtml(model);
    const section = htmlText.slice(htmlText.indexOf('id="hotspots"'), htmlText.indexOf('id="decisions"'));
    expect(section).toContain('Hotspots to review and their reviews');
    expect(section).toContain('Login events are logged by the auth proxy in front of this view.');
    expect(section).toContain('Reviewed safe');
    expect(section).toContain(`${hotspots.length - 1} awaiting review`);
    const findingsPart = htmlText.slice(htmlText.indexOf('id="findings"'), htmlText.indexOf('id="hotspots"'));
    for (const h of hotspots) expect(findingsPart).not.toContain(`id="finding-${h.id}"`);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyScanFacts, type ScanFacts } from '../domain/index.js';
import { computeCoverage, coverageSummary, currentAttestation, type CoverageInput, type CoverageRule } from './coverage.js';

const sqlRule: CoverageRule = { id: 'PY-INJ-SQL', asvs: { '5.0.0': ['V1.2.4'], '4.0.3': ['V5.3.4'] }, needs: [{ kind: 'request_handlers' }, { kind: 'api', families: ['sql'] }], sinkKinds: ['sql'] };
const flaskDebug: CoverageRule = { id: 'PY-CFG-FLASK-DEBUG', asvs: { '5.0.0': ['V13.4.2'], '4.0.3': ['V14.3.2'] }, frameworks: ['flask'], needs: [{ kind: 'app_config' }] };
const hstsRule: CoverageRule = { id: 'PY-CFG-HSTS', asvs: { '5.0.0': ['V3.4.1'], '4.0.3': ['V14.4.5'] }, frameworks: ['django'], needs: [{ kind: 'app_config' }] };

const FACTS: ScanFacts = { ...emptyScanFacts(), pythonFiles: 40, appConfigs: 1, handlers: { django: 30, drf: 8 }, apis: { sql: 5, upload: 2 }, sinks: { sql: 112 } };
const open = { ruleId: 'PY-INJ-SQL', asvs: sqlRule.asvs, standing: 'open' as const };

function input(over: Partial<CoverageInput> = {}): CoverageInput {
  return {
    version: '5.0.0',
    level: 2,
    rules: [sqlRule, flaskDebug, hstsRule],
    rulesRun: ['PY-INJ-SQL', 'PY-CFG-FLASK-DEBUG', 'PY-CFG-HSTS'],
    frameworksPresent: ['django'],
    facts: FACTS,
    findings: [],
    attestations: [],
    now: '2026-06-01T00:00:00Z',
    ...over,
  };
}

const req = (report: ReturnType<typeof computeCoverage>, id: string) => report.requirements.find((r) => r.id === id)!;

describe('computeCoverage', () => {
  it('passes an automatable requirement only when its mapped rule ran and found nothing', () => {
    const report = computeCoverage(input());
    expect(req(report, 'V1.2.4')).toMatchObject({
      status: 'passing_automated',
      rulesRan: ['PY-INJ-SQL'],
      reason: 'PY-INJ-SQL ran and found nothing: 38 request handlers in django, drf; SQL database code in 5 files; 112 database calls with SQL text examined',
    });
    // The Flask rule ran, but Flask is not in the project: it says nothing.
    expect(req(report, 'V13.4.2')).toMatchObject({ status: 'not_verified', rulesRan: [], mappedRules: ['PY-CFG-FLASK-DEBUG'] });
    // A rule that did not run proves nothing.
    expect(req(computeCoverage(input({ rulesRun: [] })), 'V1.2.4').status).toBe('not_verified');
  });

  it('keeps a clean run of a partly automatable requirement not-verified', () => {
    const r = req(computeCoverage(input()), 'V3.4.1');
    expect(r.automatable).toBe('partial');
    expect(r.status).toBe('not_verified');
    expect(r.reason).toMatch(/partly covers/);
  });

  it('fails on an open finding, ignores closed ones, and a finding beats a pass attestation', () => {
    const closed = { ...open, standing: 'false_positive' as const };
    expect(req(computeCoverage(input({ findings: [closed] })), 'V1.2.4')).toMatchObject({ status: 'passing_automated', reason: expect.stringMatching(/; 1 false positive dismissed$/) });
    const attested = { requirementId: 'V1.2.4', status: 'pass' as const, createdAt: '2026-01-01T00:00:00Z' };
    const r = req(computeCoverage(input({ findings: [open, open], attestations: [attested] })), 'V1.2.4');
    expect(r).toMatchObject({ status: 'failing', openFindings: 2, failingRules: ['PY-INJ-SQL'], reason: '2 open findings of PY-INJ-SQL; contradicts the pass attested' });
  });

  it('lets the latest unexpired attestation decide, and an attested failure beats automation', () => {
    const older = { requirementId: 'V1.2.4', status: 'fail' as const, createdAt: '2026-01-01T00:00:00Z' };
    const newer = { requirementId: 'V1.2.4', status: 'not_applicable' as const, createdAt: '2026-02-01T00:00:00Z', note: 'no database' };
    const expired = { requirementId: 'V1.2.4', status: 'pass' as const, createdAt: '2026-03-01T00:00:00Z', expiresAt: '2026-04-01T00:00:00Z' };
    expect(currentAttestation([older, newer, expired], '2026-06-01T00:00:00Z')).toBe(newer);
    expect(req(computeCoverage(input({ attestations: [older] })), 'V1.2.4').status).toBe('failing');
    expect(req(computeCoverage(input({ attestations: [older, newer, expired] })), 'V1.2.4')).toMatchObject({ status: 'not_applicable', reason: 'attested as not applicable: no database' });
    // Before expiry the pass is in force.
    expect(req(computeCoverage(input({ attestations: [older, newer, expired], now: '2026-03-15T00:00:00Z' })), 'V1.2.4').status).toBe('passing_attested');
  });

  it('rolls up per section, chapter and level and never counts not-verified as passing', () => {
    const report = computeCoverage(input({ attestations: [{ requirementId: 'V1.1.1', status: 'pass', createdAt: '2026-01-01T00:00:00Z' }] }));
    expect(report.total.total).toBe(253);
    expect(report.levels.map((l) => l.total)).toEqual([70, 253, 345]);
    expect(report.total.counts).toEqual({ failing: 0, failing_risk_accepted: 0, passing_automated: 1, passing_attested: 1, not_applicable: 0, not_applicable_suggested: 0, not_verified: 251 });
    expect(report.total.compliance).toBeCloseTo(2 / 253);
    expect(report.total.automatedCoverage).toBeCloseTo(2 / 253); // V1.2.4 and V3.4.1 had a rule that ran
    // V15.1.2 (level 1), V15.2.1 and V15.2.4 became partial with the dependency rules.
    // V15.1.2 (level 1), V15.2.1 and V15.2.4 are partial since the dependency rules read manifests and advisories.
    expect(report.levels.map((l) => l.automatability)).toEqual([
      { automatable: 12, partial: 34, manual: 24 },
      { automatable: 27, partial: 83, manual: 143 },
      { automatable: 28, partial: 96, manual: 221 },
    ]);
    const v1 = report.chapters.find((c) => c.id === 'V1')!;
    expect(v1.total).toBe(report.requirements.filter((r) => r.chapterId === 'V1' && r.level <= 2).length);
    expect(report.sections.find((s) => s.id === 'V1.2')!.counts['passing_automated']).toBe(1);
    // Level 1 scope leaves out V1.1.1 (a level-2 requirement).
    expect(computeCoverage(input({ level: 1 })).total.counts['passing_attested']).toBe(0);
  });

  it('works for 4.0.3 and translates refs given only for 5.0.0', () => {
    const only5: CoverageRule = { id: 'PY-X', asvs: { '5.0.0': ['V1.2.5'] }, needs: [{ kind: 'python_source' }] };
    const report = computeCoverage(input({ version: '4.0.3', rules: [only5], rulesRun: ['PY-X'], findings: [{ ruleId: 'PY-X', asvs: only5.asvs, standing: 'open' }] }));
    expect(req(report, 'V5.3.8').status).toBe('failing');
    expect(report.total.total).toBe(259);
  });
});

describe('coverageSummary', () => {
  it('gives per-chapter counts for the target level and the failing ids', () => {
    const s = coverageSummary({ ...input(), findings: [open] });
    expect(s.failing).toEqual(['V1.2.4']);
    expect(s.chapters.map((c) => c.id)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8', 'V9', 'V10', 'V11', 'V12', 'V13', 'V14', 'V15', 'V16', 'V17']);
    expect(s.chapters.reduce((n, c) => n + c.total, 0)).toBe(253);
    expect(s.chapters[0]!.counts.failing).toBe(1);
    expect(s.total.counts.failing).toBe(1);
  });
});

describe('earned statuses', () => {
  it('a suppression without a reason closes nothing: the requirement fails and says so', () => {
    const r = req(computeCoverage(input({ findings: [{ ...open, standing: 'suppressed_without_reason' }] })), 'V1.2.4');
    expect(r).toMatchObject({ status: 'failing', openFindings: 1, reason: '1 open finding of PY-INJ-SQL; 1 suppressed without a reason, which closes nothing' });
  });

  it('an accepted risk or a suppression with a reason is an exception, never a pass', () => {
    const report = computeCoverage(input({ findings: [{ ...open, standing: 'risk_accepted' }, { ...open, standing: 'suppressed_with_reason', count: 2 }] }));
    expect(req(report, 'V1.2.4')).toMatchObject({
      status: 'failing_risk_accepted',
      reason: '1 finding accepted as a risk and 2 findings suppressed in code with a reason (PY-INJ-SQL): an exception, not a pass',
    });
    expect(report.total.compliance).toBe(0);
  });

  it('an unreviewed hotspot leaves the requirement not verified; reviewed safe it is evidence', () => {
    const hotspot = { ...open, standing: 'unreviewed_hotspot' as const };
    expect(req(computeCoverage(input({ findings: [hotspot] })), 'V1.2.4')).toMatchObject({ status: 'not_verified', reason: '1 security hotspot of PY-INJ-SQL awaits review' });
    expect(req(computeCoverage(input({ findings: [{ ...hotspot, standing: 'reviewed_safe' }] })), 'V1.2.4').reason).toMatch(/; 1 hotspot reviewed safe$/);
  });

  it('handlers in an unmodelled framework keep dataflow requirements not verified, naming it', () => {
    const facts = { ...FACTS, unmodelled: { aiohttp: 3 } };
    expect(req(computeCoverage(input({ facts })), 'V1.2.4')).toMatchObject({
      status: 'not_verified',
      reason: 'request handlers in aiohttp (3 files) are not modelled, so their dataflow is not followed (PY-INJ-SQL)',
    });
    const none = { ...FACTS, handlers: {} };
    expect(req(computeCoverage(input({ facts: none })), 'V1.2.4').reason).toMatch(/^no request handlers found in a framework Assay models/);
  });

  it('no code of the API family: suggested not applicable with the evidence, never counted', () => {
    const facts = { ...FACTS, apis: {} };
    const report = computeCoverage(input({ facts }));
    expect(req(report, 'V1.2.4')).toMatchObject({ status: 'not_applicable_suggested', reason: expect.stringContaining('no SQL database code in 40 Python files') });
    // V1.2.4, and the level-2 upload requirements (no upload code either).
    expect(report.requirements.filter((r) => r.inScope && r.status === 'not_applicable_suggested').map((r) => r.id)).toEqual(['V1.2.4', 'V5.1.1', 'V5.2.1', 'V5.2.2', 'V5.2.3']);
    expect(report.total.compliance).toBe(0);
  });

  it('a requirement about uploads is a suggested N/A without upload code, whatever rule maps there; with uploads its rules decide', () => {
    const limits: CoverageRule = { id: 'PY-DJANGO-REQUEST-LIMITS', asvs: { '5.0.0': ['V5.2.1'], '4.0.3': ['V12.1.1'] }, frameworks: ['django'], needs: [{ kind: 'app_config' }] };
    const run = (apis: ScanFacts['apis'], version: '5.0.0' | '4.0.3' = '5.0.0') =>
      computeCoverage(input({ version, level: 3, rules: [limits], rulesRun: [limits.id], facts: { ...FACTS, apis } }));
    const none = run({ sql: 5 });
    expect(req(none, 'V5.2.1')).toMatchObject({ status: 'not_applicable_suggested', reason: 'suggested not applicable: no file-upload code in 40 Python files (PY-DJANGO-REQUEST-LIMITS had nothing to examine); confirm it to record an N/A attestation' });
    expect(req(none, 'V5.2.6')).toMatchObject({ status: 'not_applicable_suggested', reason: 'suggested not applicable: no file-upload code in 40 Python files; confirm it to record an N/A attestation' });
    // An archive requirement is not about uploads only.
    expect(req(run({ archive: 1 }), 'V5.2.3').status).toBe('not_verified');
    expect(req(run({ sql: 5 }, '4.0.3'), 'V12.1.1').status).toBe('not_applicable_suggested');
    const some = run({ upload: 3 });
    expect(req(some, 'V5.2.1')).toMatchObject({ status: 'not_verified', reason: expect.stringMatching(/^PY-DJANGO-REQUEST-LIMITS ran and found nothing .*partly covers/) });
    expect(req(some, 'V5.2.6')).toMatchObject({ status: 'not_verified', reason: 'manual requirement: needs an attestation' });
    // A finding still fails it, uploads or not.
    const finding = { ruleId: limits.id, asvs: limits.asvs, standing: 'open' as const };
    expect(req(computeCoverage(input({ rules: [limits], rulesRun: [limits.id], findings: [finding], facts: { ...FACTS, apis: {} } })), 'V5.2.1').status).toBe('failing');
  });

  it('a dataflow rule whose sinks occur nowhere had nothing to examine: suggested N/A, not a pass', () => {
    const report = computeCoverage(input({ facts: { ...FACTS, sinks: {} } }));
    expect(req(report, 'V1.2.4')).toMatchObject({ status: 'not_applicable_suggested', reason: 'suggested not applicable: no database calls with SQL text in 40 Python files (PY-INJ-SQL had nothing to examine); confirm it to record an N/A attestation' });
  });

  it('a scan without facts never passes automatically', () => {
    expect(req(computeCoverage(input({ facts: null })), 'V1.2.4')).toMatchObject({ status: 'not_verified', reason: expect.stringMatching(/before Assay kept what it examined/) });
  });

  it('a pass attested over open findings is a conflict, shown in the reason', () => {
    const attested = { requirementId: 'V1.2.4', status: 'pass' as const, createdAt: '2026-01-01T00:00:00Z', by: 'Dana', override: 'compensating WAF rule', overriddenFindings: 2 };
    const r = req(computeCoverage(input({ findings: [open, open], attestations: [attested] })), 'V1.2.4');
    expect(r).toMatchObject({ status: 'passing_attested', conflict: { override: 'compensating WAF rule', openFindings: 2, by: 'Dana' } });
    expect(r.reason).toBe('attested as passing by Dana over 2 open findings (override: compensating WAF rule)');
  });
});

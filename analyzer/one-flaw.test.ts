// One flaw, one finding: a rule's finding the dataflow already reports (same weakness, every site it
// names covered, a source in the trace, a kind at least as severe) is dropped; anything else stays.
import { describe, expect, it } from 'vitest';
import type { Finding, TraceStep } from './types.js';
import { flawSites, oneFindingPerFlaw } from './one-flaw.js';

const step = (kind: TraceStep['kind'], path: string, line: number): TraceStep => ({ kind, path, range: { start: { line, column: 1 }, end: { line, column: 1 } }, message: '', snippet: '' });

function finding(ruleId: string, path: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    title: ruleId,
    cwe: [79],
    asvs: { '5.0.0': [], '4.0.3': [] },
    severity: 'medium',
    confidence: 'medium',
    kind: 'vulnerability',
    path,
    range: { start: { line, column: 1 }, end: { line, column: 2 } },
    message: '',
    snippet: '',
    trace: [],
    fix: '',
    fingerprint: `${ruleId}${path}${line}`,
    suppression: null,
    tool: 'assay',
    ...extra,
  };
}

// The view's dataflow finding: source in app.py, sink at the render call, ending at welcome.html:4.
const view = finding('PY-INJ-XSS', 'app.py', 10, { trace: [step('source', 'app.py', 13), step('sink', 'app.py', 10), step('sink', 'templates/welcome.html', 4)] });

describe('one flaw, one finding', () => {
  it('knows where each finding puts its flaw', () => {
    expect(flawSites(view)).toEqual(['app.py:10', 'templates/welcome.html:4']);
    expect(flawSites(finding('PY-TMPL-SAFE-FILTER', 'templates/welcome.html', 4))).toEqual(['templates/welcome.html:4']);
    // An autoescape-off block at line 2 whose flaw is its write at line 4.
    expect(flawSites(finding('PY-TMPL-AUTOESCAPE-OFF', 'templates/welcome.html', 2, { trace: [step('sink', 'templates/welcome.html', 4)] }))).toEqual(['templates/welcome.html:4']);
  });

  it('drops the template rule findings the view reports, keeps the rest', () => {
    const safe = finding('PY-TMPL-SAFE-FILTER', 'templates/welcome.html', 4);
    const block = finding('PY-TMPL-AUTOESCAPE-OFF', 'templates/welcome.html', 2, { trace: [step('sink', 'templates/welcome.html', 4)] });
    const wider = finding('PY-TMPL-AUTOESCAPE-OFF', 'templates/other.html', 2, { trace: [step('sink', 'templates/welcome.html', 4), step('sink', 'templates/other.html', 3)] });
    const otherLine = finding('PY-TMPL-SAFE-FILTER', 'templates/welcome.html', 5);
    const otherWeakness = finding('PY-TMPL-SAFE-FILTER', 'templates/welcome.html', 4, { ruleId: 'PY-X', cwe: [116] });
    const suppressed = finding('PY-TMPL-SAFE-FILTER', 'templates/welcome.html', 4, { suppression: { kind: 'nosec', justification: null, line: 4 } });
    const findings = [safe, block, wider, otherLine, otherWeakness, suppressed];
    oneFindingPerFlaw(findings, [view]);
    expect(findings).toEqual([wider, otherLine, otherWeakness, suppressed]);
  });

  it('never lets a hotspot, a finding without a source, or the same rule hide a finding', () => {
    const hotspotView = { ...view, kind: 'hotspot' as const };
    const noSource = { ...view, trace: view.trace.filter((s) => s.kind !== 'source') };
    const sameRule = finding('PY-INJ-XSS', 'templates/welcome.html', 4);
    const safe = finding('PY-TMPL-SAFE-FILTER', 'templates/welcome.html', 4);
    const findings = [safe, sameRule];
    oneFindingPerFlaw(findings, [hotspotView, noSource]);
    expect(findings).toEqual([safe, sameRule]);
    oneFindingPerFlaw(findings, [view]);
    expect(findings).toEqual([sameRule]);
  });
});

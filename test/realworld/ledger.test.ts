// The ledger's own rules, without the corpus: parsing refuses malformed rows, and the join with a
// scan finds each kind of disagreement the real-world test fails on.
import { describe, expect, it } from 'vitest';
import { parseLedger, readLedger } from './ledger.js';
import { disagreements, measure, meetsBar, remainingCauses } from './measure.js';
import type { AppScan, CorpusFinding } from './scan-corpus.js';

const HEADER = 'fingerprint,rule,app,location,verdict,cause,state,why';
const fpr = (n: number) => n.toString(16).padStart(32, '0');

function row(n: number, verdict: string, state: string, cause = verdict === 'tp' ? '' : 'same-site-redirect'): string {
  return `${fpr(n)},PY-INJ-REDIRECT,demo,demo/views.py:${n},${verdict},${cause},${state},"read it, judged it"`;
}

function finding(n: number, kind: 'vulnerability' | 'hotspot' = 'vulnerability'): CorpusFinding {
  return { fingerprint: fpr(n), ruleId: 'PY-INJ-REDIRECT', app: 'demo', path: 'demo/views.py', line: n, kind, severity: 'medium', message: 'm', snippet: 's', suppressed: false };
}

function scan(findings: CorpusFinding[]): AppScan[] {
  return [{ app: 'demo', version: '1', root: '/x', files: 1, lines: 1000, millis: 1, findings, ruleErrors: 0, tiered: true }];
}

describe('ledger.csv format', () => {
  it('reads pins from the header and rows with quoted fields', () => {
    const l = parseLedger(['# pin python3-demo 1.0-1', HEADER, row(1, 'tp', 'reported')].join('\n'));
    expect(l.pins.get('python3-demo')).toBe('1.0-1');
    expect(l.rows[0]).toMatchObject({ verdict: 'tp', state: 'reported', why: 'read it, judged it', csvLine: 3 });
  });

  it.each([
    ['an unknown verdict', row(1, 'maybe', 'reported')],
    ['an unknown state', row(1, 'fp', 'vanished')],
    ['an fp without a cause', row(1, 'fp', 'reported', '')],
    ['an empty why', `${fpr(1)},R,demo,a.py:1,tp,,reported,`],
    ['a short fingerprint', 'abc,R,demo,a.py:1,tp,,reported,why'],
    ['a duplicate fingerprint', `${row(1, 'tp', 'reported')}\n${row(1, 'fp', 'gone')}`],
  ])('refuses %s', (_, body) => {
    expect(() => parseLedger(`${HEADER}\n${body}`)).toThrow(/ledger\.csv is malformed/);
  });

  it('the committed ledger parses and pins every corpus package', () => {
    const l = readLedger();
    expect(l.rows.length).toBeGreaterThan(0);
    expect([...l.pins.keys()]).toContain('python3-django');
  });
});

describe('joining a scan with the ledger', () => {
  const ledger = parseLedger(
    [HEADER, row(1, 'tp', 'reported'), row(2, 'fp', 'reported'), row(3, 'fp', 'gone'), row(4, 'debatable', 'hotspot'), row(5, 'tp', 'reported'), row(6, 'tp', 'hotspot'), row(7, 'tp', 'gone')].join('\n'),
  );

  it('finds each disagreement', () => {
    const d = disagreements(scan([finding(1), finding(3), finding(4, 'hotspot'), finding(5, 'hotspot'), finding(6, 'hotspot'), finding(9)]), ledger);
    expect(d.unjudged.map((f) => f.line)).toEqual([9]);
    expect(d.returned.map((r) => r.row.fingerprint)).toEqual([fpr(3)]);
    expect(d.lostTrue.map((r) => [r.row.fingerprint, r.now])).toEqual([[fpr(5), 'hotspot']]);
    expect(d.stale.map((r) => [r.row.fingerprint, r.now])).toEqual([[fpr(2), 'gone']]);
    expect(d.tpGone.map((r) => r.fingerprint)).toEqual([fpr(7)]);
    expect(d.tpInReview.map((r) => r.fingerprint)).toEqual([fpr(6)]);
    expect(d.hotspotMissing).toEqual([]);
  });

  it('counts precision over what the engine reports now, and the bar needs every finding judged', () => {
    const m = measure(scan([finding(1), finding(2), finding(5), finding(4, 'hotspot')]), ledger);
    expect(m.total).toMatchObject({ vulnerabilities: 3, tp: 2, fp: 1, debatable: 0, hotspots: 1, unjudged: 0 });
    expect(m.total.precision).toBeCloseTo(2 / 3);
    expect(meetsBar(m.total)).toBe(false);
    expect(meetsBar(measure(scan([finding(1), finding(5)]), ledger).total)).toBe(true);
    expect(meetsBar(measure(scan([finding(1), finding(5), finding(9)]), ledger).total)).toBe(false);
  });

  it('lists the fp causes still reported', () => {
    expect(remainingCauses(scan([finding(1), finding(2)]), ledger)).toEqual([{ cause: 'same-site-redirect', fp: 1, debatable: 0 }]);
  });
});

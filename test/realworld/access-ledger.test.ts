// The access-control ledger's own rules, without the corpus: parsing refuses malformed rows, the
// sample is fixed, and the join finds unjudged hotspots, stale rows and counts both tiers per rule.
import { describe, expect, it } from 'vitest';
import { ACCESS_RULES, accessDisagreements, accessMeasure, accessSample, parseAccessLedger, precisionOf, readAccessLedger, SAMPLE_PER_RULE } from './access-ledger.js';
import { parseLedger } from './ledger.js';
import type { AppScan, CorpusFinding } from './scan-corpus.js';

const HEADER = 'fingerprint,rule,app,location,verdict,cause,why';
const fpr = (n: number) => n.toString(16).padStart(32, '0');
const RULE = 'PY-AUTH-NO-THROTTLE';

function row(n: number, verdict: string, cause = verdict === 'tp' ? '' : 'high-entropy-token', rule = RULE): string {
  return `${fpr(n)},${rule},demo,demo/views.py:${n},${verdict},${cause},"read it, judged it"`;
}

function finding(n: number, kind: 'vulnerability' | 'hotspot' = 'hotspot', ruleId = RULE): CorpusFinding {
  return { fingerprint: fpr(n), ruleId, app: 'demo', path: 'demo/views.py', line: n, kind, severity: 'medium', message: 'm', snippet: 's', suppressed: false };
}

const scan = (findings: CorpusFinding[]): AppScan[] => [{ app: 'demo', version: '1', root: '/x', files: 1, lines: 1000, millis: 1, findings, ruleErrors: 0, tiered: true }];

describe('access-ledger.csv format', () => {
  it('reads rows with quoted fields and skips comments', () => {
    expect(parseAccessLedger(['# judged', HEADER, row(1, 'tp')].join('\n'))[0]).toMatchObject({ rule: RULE, verdict: 'tp', why: 'read it, judged it', csvLine: 3 });
  });

  it.each([
    ['a wrong header', `fingerprint,rule\n${row(1, 'tp')}`],
    ['an unknown verdict', `${HEADER}\n${row(1, 'maybe')}`],
    ['a rule that is not an access-control rule', `${HEADER}\n${row(1, 'tp', '', 'PY-INJ-SQL')}`],
    ['an fp without a cause', `${HEADER}\n${row(1, 'fp', '')}`],
    ['a debatable row without a cause', `${HEADER}\n${row(1, 'debatable', '')}`],
    ['an empty why', `${HEADER}\n${fpr(1)},${RULE},demo,a.py:1,tp,,`],
    ['a duplicate fingerprint', `${HEADER}\n${row(1, 'tp')}\n${row(1, 'fp')}`],
  ])('refuses %s', (_, text) => {
    expect(() => parseAccessLedger(text)).toThrow(/access-ledger\.csv is malformed/);
  });

  it('the committed ledger parses, and names only access-control rules', () => {
    const rows = readAccessLedger();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(ACCESS_RULES).toContain(r.rule);
  });
});

describe('joining the corpus with the access ledger', () => {
  it('samples a rule with many hotspots by its smallest fingerprints, whatever the order found', () => {
    const many = Array.from({ length: SAMPLE_PER_RULE + 5 }, (_, i) => finding(100 - i));
    const sample = accessSample(scan([...many, finding(500, 'vulnerability'), finding(7, 'hotspot', 'PY-INJ-SQL')]));
    expect(sample.map((f) => f.line)).toEqual(Array.from({ length: SAMPLE_PER_RULE }, (_, i) => 66 + i));
  });

  it('finds unjudged hotspots and rows whose hotspot is gone, became a vulnerability or moved to another rule', () => {
    const rows = parseAccessLedger([HEADER, row(1, 'tp'), row(2, 'fp'), row(3, 'fp'), row(4, 'debatable'), row(5, 'tp', '', 'PY-AUTHZ-IDOR')].join('\n'));
    const d = accessDisagreements(scan([finding(1), finding(3, 'vulnerability'), finding(5), finding(9)]), rows);
    expect(d.unjudged.map((f) => f.line)).toEqual([9]);
    expect(d.stale.map(({ row: r, now }) => [r.csvLine, now])).toEqual([[3, 'gone'], [4, 'vulnerability'], [5, 'gone'], [6, 'other rule']]);
  });

  it('counts both tiers per rule from the two ledgers', () => {
    const vulnLedger = parseLedger(['fingerprint,rule,app,location,verdict,cause,state,why', `${fpr(20)},${RULE},demo,demo/views.py:20,tp,,reported,judged`].join('\n'));
    const rows = parseAccessLedger([HEADER, row(1, 'tp'), row(2, 'fp'), row(3, 'debatable')].join('\n'));
    const t = accessMeasure(scan([finding(1), finding(2), finding(3), finding(4), finding(20, 'vulnerability')]), vulnLedger, rows).find((x) => x.rule === RULE)!;
    expect(t.vulnerability).toEqual({ findings: 1, judged: 1, tp: 1, fp: 0, debatable: 0 });
    expect(t.hotspot).toEqual({ findings: 4, judged: 3, tp: 1, fp: 1, debatable: 1 });
    expect(precisionOf(t.hotspot)).toBe(0.5);
    expect(precisionOf({ findings: 0, judged: 0, tp: 0, fp: 0, debatable: 0 })).toBeNull();
  });
});

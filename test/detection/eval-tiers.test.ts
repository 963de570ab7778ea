// The optional `tier` column of the suites' labels: second-order cases expect a hotspot, so a hotspot
// detects them and a vulnerability-tier finding on them is over-claimed; every other case keeps the
// vulnerability-tier scoring. Unit tests of the scorer on findings shaped like the analyzer's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatHotspots, formatTiers, judge, readLabels, score, type LabelledCase, type ScoredFinding } from './eval.js';

const finding = (kind: string, cwe: number[], line = 3, extra: Partial<ScoredFinding> = {}): ScoredFinding => ({
  ruleId: kind === 'hotspot' ? 'PY-REVIEW' : 'PY-FLOW',
  path: 'views.py',
  cwe,
  kind,
  range: { start: { line } },
  ...extra,
});

const label = (vulnerable: boolean, tier?: 'hotspot'): LabelledCase => ({
  case: vulnerable ? 'flask/sql-injection/second-order' : 'flask/sql-injection/second-order-bound',
  cwe: 89,
  vulnerable,
  framework: 'flask',
  description: 'x',
  ...(tier ? { tier } : {}),
});

describe('judge at the vulnerability tier (no tier column)', () => {
  it('is detected by a vulnerability-tier finding of the CWE, primary or related', () => {
    expect(judge(label(true), [finding('vulnerability', [89])]).detected).toBe(true);
    expect(judge(label(true), [finding('vulnerability', [20], 3, { relatedCwe: [89] })]).detected).toBe(true);
  });

  it('ignores hotspots, other CWEs and suppressed findings', () => {
    const r = judge(label(true), [finding('hotspot', [89]), finding('vulnerability', [79]), finding('vulnerability', [89], 4, { suppression: { reason: 'r' } })]);
    expect(r).toMatchObject({ detected: false, hits: [], hotspots: ['PY-REVIEW@views.py:3'] });
    expect(r.overClaimed).toBeUndefined();
  });
});

describe('judge at the hotspot tier', () => {
  it('detects a vulnerable case by a hotspot of its CWE, not over-claimed', () => {
    expect(judge(label(true, 'hotspot'), [finding('hotspot', [89])])).toMatchObject({ detected: true, overClaimed: false });
  });

  it('detects a vulnerable case by a vulnerability-tier finding too, and marks it over-claimed', () => {
    expect(judge(label(true, 'hotspot'), [finding('vulnerability', [89], 7)])).toMatchObject({ detected: true, overClaimed: true, hits: ['PY-FLOW@views.py:7'] });
  });

  it('misses a vulnerable case with no finding of its CWE', () => {
    expect(judge(label(true, 'hotspot'), [finding('hotspot', [78])])).toMatchObject({ detected: false, overClaimed: false });
  });

  it('counts a hotspot on a safe hotspot-tier case as a false alarm', () => {
    const s = score([judge(label(false, 'hotspot'), [finding('hotspot', [89])]), judge(label(true, 'hotspot'), [])]);
    expect(s.classes.map((c) => [c.tp, c.fn, c.fp, c.tn])).toEqual([[0, 1, 1, 0]]);
  });
});

describe('reports', () => {
  const results = [
    judge(label(true, 'hotspot'), [finding('vulnerability', [89], 9)]),
    judge(label(false, 'hotspot'), []),
    judge({ ...label(true), case: 'flask/sql-injection/plain' }, [finding('hotspot', [89])]),
  ];

  it('prints hotspot-tier counts and every over-claimed case', () => {
    expect(formatTiers(results).split('\n')).toEqual([
      'hotspot-tier cases: 2 (1 vulnerable: 1 detected, 0 of 1 safe falsely flagged; 1 over-claimed at vulnerability tier)',
      'over-claimed  CWE-89  flask/sql-injection/second-order  PY-FLOW@views.py:9',
    ]);
    expect(formatTiers([results[2]!])).toBe('hotspot-tier cases: none');
  });

  it('keeps hotspot-tier cases out of the not-counted hotspot table', () => {
    const tiered = judge(label(true, 'hotspot'), [finding('hotspot', [89])]);
    expect(formatHotspots([tiered])).toBe('hotspots of the labelled CWEs: none');
    expect(formatHotspots([results[2]!])).toContain('CWE-89');
  });
});

describe('readLabels tier column', () => {
  const dir = mkdtempSync(join(tmpdir(), 'assay-labels-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('reads files without the column as vulnerability tier', () => {
    const [l] = readLabels(write('old.csv', 'case,cwe,vulnerable,framework,description\na.py,89,true,flask,"one, two"\n'));
    expect(l).toEqual({ case: 'a.py', cwe: 89, vulnerable: true, framework: 'flask', description: 'one, two' });
  });

  it('reads hotspot, an empty value and rows that stop before the column', () => {
    const rows = readLabels(write('new.csv', 'case,cwe,vulnerable,framework,description,tier\na,89,true,flask,d,hotspot\nb,89,false,flask,d,\nc,78,true,flask,d\n'));
    expect(rows.map((r) => r.tier)).toEqual(['hotspot', undefined, undefined]);
    expect('tier' in rows[1]!).toBe(false);
  });

  it('refuses an unknown tier, naming the case and what to use', () => {
    const p = write('bad.csv', 'case,cwe,vulnerable,framework,description,tier\na,89,true,flask,d,vuln\n');
    expect(() => readLabels(p)).toThrow(/case a has tier "vuln": leave it empty or use hotspot/);
  });
});

// The bar of issue 3 on the labelled detection suite: every CWE class at TPR ≥ 0.90 and
// FPR ≤ 0.10, and the mean of (TPR − FPR) over classes ≥ 0.90. The suite is written independently
// of the engine; this test never adapts to it.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BAR, evaluate, formatTable, parseCsvLine, readLabels, score } from './eval.js';

const DIR = fileURLToPath(new URL('.', import.meta.url));

describe('detection suite', () => {
  const labels = readLabels(join(DIR, 'labels.csv'));
  const results = evaluate(join(DIR, 'cases'), labels);
  const s = score(results);

  it('has labelled cases of both kinds', () => {
    expect(labels.filter((l) => l.vulnerable).length).toBeGreaterThan(0);
    expect(labels.filter((l) => !l.vulnerable).length).toBeGreaterThan(0);
  });

  it('meets the bar in every class and on the mean', () => {
    const misses = results.filter((r) => r.vulnerable !== r.detected).map((r) => `${r.vulnerable ? 'FN' : 'FP'} CWE-${r.cwe} ${r.case}`);
    const failing = s.classes.filter((c) => c.tpr < BAR.tpr || c.fpr > BAR.fpr).map((c) => `CWE-${c.cwe}`);
    expect({ failing, mean: s.mean >= BAR.mean, table: formatTable(s), misses }).toEqual({ failing: [], mean: true, table: formatTable(s), misses });
  });
});

describe('eval scoring', () => {
  it('parses quoted CSV fields', () => {
    expect(parseCsvLine('a,"b, ""c""",d')).toEqual(['a', 'b, "c"', 'd']);
  });

  it('scores TPR, FPR and their mean per class', () => {
    const base = { framework: 'x', description: '', hits: [] };
    const s = score([
      { ...base, case: 'a', cwe: 89, vulnerable: true, detected: true },
      { ...base, case: 'b', cwe: 89, vulnerable: true, detected: false },
      { ...base, case: 'c', cwe: 89, vulnerable: false, detected: true },
      { ...base, case: 'd', cwe: 89, vulnerable: false, detected: false },
      { ...base, case: 'e', cwe: 79, vulnerable: true, detected: true },
      { ...base, case: 'f', cwe: 79, vulnerable: false, detected: false },
    ]);
    expect(s.classes.map((c) => [c.cwe, c.tp, c.fn, c.fp, c.tn, c.tpr, c.fpr])).toEqual([
      [79, 1, 0, 0, 1, 1, 0],
      [89, 1, 1, 1, 1, 0.5, 0.5],
    ]);
    expect(s.mean).toBeCloseTo(0.5);
  });
});

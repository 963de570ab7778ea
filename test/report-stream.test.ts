// `assay report` writes JSON, SARIF and CSV as they are made (issue 10: no report of 60,000 findings
// held as one string): the streamed bytes are exactly what the whole-string renderers give, for the
// demo project's real history with a hostile-looking text added, and arrive in several pieces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../analyzer/rules/index.js';
import { buildReportModel, renderCsv, renderJson, renderSarif, type ReportModel } from '../report/index.js';
import { STREAMED_FORMATS, streamFormat } from '../report/stream-format.js';
import { demoDb, type ReportDb } from './report-helpers.js';

let r: ReportDb;
let model: ReportModel;

beforeAll(async () => {
  r = await demoDb();
  const base = buildReportModel(r.db, { projectId: r.projectId, rules: allRules, reviewer: 'Dana Reviewer', now: '2026-06-01T00:00:00.000Z' });
  // Enough findings for several 1 MiB pieces, one of them carrying text renderJson must escape.
  const many = Array.from({ length: 40 }, (_, i) => base.findings.map((f) => ({ ...f, fingerprint: `${f.fingerprint}-${i}`, message: `${f.message} </script>&\u2028 copy ${i}` }))).flat();
  model = { ...base, findings: many };
});
afterAll(() => r?.close());

const whole = { json: renderJson, sarif: renderSarif, csv: renderCsv } as const;

describe('streamed report formats', () => {
  it.each(STREAMED_FORMATS)('%s: the same bytes as the whole-string renderer, in pieces', (format) => {
    const pieces: string[] = [];
    streamFormat(model, format, (t) => pieces.push(t));
    const expected = whole[format](model);
    expect(pieces.join('')).toBe(expected);
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(expected.length / 2);
  });
});

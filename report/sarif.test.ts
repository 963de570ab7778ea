// SARIF from a real scan result, checked against the official 2.1.0 schema and GitHub's conventions.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../analyzer/analyze-source.js';
import { yamlUnsafeLoad } from '../analyzer/rules/deserialization/yaml-unsafe-load.js';
import type { Finding, ScanResult } from '../analyzer/types.js';
import { sarifErrors } from '../test/helpers/sarif-validator.js';
import { FINGERPRINT_KEY, relativeUri, toSarif } from './sarif.js';

const SOURCE = `import yaml

def view(request):
    a = yaml.load(request.body)
    b = yaml.load(request.GET["q"])  # assay: ignore[PY-DESER-YAML] admin-only endpoint
    return a, b
`;

function result(findings: Finding[]): ScanResult {
  return {
    root: '/srv/shop',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
    analyzerVersion: '0.1.0',
    rulesetVersion: '0123456789abcdef',
    frameworks: [],
    rulesRun: [yamlUnsafeLoad.id],
    files: [{ path: 'shop/views.py', lines: 6, bytes: SOURCE.length, encoding: 'utf-8', partial: false, millis: 1 }],
    skipped: [{ path: 'big "one".py', reason: 'too-large', detail: '3.0 MiB is over the 2.0 MiB limit (max-file-size)' }],
    findings,
    stats: { filesScanned: 1, filesSkipped: 1, linesScanned: 6, partialFiles: 0, durationMs: 1000, parseMs: 5, taintMs: 0 },
    git: { commit: null, branch: null, dirty: null },
    cancelled: false,
    ruleErrors: [],
  };
}

const findings = () => analyzeSources([{ path: 'shop/views.py', source: SOURCE }], [yamlUnsafeLoad]).findings;

describe('toSarif', () => {
  it('is valid SARIF 2.1.0 with the code-scanning conventions', () => {
    const log = toSarif(result(findings()), [yamlUnsafeLoad]);
    expect(sarifErrors(log)).toEqual([]);
    const run = log.runs[0]!;
    const rule = run.tool.driver.rules![0]!;
    expect(rule.id).toBe('PY-DESER-YAML');
    expect(rule.properties).toMatchObject({
      tags: ['security', 'external/cwe/cwe-502'],
      'security-severity': '8.0',
      precision: 'medium',
      'asvs-5.0.0': ['V1.5.2'],
      'asvs-4.0.3': ['V5.5.3'],
    });
    expect(rule.help?.markdown).toContain('yaml.safe_load(request.body)');
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe('file:///srv/shop/');
    const [open, suppressed] = run.results;
    expect(open!.locations[0]!.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'shop/views.py', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 9 },
    });
    expect(open!.partialFingerprints?.[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
    expect(open!.suppressions).toBeUndefined();
    expect(suppressed!.suppressions).toEqual([expect.objectContaining({ kind: 'inSource', status: 'accepted', justification: 'admin-only endpoint' })]);
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toMatch(/Not analysed \(too-large\)/);
  });

  it('writes a dataflow trace as a code flow and config suppressions as external', () => {
    const [f] = findings();
    const traced: Finding = {
      ...f!,
      trace: [
        { kind: 'source', path: 'shop/views.py', range: f!.range, message: 'request.body read here', snippet: 'request.body' },
        { kind: 'sink', path: 'shop/views.py', range: f!.range, message: 'passed to yaml.load', snippet: 'yaml.load(request.body)' },
      ],
      suppression: { kind: 'config', justification: 'per-file-ignores "shop/" in assay.toml', line: 0 },
    };
    const log = toSarif(result([traced]), [yamlUnsafeLoad]);
    expect(sarifErrors(log)).toEqual([]);
    const r = log.runs[0]!.results[0]!;
    expect(r.codeFlows![0]!.threadFlows[0]!.locations.map((l) => [l.kinds, l.location.message?.text])).toEqual([
      [['source'], 'request.body read here'],
      [['sink'], 'passed to yaml.load'],
    ]);
    expect(r.suppressions).toEqual([expect.objectContaining({ kind: 'external', justification: 'per-file-ignores "shop/" in assay.toml' })]);
  });

  it('lets extras add taxonomies, relationships, triage suppressions and properties', () => {
    const log = toSarif(result(findings()), [yamlUnsafeLoad], {
      taxonomies: [{ name: 'OWASP ASVS', version: '5.0.0', taxa: [{ id: 'V1.5.2' }] }],
      ruleRelationships: (rule) => rule.asvs['5.0.0'].map((id) => ({ target: { id, toolComponent: { name: 'OWASP ASVS' } }, kinds: ['relevant'] })),
      suppressionsFor: (f) => (f.range.start.line === 4 ? [{ kind: 'external', status: 'accepted', justification: 'risk accepted by J. Doe' }] : []),
      resultProperties: () => ({ triage: 'accepted' }),
    });
    expect(sarifErrors(log)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.taxonomies?.[0]?.name).toBe('OWASP ASVS');
    expect(run.tool.driver.rules![0]!.relationships?.[0]?.target.id).toBe('V1.5.2');
    expect(run.results[0]!.suppressions?.[0]?.justification).toBe('risk accepted by J. Doe');
    expect(run.results[0]!.properties?.triage).toBe('accepted');
  });

  it('gives every result a kind: fail for vulnerabilities, review at level note for hotspots', () => {
    const [f] = findings();
    const hotspot: Finding = { ...f!, kind: 'hotspot', fingerprint: 'f'.repeat(32), message: 'Check that the YAML comes from a trusted file.' };
    const log = toSarif(result([f!, hotspot]), [yamlUnsafeLoad]);
    expect(sarifErrors(log)).toEqual([]);
    const [vuln, review] = log.runs[0]!.results;
    expect([vuln!.kind, vuln!.level, vuln!.properties?.kind]).toEqual(['fail', 'error', 'vulnerability']);
    // The severity stays visible to code scanning through security-severity, not through the level.
    expect([review!.kind, review!.level, review!.properties?.kind, review!.properties?.['security-severity']]).toEqual(['review', 'note', 'hotspot', '8.0']);
    expect(log.runs[0]!.tool.driver.rules![0]!.properties?.kind).toBe('vulnerability');
  });

  it('percent-encodes every path segment', () => {
    expect(relativeUri('a b/it\'s "x"/<s>\n.py')).toBe('a%20b/it\'s%20%22x%22/%3Cs%3E%0A.py');
  });
});

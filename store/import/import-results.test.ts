import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asvsForCwe } from '../../asvs/cwe-map.js';
import { ensureProject } from '../projects.js';
import { listFindings } from '../queries/findings.js';
import { listScans } from '../queries/scans.js';
import { importResultsFile, ImportFormatError } from './import-results.js';
import { cweFromTag } from './cwe-tags.js';
import { finding } from '../testing/synthetic.js';
import { removeTempDirs, tempDir, tempStore } from '../testing/temp-db.js';

afterAll(removeTempDirs);

const ROOT = '/srv/shop';

function sarifRun(name: string, rules: unknown[], results: unknown[], extra: Record<string, unknown> = {}) {
  return { tool: { driver: { name, version: '1.2.3', rules } }, results, ...extra };
}

const codeql = sarifRun(
  'CodeQL',
  [{ id: 'py/sql-injection', shortDescription: { text: 'SQL query built from user-controlled sources' }, properties: { tags: ['security', 'external/cwe/cwe-089'], 'security-severity': '8.8', precision: 'high' } }],
  [{
    ruleId: 'py/sql-injection', message: { text: 'This SQL query depends on a user-provided value.' },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'shop/views.py' }, region: { startLine: 12, startColumn: 5, snippet: { text: 'cursor.execute(q)' } } } }],
    partialFingerprints: { primaryLocationLineHash: 'a1b2c3d4:1' },
    codeFlows: [{ threadFlows: [{ locations: [
      { location: { physicalLocation: { artifactLocation: { uri: 'shop/views.py' }, region: { startLine: 10 } }, message: { text: 'request.GET' } } },
      { location: { physicalLocation: { artifactLocation: { uri: 'shop/views.py' }, region: { startLine: 12 } }, message: { text: 'execute' } } },
    ] }] }],
  }],
  { invocations: [{ startTimeUtc: '2026-03-01T10:00:00Z', endTimeUtc: '2026-03-01T10:05:00Z' }], versionControlProvenance: [{ revisionId: 'deadbeef', branch: 'main' }] },
);
const semgrep = sarifRun(
  'Semgrep OSS',
  [{ id: 'python.django.security.injection.tainted-sql-string', defaultConfiguration: { level: 'error' }, properties: { tags: ['CWE-89: Improper Neutralization of Special Elements used in an SQL Command', 'OWASP-A03:2021 - Injection'] } }],
  [{ ruleId: 'python.django.security.injection.tainted-sql-string', message: { text: 'Tainted SQL string' }, locations: [{ physicalLocation: { artifactLocation: { uri: `file://${ROOT}/shop/api.py` }, region: { startLine: 88, snippet: { text: 'sql = "SELECT " + q' } } } }] }],
);
const bandit = sarifRun(
  'Bandit',
  [{ id: 'B608', name: 'hardcoded_sql_expressions' }],
  [
    { ruleId: 'B608', level: 'error', message: { text: 'Possible SQL injection vector through string-based query construction.' }, properties: { issue_severity: 'MEDIUM', issue_confidence: 'LOW', cwe: { id: 89, link: 'https://cwe.mitre.org/data/definitions/89.html' } }, locations: [{ physicalLocation: { artifactLocation: { uri: 'shop/api.py' }, region: { startLine: 88, snippet: { text: 'sql = "SELECT " + q' } } } }] },
    { ruleId: 'B608', message: { text: 'Possible SQL injection vector.' }, suppressions: [{ kind: 'inSource', justification: 'constant' }], locations: [{ physicalLocation: { artifactLocation: { uri: 'shop/report.py' }, region: { startLine: 3 } } }] },
  ],
);

function write(name: string, content: unknown): string {
  const file = join(tempDir(), name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('import', () => {
  it('reads CWE tags the way CodeQL, Semgrep and Bandit write them', () => {
    expect(cweFromTag('external/cwe/cwe-089')).toBe(89);
    expect(cweFromTag('CWE-79: Improper Neutralization of Input')).toBe(79);
    expect(cweFromTag('security')).toBeNull();
    expect(cweFromTag('OWASP-A03:2021 - Injection')).toBeNull();
  });

  it('imports SARIF runs of three tools as imported scans, CWE mapped to ASVS, findings marked with their tool', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: ROOT }).id;
    const out = importResultsFile(db, projectId, write('all.sarif', { version: '2.1.0', runs: [codeql, semgrep, bandit] }));
    expect(out.format).toBe('sarif');
    expect(out.scans.map((s) => [s.tool, s.newFindings])).toEqual([['codeql', 1], ['semgrep', 1], ['bandit', 2]]);
    const rows = listFindings(db, projectId, { filter: { suppressed: 'any' }, sort: 'rule', limit: 10 }).rows;
    expect(rows.map((r) => [r.tool, r.ruleId, r.severity, r.confidence, r.path, r.startLine, r.cwe])).toEqual([
      ['bandit', 'B608', 'medium', 'low', 'shop/api.py', 88, [89]],
      ['bandit', 'B608', 'medium', 'medium', 'shop/report.py', 3, []],
      ['codeql', 'py/sql-injection', 'high', 'high', 'shop/views.py', 12, [89]],
      ['semgrep', 'python.django.security.injection.tainted-sql-string', 'high', 'medium', 'shop/api.py', 88, [89]],
    ]);
    expect(rows[0]!.asvs).toEqual([...asvsForCwe(89, '5.0.0')].sort());
    expect(rows[0]!.asvs.length).toBeGreaterThan(0);
    expect(rows[1]!.suppression).toBe('nosec');
    const scans = listScans(db, projectId);
    expect(scans.map((s) => s.status)).toEqual(['imported', 'imported', 'imported']);
    expect(scans[0]).toMatchObject({ tool: 'codeql', gitCommit: 'deadbeef', gitBranch: 'main', startedAt: '2026-03-01T10:00:00.000Z', durationMs: 300000 });
  });

  it('a re-import of the same results is the same findings, and a later run without one fixes it for that tool only', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: ROOT }).id;
    importResultsFile(db, projectId, write('a.sarif', { version: '2.1.0', runs: [codeql, bandit] }));
    const again = importResultsFile(db, projectId, write('b.sarif', { version: '2.1.0', runs: [codeql] }));
    expect(again.scans[0]).toMatchObject({ newFindings: 0, persisting: 1, fixed: 0 });
    const emptyBandit = importResultsFile(db, projectId, write('c.sarif', { version: '2.1.0', runs: [sarifRun('Bandit', [], [])] }));
    expect(emptyBandit.scans[0]).toMatchObject({ tool: 'bandit', fixed: 2 });
    expect(listFindings(db, projectId).rows.map((r) => r.tool)).toEqual(['codeql']);
  });

  it('imports our own JSON', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: ROOT }).id;
    const doc = {
      schemaVersion: 1,
      tool: { name: 'assay', version: '0.1.0', rulesetVersion: '7' },
      scan: { root: ROOT, startedAt: '2026-02-01T00:00:00Z', finishedAt: '2026-02-01T00:01:00Z', cancelled: false, frameworks: ['django'], rulesRun: ['PY-INJ-SQL'], configFile: null, git: { commit: 'c0ffee', branch: 'ci', dirty: false } },
      findings: [finding({ fingerprint: 'fp-aaaaaaaa' }), finding({ fingerprint: 'fp-bbbbbbbb', severity: 'low' })],
      files: [{ path: 'app/views.py', lines: 10, bytes: 100, encoding: 'utf-8', partial: false, millis: 1 }],
      skipped: [{ path: 'x.bin', reason: 'binary', detail: 'NUL byte' }],
      ruleErrors: [],
      stats: { filesScanned: 1, filesSkipped: 1, linesScanned: 10, partialFiles: 0, durationMs: 60000, parseMs: 1, taintMs: 1, findingsOpen: 2, findingsSuppressed: 0 },
    };
    const out = importResultsFile(db, projectId, write('scan.json', doc));
    expect(out).toMatchObject({ format: 'assay-json', scans: [{ tool: 'assay', newFindings: 2 }] });
    expect(listScans(db, projectId)[0]).toMatchObject({ status: 'imported', gitCommit: 'c0ffee', frameworks: ['django'], sourceFile: expect.stringContaining('scan.json') });
  });

  it('rejects bad files with a message that says what is wrong', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: ROOT }).id;
    expect(() => importResultsFile(db, projectId, write('x.json', '{ not json'))).toThrow(/is not JSON/);
    expect(() => importResultsFile(db, projectId, write('x.json', { hello: 1 }))).toThrow(/neither Assay scan JSON .* nor SARIF/);
    expect(() => importResultsFile(db, projectId, write('x.sarif', { version: '2.0.0', runs: [] }))).toThrow(/version: only SARIF version 2.1.0 is supported/);
    expect(() => importResultsFile(db, projectId, write('x.sarif', { version: '2.1.0', runs: [{ tool: { driver: {} } }] }))).toThrow(/runs.0.tool.driver.name/);
    expect(() => importResultsFile(db, projectId, write('x.json', { schemaVersion: 1, tool: { name: 'assay', version: '1', rulesetVersion: '1' }, findings: [{}] }))).toThrow(ImportFormatError);
    expect(() => importResultsFile(db, projectId, join(tempDir(), 'missing.json'))).toThrow(/cannot read .*missing\.json \(it does not exist\)/);
    expect(listScans(db, projectId)).toEqual([]);
  });
});

describe('imported locations outside the repository', () => {
  it('never become repository paths: ../, absolute, file: and other URLs, drive letters', () => {
    const uris = ['../../etc/passwd', '/etc/passwd', 'file:///etc/shadow', 'https://evil.example/x.py', 'C:\\Windows\\win.ini', '//server/share/x.py', 'shop/../../x.py', 'shop/./ok.py', `file://${ROOT}/shop/in.py`];
    const run = sarifRun('Tool', [{ id: 'r1' }], uris.map((uri) => ({ ruleId: 'r1', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } } }] })));
    const file = join(tempDir(), 'outside.sarif');
    writeFileSync(file, JSON.stringify({ version: '2.1.0', runs: [run] }));
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: ROOT }).id;
    importResultsFile(db, projectId, file);
    const rows = listFindings(db, projectId, { filter: { suppressed: 'any' }, limit: 50 }).rows;
    const paths = rows.map((r) => r.path).sort();
    expect(paths).toEqual([...Array(7).fill('(outside the repository)'), 'shop/in.py', 'shop/ok.py'].sort());
    const etc = rows.find((r) => r.message.includes('"../../etc/passwd"'));
    expect(etc?.message).toMatch(/the tool placed this at "\.\.\/\.\.\/etc\/passwd", outside the repository/);
  });
});

// One realistic app per library Assay models (forms, database drivers, caches, request parts), in
// test/fixtures/<app>/, scanned like a user would: every `# vuln: CWE-n` line gets a
// vulnerability-tier finding of that CWE, no `# safe: CWE-n` twin gets a finding of it, and no
// vulnerability lands on an unmarked line. The app's web framework is named in the summary.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import type { Framework, ScanResult } from '../analyzer/types.js';
import { scanSummary } from '../cli/summary.js';

const MARK = /#\s*(vuln|safe):\s*CWE-(\d+)/g;

const APPS: Array<{ app: string; library: string; framework: Framework }> = [
  { app: 'wtforms-signup', library: 'WTForms / Flask-WTF', framework: 'flask' },
  { app: 'sqlalchemy-ledger', library: 'SQLAlchemy', framework: 'flask' },
  { app: 'psycopg-reports', library: 'psycopg / psycopg2', framework: 'flask' },
  { app: 'async-db-notes', library: 'asyncpg / aiosqlite', framework: 'fastapi' },
  { app: 'mongo-redis-inbox', library: 'pymongo / redis', framework: 'flask' },
  { app: 'request-parts-portal', library: 'request URL parts, error handlers, partial and bound methods', framework: 'flask' },
];

interface Mark {
  path: string;
  line: number;
  cwe: number;
}

function marks(root: string, result: ScanResult, kind: 'vuln' | 'safe'): Mark[] {
  const out: Mark[] = [];
  for (const file of result.files) {
    readFileSync(`${root}/${file.path}`, 'utf8')
      .split(/\r?\n/)
      .forEach((line, i) => {
        for (const m of line.matchAll(MARK)) if (m[1] === kind) out.push({ path: file.path, line: i + 1, cwe: Number(m[2]) });
      });
  }
  return out;
}

const key = (m: Mark) => `${m.path}:${m.line} CWE-${m.cwe}`;

describe.each(APPS)('$app ($library)', ({ app, framework }) => {
  const root = fileURLToPath(new URL(`./fixtures/${app}`, import.meta.url));
  let result: ScanResult;
  beforeAll(async () => {
    result = await scanProject(root);
  }, 120_000);

  it(`is seen as a ${framework} app`, () => {
    expect(result.frameworks).toContain(framework);
    expect(scanSummary(result)).toMatch(new RegExp(`Frameworks: [^\\n]*\\b${framework}\\b`));
  });

  it('reports exactly the planted vulnerabilities, each on its line with its CWE', () => {
    const open = result.findings.filter((f) => !f.suppression && f.kind === 'vulnerability');
    const planted = marks(root, result, 'vuln');
    expect(planted.length).toBeGreaterThanOrEqual(4);
    const missing = planted.filter((m) => !open.some((f) => f.path === m.path && f.range.start.line === m.line && f.cwe.includes(m.cwe)));
    expect(missing.map(key)).toEqual([]);
    const unmarked = open.filter((f) => !planted.some((m) => m.path === f.path && m.line === f.range.start.line && f.cwe.includes(m.cwe)));
    expect(unmarked.map((f) => `${f.path}:${f.range.start.line} ${f.ruleId}`)).toEqual([]);
  });

  it('reports nothing of its CWE on any safe twin', () => {
    const safe = marks(root, result, 'safe');
    expect(safe.length).toBeGreaterThanOrEqual(3);
    const flagged = safe.filter((m) => result.findings.some((f) => !f.suppression && f.path === m.path && f.range.start.line === m.line && f.cwe.includes(m.cwe)));
    expect(flagged.map(key)).toEqual([]);
  });
});

// One realistic app per framework Assay models beyond the demo (test/fixtures/<app>/), each with
// planted vulnerabilities and safe twins marked in its own files, scanned like a user would: every
// `# vuln: CWE-n` line gets a vulnerability-tier finding of that CWE, no `# safe: CWE-n` twin gets
// a finding of it, no vulnerability lands on an unmarked line, and the summary names the framework.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import type { Framework, ScanResult } from '../analyzer/types.js';
import { scanSummary } from '../cli/summary.js';

const MARK = /#\s*(vuln|safe):\s*CWE-(\d+)/g;

const APPS: Array<{ app: string; framework: Framework }> = [
  { app: 'starlette-notes', framework: 'starlette' },
  { app: 'aiohttp-board', framework: 'aiohttp' },
  { app: 'tornado-wiki', framework: 'tornado' },
  { app: 'http-server-tools', framework: 'http_server' },
  { app: 'wsgi-guestbook', framework: 'wsgi' },
  { app: 'flask-views', framework: 'flask' },
  { app: 'flask-restful-api', framework: 'flask_restful' },
  { app: 'flask-restx-api', framework: 'flask_restx' },
  { app: 'falcon-inventory', framework: 'falcon' },
  { app: 'bottle-pastebin', framework: 'bottle' },
  { app: 'graphql-library', framework: 'graphql' },
  { app: 'connexion-orders', framework: 'connexion' },
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

describe.each(APPS)('$app', ({ app, framework }) => {
  const root = fileURLToPath(new URL(`./fixtures/${app}`, import.meta.url));
  let result: ScanResult;
  beforeAll(async () => {
    result = await scanProject(root);
  }, 120_000);

  it(`is seen as ${framework}, with its request handlers counted and nothing unmodelled`, () => {
    expect(result.frameworks).toContain(framework);
    expect(result.frameworks.filter((f) => f !== framework && f !== 'flask')).toEqual([]);
    expect(scanSummary(result)).toMatch(new RegExp(`Frameworks: [^\\n]*\\b${framework}\\b`));
    expect(result.facts?.handlers[framework] ?? 0).toBeGreaterThan(0);
    expect(result.facts?.unmodelled ?? {}).toEqual({});
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

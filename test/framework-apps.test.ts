// One realistic app per framework Assay models beyond the demo (test/fixtures/<app>/), each with
// planted vulnerabilities and safe twins marked in its own files, scanned like a user would: every
// `# vuln: CWE-n` line gets a vulnerability-tier finding of that CWE, no `# safe: CWE-n` twin gets
// a finding of it, no vulnerability lands on an unmarked line, and the summary names the framework.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import type { Framework, ScanResult } from '../analyzer/types.js';
import { scanSummary } from '../cli/summary.js';
import { comparePlanted, flaggedTwins, type KnownFalseAlarms } from './planted-marks.js';

const APPS: Array<{ app: string; framework: Framework; known?: KnownFalseAlarms }> = [
  { app: 'starlette-notes', framework: 'starlette' },
  { app: 'aiohttp-board', framework: 'aiohttp' },
  {
    app: 'tornado-wiki',
    framework: 'tornado',
    known: { why: "ModerationHandler.delete is a moderator's action (its own prepare() requires a login): no ownership is expected, yet PY-AUTHZ-IDOR asks for one", unmarked: ['wiki/handlers.py:96 PY-AUTHZ-IDOR'] },
  },
  { app: 'http-server-tools', framework: 'http_server' },
  {
    app: 'wsgi-guestbook',
    framework: 'wsgi',
    known: { why: 'a guestbook is signed anonymously by design; the bearer check on the admin route beside it makes PY-AUTH-UNAUTHENTICATED-WRITE call /sign a vulnerability', unmarked: ['guestbook.py:21 PY-AUTH-UNAUTHENTICATED-WRITE'] },
  },
  { app: 'flask-views', framework: 'flask' },
  { app: 'flask-restful-api', framework: 'flask_restful' },
  { app: 'flask-restx-api', framework: 'flask_restx' },
  { app: 'falcon-inventory', framework: 'falcon' },
  { app: 'bottle-pastebin', framework: 'bottle' },
  { app: 'graphql-library', framework: 'graphql' },
  { app: 'connexion-orders', framework: 'connexion' },
];

describe.each(APPS)('$app', ({ app, framework, known }) => {
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
    const { planted, missing, unmarked } = comparePlanted(root, result);
    expect(planted).toBeGreaterThanOrEqual(4);
    expect(missing).toEqual([]);
    expect(unmarked).toEqual(known?.unmarked ?? []);
  });

  it('reports nothing of its CWE on any safe twin', () => {
    const { twins, flagged } = flaggedTwins(root, result);
    expect(twins).toBeGreaterThanOrEqual(3);
    expect(flagged).toEqual([]);
  });
});

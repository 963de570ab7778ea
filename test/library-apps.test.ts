// One realistic app per library Assay models (forms, database drivers, caches, request parts), in
// test/fixtures/<app>/, scanned like a user would: every `# vuln: CWE-n` line gets a
// vulnerability-tier finding of that CWE, no `# safe: CWE-n` twin gets a finding of it, and no
// vulnerability lands on an unmarked line. The app's web framework is named in the summary.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import type { Framework, ScanResult } from '../analyzer/types.js';
import { scanSummary } from '../cli/summary.js';
import { comparePlanted, flaggedTwins } from './planted-marks.js';

const APPS: Array<{ app: string; library: string; framework: Framework }> = [
  { app: 'wtforms-signup', library: 'WTForms / Flask-WTF', framework: 'flask' },
  { app: 'sqlalchemy-ledger', library: 'SQLAlchemy', framework: 'flask' },
  { app: 'psycopg-reports', library: 'psycopg / psycopg2', framework: 'flask' },
  { app: 'async-db-notes', library: 'asyncpg / aiosqlite', framework: 'fastapi' },
  { app: 'mongo-redis-inbox', library: 'pymongo / redis', framework: 'flask' },
  { app: 'uploads-gallery', library: 'uploads, Pillow, openpyxl (save to a path)', framework: 'flask' },
  { app: 'request-parts-portal', library: 'request URL parts, error handlers, partial and bound methods', framework: 'flask' },
];

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
    const { planted, missing, unmarked } = comparePlanted(root, result);
    expect(planted).toBeGreaterThanOrEqual(4);
    expect(missing).toEqual([]);
    expect(unmarked).toEqual([]);
  });

  it('reports nothing of its CWE on any safe twin', () => {
    const { twins, flagged } = flaggedTwins(root, result);
    expect(twins).toBeGreaterThanOrEqual(3);
    expect(flagged).toEqual([]);
  });
});

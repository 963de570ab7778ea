// One realistic app per library Assay models (forms, database drivers, caches, request parts, and
// issue 14's sink and validation libraries, second-order data and shared helpers), in
// test/fixtures/<app>/, scanned like a user would: every `# vuln: CWE-n` line gets a
// vulnerability-tier finding of that CWE, no `# safe: CWE-n` twin gets a finding of it, no
// vulnerability lands on an unmarked line, and where the app plants hotspots (`# review: CWE-n`,
// second-order data) exactly those lines are reported to review; no planted line is reported
// twice. The app's web framework is named in the summary. The apps from s7-cases were written by
// someone who did not read the engine.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import type { Framework, ScanResult } from '../analyzer/types.js';
import { scanSummary } from '../cli/summary.js';
import { comparePlanted, compareReview, flaggedTwins, markKey, plantedMarks, type KnownFalseAlarms } from './planted-marks.js';

const APPS: Array<{ app: string; library: string; framework: Framework; hotspots?: true; known?: KnownFalseAlarms }> = [
  { app: 'wtforms-signup', library: 'WTForms / Flask-WTF', framework: 'flask' },
  { app: 'sqlalchemy-ledger', library: 'SQLAlchemy', framework: 'flask' },
  { app: 'psycopg-reports', library: 'psycopg / psycopg2', framework: 'flask' },
  { app: 'async-db-notes', library: 'asyncpg / aiosqlite', framework: 'fastapi' },
  { app: 'mongo-redis-inbox', library: 'pymongo / redis', framework: 'flask' },
  { app: 'uploads-gallery', library: 'uploads, Pillow, openpyxl (save to a path)', framework: 'flask' },
  { app: 'request-parts-portal', library: 'request URL parts, error handlers, partial and bound methods', framework: 'flask' },
  { app: 'ssrf-fetcher', library: 'urllib3, httpx, aiohttp.ClientSession (SSRF)', framework: 'fastapi' },
  { app: 'xml-importer', library: 'lxml, xml.sax, pulldom, defusedxml (XXE)', framework: 'flask' },
  { app: 'template-preview', library: 'Jinja2 from_string / Template, Mako Template, render_template_string (SSTI)', framework: 'flask' },
  { app: 'ops-console', library: 'os.popen, asyncio.create_subprocess_shell, PIL ImageMath', framework: 'fastapi' },
  { app: 'file-drop', library: 'send_file / send_from_directory, FileStorage.save, pathlib writes, reads and glob', framework: 'flask' },
  { app: 'marshmallow-api', library: 'marshmallow Schema.load / loads', framework: 'flask' },
  { app: 'pydantic-jobs', library: 'pydantic models outside FastAPI', framework: 'flask' },
  { app: 'stored-notes', library: 'second-order data read back from the app\'s own database and files', framework: 'flask', hotspots: true },
  { app: 'shared-helper', library: 'request data passed to shared helpers: one finding per caller site', framework: 'flask' },
];

describe.each(APPS)('$app ($library)', ({ app, framework, hotspots, known }) => {
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
    expect(unmarked).toEqual(known?.unmarked ?? []);
  });

  it('reports each planted line once (one finding per flaw, per caller site for shared helpers)', () => {
    const open = result.findings.filter((f) => !f.suppression);
    const perMark = plantedMarks(root, result, 'vuln')
      .concat(plantedMarks(root, result, 'review'))
      .map((m) => ({ mark: markKey(m), findings: open.filter((f) => f.path === m.path && f.range.start.line === m.line && f.cwe.includes(m.cwe)).length }));
    expect(perMark.filter((p) => p.findings > 1)).toEqual([]);
  });

  it('reports nothing of its CWE on any safe twin', () => {
    const { twins, flagged } = flaggedTwins(root, result);
    expect(twins).toBeGreaterThanOrEqual(3);
    expect(flagged).toEqual(known?.twins ?? []);
  });

  it.runIf(hotspots)('reports the planted second-order flows to review (hotspots), each on its line, and no others of their CWEs', () => {
    const { review, missing, unmarked } = compareReview(root, result);
    expect(review).toBeGreaterThanOrEqual(3);
    expect(missing).toEqual([]);
    expect(unmarked).toEqual([]);
  });
});

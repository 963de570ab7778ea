// A project whose views render a template the repository does not hold: `assay scan -f json` says
// so once for the project (count and name), and the ASVS requirements that rest on template output
// encoding are not verified, saying why, instead of passing on a template nobody looked at.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runCli } from './helpers/run-cli.js';
import { allRules } from '../analyzer/rules/index.js';
import type { ScanJson } from '../report/scan-json.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/template-missing', import.meta.url));

describe('a view renders a template that is not in the repository', () => {
  it('is a note in the scan JSON, the facts and the ASVS reasons of the XSS requirements', async () => {
    const run = await runCli(['scan', FIXTURE, '-f', 'json', '--no-db']);
    expect(run.stderr).not.toMatch(/error/i);
    // The summary `assay scan` prints says it once for the project.
    expect(run.stderr).toMatch(/Templates not examined: 1 template name the views render resolves to no template file in the repository \(report\.html\)/);
    const doc = JSON.parse(run.stdout) as ScanJson;
    expect(doc.templateNames).toEqual({ unresolved: 1, unresolvedNames: ['report.html'], runtime: 0, runtimeSites: [] });
    expect(doc.scan.facts).toMatchObject({ templates: 1, unresolvedTemplates: 1, runtimeTemplates: 0 });
    // The template that is there was examined: no finding says otherwise.
    expect(doc.findings.filter((f) => f.ruleId === 'PY-INJ-XSS')).toEqual([]);

    const xssRequirements = new Set(allRules.find((r) => r.id === 'PY-INJ-XSS')!.asvs['5.0.0']);
    const rows = doc.coverage!.requirements.filter((r) => xssRequirements.has(r.id));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.status).not.toBe('passing_automated');
      expect(r.reason).toMatch(/1 template name the views render resolves to no template file in the repository/);
    }
  }, 120_000);
});

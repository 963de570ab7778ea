// pip-audit and osv-scanner JSON imported as findings of those tools, on a real database.
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject } from '../projects.js';
import { listFindings } from '../queries/findings.js';
import { importResultsFile } from './import-results.js';
import { removeTempDirs, tempStore } from '../testing/temp-db.js';

afterAll(removeTempDirs);

const AUDITS = fileURLToPath(new URL('../../test/fixtures/audits/', import.meta.url));
const ALL = { kind: ['vulnerability', 'hotspot'], suppressed: 'any' } as const;

describe('importing dependency audits', () => {
  it('pip-audit JSON: one finding per vulnerable package and advisory, CWE-1395, fixed version in the message', () => {
    const { db } = tempStore();
    const project = ensureProject(db, { rootPath: '/project' });
    const out = importResultsFile(db, project.id, AUDITS + 'pip-audit.json');
    expect(out.format).toBe('pip-audit');
    expect(out.scans).toMatchObject([{ tool: 'pip-audit', findings: 1 }]);
    const [row] = listFindings(db, project.id, { filter: ALL, limit: 10 }).rows;
    expect(row).toMatchObject({ tool: 'pip-audit', ruleId: 'ASSAY-TEST-2024-0001', severity: 'high', kind: 'vulnerability' });
    expect(row!.message).toBe("django 4.2.7 is affected by ASSAY-TEST-2024-0001 (CVE-2099-0001): SQL injection in QuerySet.extra() (fictional record for Assay's tests). Fixed in 4.2.8.");
  });

  it('osv-scanner JSON: the manifest it names becomes the path, max_severity the severity', () => {
    const { db } = tempStore();
    const project = ensureProject(db, { rootPath: '/project' });
    const out = importResultsFile(db, project.id, AUDITS + 'osv-scanner.json');
    expect(out.format).toBe('osv-scanner');
    const [row] = listFindings(db, project.id, { filter: ALL, limit: 10 }).rows;
    expect(row).toMatchObject({ tool: 'osv-scanner', ruleId: 'ASSAY-TEST-2024-0001', path: 'requirements.txt', severity: 'critical' });
    // Re-importing the same result recognises the same finding.
    expect(importResultsFile(db, project.id, AUDITS + 'osv-scanner.json').scans[0]!.newFindings).toBe(0);
  });
});

// The SBOM against the official CycloneDX 1.6 JSON schema bundled with @cyclonedx/cyclonedx-library.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectInventory } from '../analyzer/dependencies/read-project.js';
import { parseOsv, type Advisory } from '../analyzer/dependencies/advisory.js';
import { fingerprintOf } from '../analyzer/fingerprint.js';
import { buildSbom, vexOf } from './sbom.js';
import { schemaErrors } from '../test/helpers/cyclonedx-validator.js';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const advisories: Advisory[] = readdirSync(FIXTURES + 'osv/records').map((f) => (parseOsv(JSON.parse(readFileSync(FIXTURES + 'osv/records/' + f, 'utf8'))) as { advisory: Advisory }).advisory);


describe('CycloneDX SBOM', () => {
  it('the schema check can fail', async () => {
    expect(await schemaErrors({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ type: 'not-a-type', name: 'x' }] })).not.toBeNull();
  });

  it('lists the poetry project with purls, scopes, hashes and the lock graph, schema-valid', async () => {
    const inventory = await projectInventory(FIXTURES + 'deps-poetry');
    const bom = buildSbom({ projectName: 'poetry-app', inventory, advisories, toolVersion: '0.1.0', timestamp: '2026-12-01T00:00:00.000Z', serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79' });
    expect(await schemaErrors(bom)).toBeNull();
    const components = bom.components as Array<{ 'bom-ref': string; purl: string; scope: string; hashes?: unknown[] }>;
    const django = components.find((c) => c.purl === 'pkg:pypi/django@4.2.7')!;
    expect(django).toMatchObject({ scope: 'required' });
    expect(django.hashes).toHaveLength(2);
    expect(components.find((c) => c.purl === 'pkg:pypi/black@23.11.0')!.scope).toBe('excluded');
    expect(components.find((c) => c.purl === 'pkg:pypi/boto3')!.scope).toBe('optional');
    const graph = bom.dependencies as Array<{ ref: string; dependsOn: string[] }>;
    expect(graph.find((g) => g.ref === 'pkg:pypi/django@4.2.7')!.dependsOn.sort()).toEqual(['pkg:pypi/asgiref@3.7.2', 'pkg:pypi/sqlparse@0.4.4']);
    // Django 4.2.7 is affected by the fixture advisory: a vulnerability, in triage until someone decides.
    const vulns = bom.vulnerabilities as Array<{ id: string; affects: Array<{ ref: string }>; analysis: { state: string }; recommendation?: string }>;
    expect(vulns.map((v) => [v.id, v.affects[0]!.ref, v.analysis.state, v.recommendation])).toEqual([['ASSAY-TEST-2024-0001', 'pkg:pypi/django@4.2.7', 'in_triage', 'Upgrade django to 4.2.8 or later.']]);
  });

  it('carries triage as the VEX analysis state, found by the finding fingerprint', async () => {
    const inventory = await projectInventory(FIXTURES + 'deps-poetry');
    const django = inventory.dependencies.find((d) => d.name === 'django')!;
    const fp = fingerprintOf(['PY-DEP-VULN', django.path, `django\u0000ASSAY-TEST-2024-0001`]);
    const bom = buildSbom({ projectName: 'p', inventory, advisories, toolVersion: '0.1.0', triage: new Map([[fp, { status: 'false_positive', reason: 'extra() is never called' }]]) });
    expect(await schemaErrors(bom)).toBeNull();
    expect((bom.vulnerabilities as Array<{ analysis: unknown }>)[0]!.analysis).toEqual({ state: 'false_positive', detail: 'extra() is never called' });
    expect(vexOf({ status: 'accepted_risk', reason: 'r' })).toEqual({ state: 'exploitable', response: ['will_not_fix'], detail: 'r' });
    expect(vexOf({ status: 'confirmed', reason: null }).state).toBe('exploitable');
  });

  it('every fixture format gives a schema-valid SBOM', async () => {
    for (const dir of ['deps-requirements', 'deps-pep621', 'deps-pipenv', 'deps-pdm', 'deps-setuptools', 'deps-bad', 'demo-shop']) {
      const bom = buildSbom({ projectName: dir, inventory: await projectInventory(FIXTURES + dir), advisories, toolVersion: '0.1.0' });
      expect({ dir, errors: await schemaErrors(bom) }).toEqual({ dir, errors: null });
    }
  });
});

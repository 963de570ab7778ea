// The evidence pack of the demo project: verified as made; rejected, naming the file, when a file
// changes, goes missing, is added, or an entry name tries to leave the folder.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../analyzer/rules/index.js';
import { buildEvidencePack, buildReportModel, verifyEvidencePack, type PackManifest, type ReportModel } from '../report/index.js';
import { demoDb, type ReportDb } from './report-helpers.js';

let r: ReportDb;
let model: ReportModel;
let pack: Uint8Array;

beforeAll(async () => {
  r = await demoDb();
  model = buildReportModel(r.db, { projectId: r.projectId, rules: allRules, reviewer: 'Dana Reviewer' });
  pack = await buildEvidencePack(model, ['html', 'json', 'sarif', 'csv']);
});
afterAll(() => r?.close());

function repack(mutate: (entries: Zippable) => void): Uint8Array {
  const entries: Zippable = { ...unzipSync(pack) };
  mutate(entries);
  return zipSync(entries);
}

describe('evidence pack', () => {
  it('holds the reports and a manifest with their hashes, and verifies', () => {
    const entries = unzipSync(pack);
    // The demo scan took an endpoint inventory: it travels as endpoints.json.
    expect(Object.keys(entries).sort()).toEqual(['endpoints.json', 'findings.csv', 'manifest.json', 'report.html', 'report.json', 'report.sarif']);
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as PackManifest;
    expect(manifest).toMatchObject({ format: 'assay-evidence-pack', reviewer: 'Dana Reviewer', scanIds: [r.scanId], project: { name: model.project.name } });
    expect(manifest.scan.gitCommit).toBe(model.scan.gitCommit);
    const result = verifyEvidencePack(pack);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files.map((f) => f.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('fails naming the file whose content changed', () => {
    const tampered = repack((e) => {
      const csv = strFromU8(e['findings.csv'] as Uint8Array);
      e['findings.csv'] = strToU8(csv.replace('false_positive', 'open_________'));
    });
    const result = verifyEvidencePack(tampered);
    expect(result.ok).toBe(false);
    expect(result.files.find((f) => f.path === 'findings.csv')?.status).toBe('changed');
    expect(result.files.filter((f) => f.status === 'ok')).toHaveLength(4);
    expect(result.problems).toEqual([expect.stringMatching(/^findings\.csv has changed/)]);
  });

  it('fails when a listed file is missing or an unlisted one is added', () => {
    const missing = verifyEvidencePack(repack((e) => delete e['report.sarif']));
    expect(missing.problems).toEqual(['report.sarif is listed in the manifest but missing from the pack']);
    const extra = verifyEvidencePack(repack((e) => (e['notes.txt'] = strToU8('added later'))));
    expect(extra.ok).toBe(false);
    expect(extra.unexpected).toEqual(['notes.txt']);
  });

  it('rejects entry names that climb out of the folder, and manifests that point outside', () => {
    const traversal = verifyEvidencePack(repack((e) => (e['../../etc/cron.d/evil'] = strToU8('* * * * * root sh'))));
    expect(traversal.ok).toBe(false);
    expect(traversal.problems.join('\n')).toContain('unsafe entry name "../../etc/cron.d/evil"');
    const manifestEscape = verifyEvidencePack(
      repack((e) => {
        const m = JSON.parse(strFromU8(e['manifest.json'] as Uint8Array)) as PackManifest;
        m.files[0]!.path = '../report.html';
        e['manifest.json'] = strToU8(JSON.stringify(m));
      }),
    );
    expect(manifestEscape.ok).toBe(false);
    expect(manifestEscape.problems.join('\n')).toContain('unsafe or reserved path "../report.html"');
  });

  it('fails clearly on a missing or malformed manifest and on a file that is not a zip', () => {
    expect(verifyEvidencePack(repack((e) => delete e['manifest.json'])).problems).toEqual(['manifest.json is missing']);
    expect(verifyEvidencePack(repack((e) => (e['manifest.json'] = strToU8('{"format":"other"}')))).problems[0]).toMatch(/^manifest\.json is not a valid manifest: format/);
    expect(verifyEvidencePack(strToU8('just text')).problems[0]).toMatch(/^not a readable zip file/);
  });

  it('is reproducible: the same model gives the same bytes', async () => {
    expect(Buffer.from(await buildEvidencePack(model, ['html', 'json', 'sarif', 'csv'])).equals(Buffer.from(pack))).toBe(true);
  });
});

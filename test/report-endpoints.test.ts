// The endpoint inventory in reports: the HTML appendix lists every route of the scan open-first with
// the guard that decided it and why, links the findings about it, shows hostile route names inert
// (escaped, bidi controls visible), the JSON report carries it, and the evidence pack holds it as a
// hashed endpoints.json; a scan without an inventory gets no appendix at all.
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { allRules } from '../analyzer/rules/index.js';
import type { Endpoint } from '../domain/index.js';
import { buildEvidencePack, buildReportModel, renderHtml, renderJson, verifyEvidencePack } from '../report/index.js';
import { ensureProject, recordScan } from '../store/index.js';
import { finding, scan } from '../store/testing/synthetic.js';
import { removeTempDirs, tempStore } from '../store/testing/temp-db.js';

afterAll(removeTempDirs);

const HOSTILE = '/pay/\u202Egnp.exe/<img src=x onerror=__pwned(1)>';
const ep = (path: string, over: Partial<Endpoint> = {}): Endpoint => ({
  framework: 'flask', methods: ['GET'], path, params: [], handler: { file: 'app.py', line: 7, name: `app.h${path.length}` },
  authentication: 'required', guards: [{ kind: 'decorator', name: 'flask_login.login_required', authentication: 'required' }], authorization: [],
  csrf: 'not_applicable', throttled: false, input: null, response: null, ...over,
});

function store() {
  const { db } = tempStore();
  const projectId = ensureProject(db, { rootPath: '/srv/shop' }).id;
  const open = ep(HOSTILE, { methods: ['POST'], authentication: 'none', guards: [], csrf: 'exempt' });
  const named = { ...finding({ fingerprint: 'f1', path: 'app.py', ruleId: 'PY-AUTH-UNAUTHENTICATED-WRITE' }), endpoint: `POST ${HOSTILE}` };
  recordScan(db, projectId, { ...scan([]), findings: [named], endpoints: [ep('/account/'), open] });
  return { db, projectId };
}

describe('endpoint inventory in reports', () => {
  it('is an HTML appendix, open routes first, hostile names inert, findings linked', () => {
    const { db, projectId } = store();
    const model = buildReportModel(db, { projectId, rules: allRules });
    expect(model.endpoints?.slice).toMatchObject({ total: 2, byAuthentication: { required: 1, none: 1, unknown: 0 }, openStateChanging: 1 });
    const out = renderHtml(model);
    // Paths and names carry <wbr> break opportunities after separators; the checks read the text.
    const appendix = out.slice(out.indexOf('<section class="major" id="endpoints">')).replace(/<wbr>/g, '');
    expect(appendix).toContain('Appendix: endpoint inventory');
    expect(out).toContain('href="#endpoints"');
    expect(appendix).not.toContain('<img');
    expect(appendix).not.toContain('\u202E');
    expect(appendix).toContain('/pay/\\u202egnp.exe/&lt;img src=x onerror=__pwned(1)&gt;');
    // Open first, with why; the required one names its guard.
    expect(appendix.indexOf('gnp.exe')).toBeLessThan(appendix.indexOf('/account/'));
    expect(appendix).toContain('Nothing in front of the handler checks who calls it.');
    expect(appendix).toContain('flask_login.login_required (decorator) turns anonymous callers away');
    const id = db.prepare("SELECT id FROM findings WHERE fingerprint = 'f1'").pluck().get() as number;
    expect(appendix).toContain(`<a href="#finding-${id}">F${id}</a>`);
    expect(JSON.parse(renderJson(model)).endpoints.endpoints).toHaveLength(2);
  });

  it('travels in the evidence pack as endpoints.json, hashed in the manifest', async () => {
    const { db, projectId } = store();
    const model = buildReportModel(db, { projectId, rules: allRules });
    const pack = await buildEvidencePack(model, ['html', 'json']);
    const verified = verifyEvidencePack(pack);
    expect(verified.problems).toEqual([]);
    expect(verified.manifest!.files.find((f) => f.path === 'endpoints.json')?.format).toBe('endpoints');
    const doc = JSON.parse(new TextDecoder().decode(unzipSync(pack)['endpoints.json']!));
    expect(doc.scanId).toBe(model.scan.id);
    expect(doc.endpoints.map((e: Endpoint) => e.path)).toEqual(['/account/', HOSTILE]);
  });

  it('is left out when the scan took no inventory', async () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/old' }).id;
    recordScan(db, projectId, scan([]));
    const model = buildReportModel(db, { projectId, rules: allRules });
    expect(model.endpoints).toBeUndefined();
    expect(renderHtml(model)).not.toContain('id="endpoints"');
    expect(Object.keys(unzipSync(await buildEvidencePack(model, ['json'])))).not.toContain('endpoints.json');
  });
});

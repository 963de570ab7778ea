// The inventory as evidence on a real database: an access-control requirement shows the latest
// inventory's slice (open endpoints, state-changing ones first), other requirements show none, and
// an attestation of such a requirement carries the inventory snapshot as an evidence file.
import { afterAll, describe, expect, it } from 'vitest';
import type { Endpoint } from '../../domain/index.js';
import { ensureProject, evidenceFileContent, recordScan } from '../../store/index.js';
import { scan } from '../../store/testing/synthetic.js';
import { removeTempDirs, tempStore } from '../../store/testing/temp-db.js';
import { attest, requirementDetail } from './asvs-service.js';

afterAll(removeTempDirs);

const ep = (path: string, over: Partial<Endpoint> = {}): Endpoint => ({
  framework: 'django', methods: ['GET'], path, params: [], handler: { file: 'shop/views.py', line: 3, name: `shop.views.${path.replace(/\W/g, '') || 'home'}` },
  authentication: 'required', guards: [{ kind: 'decorator', name: 'django.contrib.auth.decorators.login_required', authentication: 'required' }], authorization: [],
  csrf: 'protected', throttled: false, input: null, response: null, ...over,
});

describe('endpoint evidence in the requirement pane', () => {
  it('shows the slice for access control, none elsewhere, and snapshots it into an attestation', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/shop' }).id;
    expect(requirementDetail(db, projectId, '5.0.0', 'V8.2.1', () => null).endpointEvidence).toEqual({ scanId: null, counts: null, open: [], unknown: [] });
    const readOpen = ep('/about/', { authentication: 'none', guards: [] });
    const writeOpen = ep('/reviews/', { methods: ['POST'], authentication: 'none', guards: [] });
    const unknown = ep('/api/x/', { authentication: 'unknown', guards: [{ kind: 'permission_class', name: 'vendor.perms.Maybe', authentication: 'unknown', source: 'settings' }] });
    // A view no scanned route reaches: counted apart, never listed or counted among the open routes.
    const unrouted = ep('(unrouted) shop.views.cancel', { methods: ['POST'], authentication: 'none', guards: [] });
    const { scanId } = recordScan(db, projectId, { ...scan([]), endpoints: [ep('/orders/'), readOpen, writeOpen, unknown, unrouted] });

    const ev = requirementDetail(db, projectId, '5.0.0', 'V8.2.1', () => null).endpointEvidence!;
    expect(ev.scanId).toBe(scanId);
    expect(ev.counts).toEqual({
      routed: { total: 4, byAuthentication: { required: 1, none: 2, unknown: 1 }, openStateChanging: 1, withoutAuthorization: 1, unthrottled: 4 },
      unrouted: { total: 1, byAuthentication: { required: 0, none: 1, unknown: 0 }, openStateChanging: 1, withoutAuthorization: 0, unthrottled: 1 },
    });
    expect(ev.open.map((e) => e.path)).toEqual(['/reviews/', '/about/']);
    expect(ev.unknown).toEqual([unknown]);
    expect(requirementDetail(db, projectId, '4.0.3', 'V4.1.3', () => null).endpointEvidence?.counts?.routed.total).toBe(4);
    expect(requirementDetail(db, projectId, '5.0.0', 'V6.1.1', () => null).endpointEvidence).toBeNull();

    const detail = attest(db, { projectId, asvsVersion: '5.0.0', requirementId: 'V8.2.1', status: 'fail', evidence: 'two routes are open', links: [], expiresAt: null, override: null, fileTokens: [] }, () => null);
    const file = detail.attestations[0]!.files.find((f) => f.name === `endpoint-inventory-scan-${scanId}.json`)!;
    const snapshot = JSON.parse(evidenceFileContent(db, projectId, file.sha256)!.toString('utf8'));
    expect(snapshot).toMatchObject({ kind: 'assay-endpoint-inventory', requirementId: 'V8.2.1', scanId, counts: ev.counts });
    expect(snapshot.endpoints).toHaveLength(5);
    const other = attest(db, { projectId, asvsVersion: '5.0.0', requirementId: 'V6.1.1', status: 'fail', evidence: 'not about routes', links: [], expiresAt: null, override: null, fileTokens: [] }, () => null);
    expect(other.attestations[0]!.files).toEqual([]);
  });
});

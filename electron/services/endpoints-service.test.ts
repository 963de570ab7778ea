// endpoints:list on a real database: the latest inventory, its counts, and what changed since the
// scan before (a new unauthenticated route listed first).
import { afterAll, describe, expect, it } from 'vitest';
import type { Endpoint } from '../../domain/index.js';
import { ensureProject, recordScan } from '../../store/index.js';
import { scan } from '../../store/testing/synthetic.js';
import { removeTempDirs, tempStore } from '../../store/testing/temp-db.js';
import { endpointInventory } from './endpoints-service.js';

afterAll(removeTempDirs);

const ep = (path: string, over: Partial<Endpoint> = {}): Endpoint => ({
  framework: 'flask', methods: ['POST'], path, params: [], handler: { file: 'app.py', line: 3, name: `app.${path.slice(1) || 'index'}` },
  authentication: 'required', guards: [{ kind: 'decorator', name: 'flask_login.login_required', authentication: 'required' }], authorization: [],
  csrf: 'protected', throttled: false, input: null, response: null, ...over,
});

describe('endpoints:list', () => {
  it('gives the latest inventory with counts and the changes since the previous one', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/tool' }).id;
    expect(endpointInventory(db, projectId, null)).toEqual({ scanId: null, endpoints: null, findings: [], counts: null, changes: null });
    const first = recordScan(db, projectId, { ...scan([]), endpoints: [ep('/notes')] }).scanId;
    const open = ep('/purge', { authentication: 'none', guards: [] });
    // A view no scanned route reaches is counted apart, never among the open routes.
    const unrouted = ep('(unrouted) app.views.cancel', { framework: 'django', authentication: 'none', guards: [], handler: { file: 'views.py', line: 9, name: 'app.views.cancel' } });
    const second = recordScan(db, projectId, { ...scan([]), endpoints: [ep('/notes'), open, unrouted] }).scanId;
    const inv = endpointInventory(db, projectId, null);
    expect(inv.scanId).toBe(second);
    expect(inv.counts).toEqual({
      routed: { total: 2, byAuthentication: { required: 1, none: 1, unknown: 0 }, openStateChanging: 1, withoutAuthorization: 1, unthrottled: 2 },
      unrouted: { total: 1, byAuthentication: { required: 0, none: 1, unknown: 0 }, openStateChanging: 1, withoutAuthorization: 0, unthrottled: 1 },
    });
    expect(inv.changes).toEqual({ fromScanId: first, added: [open, unrouted], removed: [], changed: [] });
    expect(endpointInventory(db, projectId, first).changes).toBeNull();
    expect(() => endpointInventory(db, projectId, 999)).toThrow(/No scan 999/);
  });
});

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
    const second = recordScan(db, projectId, { ...scan([]), endpoints: [ep('/notes'), open] }).scanId;
    const inv = endpointInventory(db, projectId, null);
    expect(inv.scanId).toBe(second);
    expect(inv.counts).toEqual({ total: 2, unauthenticated: 1, unauthenticatedStateChanging: 1, unknown: 0, unthrottled: 2, withoutAuthorization: 2 });
    expect(inv.changes).toEqual({ fromScanId: first, added: [open], removed: [], changed: [] });
    expect(endpointInventory(db, projectId, first).changes).toBeNull();
    expect(() => endpointInventory(db, projectId, 999)).toThrow(/No scan 999/);
  });
});

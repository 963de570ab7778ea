// The inventory stored per scan: written inside recordScan, read back exactly, compared between scans;
// migration 007's CHECK lists are the domain's lists (a new word there needs a new migration).
import { afterAll, describe, expect, it } from 'vitest';
import { AUTHENTICATION_STATES, AUTHORIZATION_KINDS, CSRF_STATES, GUARD_KINDS, type Endpoint } from '../domain/index.js';
import { ensureProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { compareInventories, endpointOfFinding, endpointsOfFinding, readScanEndpoints, scanEndpointCounts, scanEndpointFindings } from './endpoints.js';
import { finding, scan } from './testing/synthetic.js';
import { removeTempDirs, tempStore } from './testing/temp-db.js';
import { sql } from './migrations/007-endpoints.js';

afterAll(removeTempDirs);

const endpoint = (over: Partial<Endpoint> = {}): Endpoint => ({
  framework: 'django',
  methods: ['POST'],
  path: '/orders/{pk}/cancel/',
  params: [{ name: 'pk', type: 'int' }],
  handler: { file: 'orders/views.py', line: 12, name: 'orders.views.cancel' },
  authentication: 'required',
  guards: [{ kind: 'decorator', name: 'django.contrib.auth.decorators.login_required', authentication: 'required' }, { kind: 'permission_class', name: 'x.P', authentication: 'unknown', source: 'settings' }],
  authorization: [{ kind: 'permission', name: 'permission_required' }],
  csrf: 'protected',
  throttled: false,
  input: 'orders.forms.CancelForm',
  response: null,
  ...over,
});

describe('stored inventory', () => {
  it('reads back what a scan recorded, with guards, authorization and parameters in order', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/shop' }).id;
    const open = endpoint({ path: '/signup/', authentication: 'none', guards: [], authorization: [], params: [], throttled: true, input: null, csrf: 'unprotected' });
    const { scanId } = recordScan(db, projectId, { ...scan([]), endpoints: [endpoint(), open] });
    expect(readScanEndpoints(db, scanId)).toEqual([endpoint(), open]);
    expect(scanEndpointCounts(db, scanId)).toEqual({ total: 2, unauthenticated: 1, unauthenticatedStateChanging: 1, unknown: 0 });
    const { scanId: empty } = recordScan(db, projectId, { ...scan([]), endpoints: [] });
    expect(readScanEndpoints(db, empty)).toEqual([]);
    const { scanId: none } = recordScan(db, projectId, scan([]));
    expect(readScanEndpoints(db, none)).toBeNull();
  });

  it('refuses words the domain does not know', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/shop' }).id;
    expect(() => recordScan(db, projectId, { ...scan([]), endpoints: [endpoint({ authentication: 'maybe' as never })] })).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM scans').get()).toEqual({ n: 0 });
  });

  it('compares two inventories: new endpoints (unauthenticated first), removed ones, and changed guards', () => {
    const a = endpoint();
    const b = endpoint({ path: '/orders/', methods: ['GET'] });
    const addedOpen = endpoint({ path: '/z/', authentication: 'none', guards: [] });
    const addedClosed = endpoint({ path: '/a/' });
    const weakened = { ...b, authentication: 'none' as const, guards: [] };
    const diff = compareInventories([a, b], [weakened, addedClosed, addedOpen]);
    expect(diff.added.map((e) => e.path)).toEqual(['/z/', '/a/']);
    expect(diff.removed.map((e) => e.path)).toEqual(['/orders/{pk}/cancel/']);
    expect(diff.changed.map((c) => [c.from.authentication, c.to.authentication])).toEqual([['required', 'none']]);
  });

  it("migration 007's CHECK lists are the domain's lists", () => {
    const lists = [...sql.matchAll(/(\w+)\s+TEXT NOT NULL CHECK \(\w+ IN \(([^)]*)\)\)/g)].map((m) => [m[1], m[2]!.split(',').map((s) => s.trim().replace(/'/g, ''))]);
    expect(lists).toEqual([
      ['authentication', [...AUTHENTICATION_STATES]],
      ['csrf', [...CSRF_STATES]],
      ['kind', [...GUARD_KINDS]],
      ['authentication', [...AUTHENTICATION_STATES]],
      ['kind', [...AUTHORIZATION_KINDS]],
    ]);
  });
});

describe('findings linked to endpoints', () => {
  it('links a finding to the endpoint it names (methods, path and handler file), never to a look-alike', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/shop' }).id;
    const cancel = endpoint();
    const twin = endpoint({ handler: { file: 'legacy/views.py', line: 3, name: 'legacy.views.cancel' } });
    const named = { ...finding({ fingerprint: 'a1', path: 'orders/views.py', ruleId: 'PY-AUTH-UNAUTHENTICATED-WRITE' }), endpoint: 'POST /orders/{pk}/cancel/' };
    const elsewhere = { ...finding({ fingerprint: 'b2', path: 'other.py' }), endpoint: 'POST /orders/{pk}/cancel/' };
    const plain = finding({ fingerprint: 'c3', path: 'orders/views.py' });
    const { scanId } = recordScan(db, projectId, { ...scan([]), findings: [named, elsewhere, plain], endpoints: [twin, cancel] });
    const inventory = readScanEndpoints(db, scanId)!;
    const links = scanEndpointFindings(db, scanId);
    expect(links.map((l) => [inventory[l.ordinal]!.handler.file, l.ruleId, l.kind])).toEqual([['orders/views.py', 'PY-AUTH-UNAUTHENTICATED-WRITE', 'vulnerability']]);
    const id = db.prepare("SELECT id FROM findings WHERE fingerprint = 'a1'").pluck().get();
    expect(links[0]!.findingId).toBe(id);
    expect(endpointOfFinding(db, projectId, 'a1')).toEqual({ scanId, ordinal: links[0]!.ordinal, via: 'rule', endpoint: cancel });
    expect(endpointOfFinding(db, projectId, 'c3')).toBeNull();
    expect(endpointOfFinding(db, ensureProject(db, { rootPath: '/srv/other' }).id, 'a1')).toBeNull();
  });

  it("links a finding in a handler's body (handler.line..endLine, same file) to the innermost handler's endpoints, and keeps the extent", () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/shop' }).id;
    // A class view (lines 10-40) whose `post` method (20-30) is its own endpoint, and a dotted-string view with no extent.
    const classGet = endpoint({ methods: ['GET'], path: '/orders/', handler: { file: 'orders/views.py', line: 10, endLine: 40, name: 'orders.views.Orders' } });
    const methodPost = endpoint({ methods: ['POST'], path: '/orders/', handler: { file: 'orders/views.py', line: 20, endLine: 30, name: 'orders.views.Orders.post' } });
    const dotted = endpoint({ methods: ['GET'], path: '/legacy/', handler: { file: 'orders/urls.py', line: 5, name: 'orders.views.legacy' } });
    const inPost = finding({ fingerprint: 'in-post', path: 'orders/views.py', line: 25 });
    const inClass = finding({ fingerprint: 'in-class', path: 'orders/views.py', line: 12 });
    const lastLine = finding({ fingerprint: 'last-line', path: 'orders/views.py', line: 40 });
    const after = finding({ fingerprint: 'after', path: 'orders/views.py', line: 41 });
    const otherFile = finding({ fingerprint: 'other-file', path: 'billing/views.py', line: 25 });
    const inUrls = finding({ fingerprint: 'in-urls', path: 'orders/urls.py', line: 5 });
    const { scanId } = recordScan(db, projectId, { ...scan([]), findings: [inPost, inClass, lastLine, after, otherFile, inUrls], endpoints: [classGet, methodPost, dotted] });
    const inventory = readScanEndpoints(db, scanId)!;
    expect(inventory.map((e) => e.handler)).toEqual([dotted.handler, classGet.handler, methodPost.handler]);
    const fp = (id: number) => db.prepare('SELECT fingerprint FROM findings WHERE id = ?').pluck().get(id);
    const links = scanEndpointFindings(db, scanId).map((l) => [inventory[l.ordinal]!.handler.name, fp(l.findingId), l.via]);
    expect(links.sort()).toEqual([
      ['orders.views.Orders', 'in-class', 'handler'],
      ['orders.views.Orders', 'last-line', 'handler'],
      ['orders.views.Orders.post', 'in-post', 'handler'],
    ]);
    expect(endpointsOfFinding(db, projectId, 'in-post').map((l) => [l.endpoint.handler.name, l.via])).toEqual([['orders.views.Orders.post', 'handler']]);
    expect(endpointOfFinding(db, projectId, 'after')).toBeNull();
  });

  it("links a finding on a decorator line to its handler, and a finding in a class view's method only to that method's endpoints", () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/shop' }).id;
    // Lines 10-40: class Orders; its own methods: retrieve (14-18), approve with a decorator (20-26), helper (28-30).
    const own = [{ startLine: 14, endLine: 18 }, { startLine: 20, endLine: 26 }, { startLine: 28, endLine: 30 }];
    const list = endpoint({ methods: ['GET'], path: '/orders/', handler: { file: 'orders/views.py', line: 10, endLine: 40, name: 'orders.views.Orders.list', ownMethods: own } });
    const create = endpoint({ methods: ['POST'], path: '/orders/', handler: { file: 'orders/views.py', line: 10, endLine: 40, name: 'orders.views.Orders.create', ownMethods: own } });
    const retrieve = endpoint({ methods: ['GET'], path: '/orders/{pk}/', handler: { file: 'orders/views.py', line: 14, endLine: 18, name: 'orders.views.Orders.retrieve' } });
    const approve = endpoint({ methods: ['POST'], path: '/orders/{pk}/approve/', handler: { file: 'orders/views.py', line: 22, endLine: 26, startLine: 20, name: 'orders.views.Orders.approve' } });
    const findings = [
      finding({ fingerprint: 'on-decorator', path: 'orders/views.py', line: 20 }),
      finding({ fingerprint: 'in-retrieve', path: 'orders/views.py', line: 16 }),
      finding({ fingerprint: 'in-helper', path: 'orders/views.py', line: 29 }),
      finding({ fingerprint: 'class-body', path: 'orders/views.py', line: 12 }),
      finding({ fingerprint: 'class-tail', path: 'orders/views.py', line: 35 }),
    ];
    const { scanId } = recordScan(db, projectId, { ...scan([]), findings, endpoints: [list, create, retrieve, approve] });
    const inventory = readScanEndpoints(db, scanId)!;
    const fp = (id: number) => db.prepare('SELECT fingerprint FROM findings WHERE id = ?').pluck().get(id);
    const links = scanEndpointFindings(db, scanId).map((l) => `${fp(l.findingId)} -> ${inventory[l.ordinal]!.handler.name}`);
    expect(links.sort()).toEqual([
      'class-body -> orders.views.Orders.create',
      'class-body -> orders.views.Orders.list',
      'class-tail -> orders.views.Orders.create',
      'class-tail -> orders.views.Orders.list',
      'in-retrieve -> orders.views.Orders.retrieve',
      'on-decorator -> orders.views.Orders.approve',
    ]);
    // The stored handler keeps what the inventory shows: the def line and its end.
    expect(inventory.find((e) => e.handler.name.endsWith('approve'))!.handler).toEqual({ file: 'orders/views.py', line: 22, endLine: 26, name: 'orders.views.Orders.approve' });
  });

  it('refuses an extent that ends before the handler starts', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/shop' }).id;
    const backwards = endpoint({ handler: { file: 'orders/views.py', line: 12, endLine: 3, name: 'orders.views.cancel' } });
    const { scanId } = recordScan(db, projectId, { ...scan([]), findings: [finding({ fingerprint: 'x', path: 'orders/views.py', line: 12 })], endpoints: [backwards] });
    expect(readScanEndpoints(db, scanId)![0]!.handler).toEqual({ file: 'orders/views.py', line: 12, name: 'orders.views.cancel' });
    expect(scanEndpointFindings(db, scanId)).toEqual([]);
  });
});

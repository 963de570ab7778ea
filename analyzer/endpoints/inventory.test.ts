// Exact inventories of one fixture project per framework: every route, method, full path (through
// include(), routers, blueprints and include_router), authentication, CSRF state, throttling and
// handler. The fixtures are real files parsed the way a scan parses them.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../domain/index.js';
import { analyzeSources } from '../analyze-source.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/endpoints/', import.meta.url));

function pythonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pythonFiles(join(dir, e.name)) : e.name.endsWith('.py') ? [join(dir, e.name)] : [])).sort();
}

export function inventoryOf(root: string): Endpoint[] {
  const sources = pythonFiles(root).map((p) => ({ path: relative(root, p).replace(/\\/g, '/'), source: readFileSync(p, 'utf8') }));
  return analyzeSources(sources, []).endpoints;
}

export function rows(endpoints: readonly Endpoint[]): string[] {
  return endpoints.map((e) => `${e.framework} ${e.methods.join(',')} ${e.path} ${e.authentication} csrf=${e.csrf}${e.throttled ? ' throttled' : ''} ${e.handler.name}`);
}

const byPath = (list: readonly Endpoint[], methods: string, path: string) => list.find((e) => e.path === path && e.methods.join(',') === methods)!;

describe('endpoint inventory', () => {
  it('Django: include() prefixes and inline lists, re_path, wrappers in the URLconf, mixins, method_decorator, project decorators judged by their code', () => {
    const inv = inventoryOf(join(FIXTURES, 'django-site'));
    expect(rows(inv)).toEqual([
      'django GET,POST /admin/ required csrf=protected django.contrib.admin.site.urls',
      'django GET /blog/ none csrf=not_applicable blog.views.index',
      'django GET,POST /blog/comment/ none csrf=protected blog.views.comment',
      'django GET /blog/feed/ none csrf=not_applicable blog.views.Feed.get',
      'django POST /blog/feed/ none csrf=exempt blog.views.Feed.post',
      'django GET /blog/members/ required csrf=not_applicable blog.views.members',
      'django POST /blog/new/ required csrf=protected blog.views.create_post',
      'django GET /blog/partner/ unknown csrf=not_applicable blog.views.partner_page',
      'django GET /blog/staff/ required csrf=not_applicable blog.views.staff_page',
      'django GET /blog/timed/ none csrf=not_applicable blog.views.timed_page',
      'django GET,POST /blog/{pk}/edit/ required csrf=protected blog.views.PostEdit',
      'django GET /blog/{slug}/ none csrf=not_applicable blog.views.PostDetail',
      'django GET /help/contact/ none csrf=not_applicable blog.views.contact',
      'django GET /help/faq/ none csrf=not_applicable blog.views.faq',
      'django GET /legacy/{year}/ none csrf=not_applicable blog.views.legacy',
      'django GET /wrapped/ required csrf=not_applicable blog.views.wrapped',
    ]);
    expect(byPath(inv, 'GET', '/legacy/{year}/').params).toEqual([{ name: 'year', type: 'int' }]);
    expect(byPath(inv, 'GET', '/blog/{slug}/').params).toEqual([{ name: 'slug', type: 'slug' }]);
    expect(byPath(inv, 'GET', '/blog/members/').guards).toEqual([{ kind: 'decorator', name: 'blog.decorators.member_only', authentication: 'required', source: 'blog/decorators.py' }]);
    expect(byPath(inv, 'GET', '/blog/partner/').guards.map((g) => [g.name, g.authentication])).toEqual([['partnerlib.requires_partner', 'unknown']]);
    expect(byPath(inv, 'GET', '/blog/staff/').authorization).toEqual([{ kind: 'role', name: 'staff_member_required' }]);
    expect(byPath(inv, 'GET,POST', '/admin/').guards[0]!.kind).toBe('admin_site');
    expect(byPath(inv, 'GET', '/blog/timed/').guards).toEqual([]);
  });

  it('DRF: routers with generated actions and @action, lookup_field, generic views split by IsAuthenticatedOrReadOnly, DEFAULT_* from settings', () => {
    const inv = inventoryOf(join(FIXTURES, 'drf-api'));
    expect(rows(inv)).toEqual([
      'drf GET /v1/items/ none csrf=not_applicable throttled api.views.ItemList',
      'drf POST /v1/items/ required csrf=not_applicable throttled api.views.ItemList',
      'drf GET,PUT,PATCH,DELETE /v1/items/{pk}/ required csrf=not_applicable throttled api.views.ItemDetail',
      'drf GET /v1/notes/ required csrf=not_applicable throttled api.views.NoteViewSet.list',
      'drf POST /v1/notes/ required csrf=not_applicable throttled api.views.NoteViewSet.create',
      'drf GET /v1/notes/recent-notes/ required csrf=not_applicable throttled api.views.NoteViewSet.recent',
      'drf DELETE /v1/notes/{uuid}/ required csrf=not_applicable throttled api.views.NoteViewSet.destroy',
      'drf GET /v1/notes/{uuid}/ required csrf=not_applicable throttled api.views.NoteViewSet.retrieve',
      'drf PATCH /v1/notes/{uuid}/ required csrf=not_applicable throttled api.views.NoteViewSet.partial_update',
      'drf PUT /v1/notes/{uuid}/ required csrf=not_applicable throttled api.views.NoteViewSet.update',
      'drf POST /v1/notes/{uuid}/archive/ required csrf=not_applicable throttled api.views.NoteViewSet.archive',
      'drf POST /v1/partner/ unknown csrf=not_applicable throttled api.views.PartnerView.post',
      'drf GET /v1/ping/ none csrf=not_applicable throttled api.views.ping',
      'drf DELETE /v1/session/ required csrf=protected throttled api.views.SessionView.delete',
      'drf GET /v1/tags/ none csrf=not_applicable api.views.TagViewSet.list',
      'drf GET /v1/tags/{pk}/ none csrf=not_applicable api.views.TagViewSet.retrieve',
    ]);
    const list = byPath(inv, 'GET', '/v1/notes/');
    expect(list.guards.map((g) => [g.kind, g.name, g.source])).toEqual([
      ['permission_class', 'rest_framework.permissions.IsAuthenticated', 'settings'],
      ['authentication_class', 'rest_framework.authentication.TokenAuthentication', 'settings'],
    ]);
    expect(list.authorization).toEqual([{ kind: 'queryset', name: 'api.views.NoteViewSet.get_queryset' }]);
    expect(list.input).toBe('api.serializers.NoteSerializer');
    expect(byPath(inv, 'POST', '/v1/notes/{uuid}/archive/').guards[0]).toEqual({ kind: 'permission_class', name: 'rest_framework.permissions.IsAdminUser', authentication: 'required', source: 'decorator' });
    expect(byPath(inv, 'GET,PUT,PATCH,DELETE', '/v1/items/{pk}/').authorization).toEqual([{ kind: 'object', name: 'api.permissions.IsOwner' }]);
    expect(byPath(inv, 'POST', '/v1/partner/').authorization).toEqual([{ kind: 'custom', name: 'api.permissions.HasPartnerKey' }]);
  });

  it('Flask: blueprint prefixes from register_blueprint over url_prefix, nested blueprints, before_request hooks, MethodView decorators, Flask-HTTPAuth, Flask-Limiter, CSRFProtect', () => {
    const inv = inventoryOf(join(FIXTURES, 'flask-app'));
    expect(rows(inv)).toEqual([
      'flask GET / none csrf=not_applicable app.core.index',
      'flask DELETE /admin/users/{uid} required csrf=protected app.admin.delete_user',
      'flask GET /api/admin/stats required csrf=not_applicable app.api.stats',
      'flask GET /api/me required csrf=not_applicable app.api.me',
      'flask GET /api/public none csrf=not_applicable app.api.public',
      'flask GET /api/v2/status/{component} none csrf=not_applicable app.api.status',
      'flask POST /hooks/payment none csrf=exempt app.core.payment_hook',
      'flask GET /items/{item_id} required csrf=not_applicable app.items.ItemView.get',
      'flask PUT /items/{item_id} required csrf=protected app.items.ItemView.put',
      'flask GET,POST /login none csrf=protected throttled app.core.login',
      'flask POST /logout required csrf=protected app.core.logout',
      'flask GET /reports/legacy none csrf=not_applicable app.core.legacy_report',
    ]);
    expect(byPath(inv, 'GET', '/api/v2/status/{component}').params).toEqual([{ name: 'component', type: 'path' }]);
    expect(byPath(inv, 'DELETE', '/admin/users/{uid}').guards.map((g) => [g.kind, g.name])).toEqual([['before_request', 'app.admin.require_login']]);
    expect(byPath(inv, 'GET', '/api/admin/stats').authorization.map((a) => a.kind)).toEqual(['role']);
  });

  it('Flask: csrf.exempt(blueprint) exempts every view on it and csrf.exempt(view) that view, from another file', () => {
    expect(rows(inventoryOf(join(FIXTURES, 'flask-exempt-app')))).toEqual([
      'flask POST /hooks/payment none csrf=exempt app.webhooks.payment',
      'flask GET /hooks/status none csrf=not_applicable app.webhooks.status',
      'flask POST /import none csrf=exempt app.views.import_feed',
      'flask POST /profile none csrf=protected app.views.profile',
    ]);
  });

  it('FastAPI: include_router prefixes and dependencies, router-level dependencies reaching included routers, schemes through dependencies, optional schemes unknown, slowapi', () => {
    const inv = inventoryOf(join(FIXTURES, 'fastapi-app'));
    expect(rows(inv)).toEqual([
      'fastapi GET /health none csrf=not_applicable app.main.health',
      'fastapi GET /open/feed unknown csrf=not_applicable app.routers.items.feed',
      'fastapi GET /open/partner unknown csrf=not_applicable app.routers.items.partner',
      'fastapi POST /token none csrf=not_applicable throttled app.main.login',
      'fastapi DELETE /users/{user_id} required csrf=not_applicable app.routers.users.delete_user',
      'fastapi GET /users/{user_id} required csrf=not_applicable app.routers.users.read_user',
      'fastapi GET /v1/items/ required csrf=not_applicable app.routers.items.list_items',
      'fastapi POST /v1/items/ required csrf=not_applicable app.routers.items.create_item',
      'fastapi GET /v1/items/public/{item_id} required csrf=not_applicable app.routers.items.public_item',
    ]);
    const del = byPath(inv, 'DELETE', '/users/{user_id}');
    expect(del.guards.map((g) => [g.name, g.authentication])).toEqual([['app.security.verify_key', 'required'], ['app.security.get_admin', 'required']]);
    expect(del.authorization).toEqual([{ kind: 'role', name: 'app.security.get_admin' }]);
    expect(del.params).toEqual([{ name: 'user_id', type: 'int' }]);
    expect(byPath(inv, 'GET', '/users/{user_id}').response).toBe('app.models.UserOut');
    expect(byPath(inv, 'POST', '/v1/items/').input).toBe('app.models.ItemIn');
  });
});

describe('views no route reaches', () => {
  const inv = (files: Record<string, string>) => rows(analyzeSources(Object.entries(files).map(([path, source]) => ({ path, source })), []).endpoints);

  it('lists Django and DRF views by signature and base class under (unrouted), leaving helpers, bases and tests out', () => {
    const views = [
      'from django.contrib.auth.decorators import login_required',
      'from django.http import JsonResponse',
      'from django.views import View',
      'from rest_framework import viewsets',
      'from rest_framework.permissions import IsAuthenticated',
      '',
      '@login_required',
      'def archive(request, pk):',
      '    return JsonResponse({})',
      '',
      'def helper(request):',
      '    return JsonResponse({})',
      '',
      'def page(request):',
      '    return helper(request)',
      '',
      'class Base(View):',
      '    pass',
      '',
      'class Report(Base):',
      '    def post(self, request):',
      '        return JsonResponse({})',
      '',
      'class Docs(viewsets.ReadOnlyModelViewSet):',
      '    permission_classes = [IsAuthenticated]',
    ].join('\n');
    const test = 'from django.http import JsonResponse\n\ndef fake(request):\n    return JsonResponse({})\n';
    expect(inv({ 'shop/views.py': views, 'shop/tests/test_views.py': test })).toEqual([
      'drf GET (unrouted) shop.views.Docs required csrf=not_applicable shop.views.Docs.list',
      'drf GET (unrouted) shop.views.Docs/{pk} required csrf=not_applicable shop.views.Docs.retrieve',
      'django POST (unrouted) shop.views.Report none csrf=unknown shop.views.Report.post',
      'django GET (unrouted) shop.views.archive required csrf=not_applicable shop.views.archive',
      'django GET (unrouted) shop.views.page none csrf=not_applicable shop.views.page',
    ]);
  });

  it('does not list a routed view again', () => {
    const views = 'from django.http import JsonResponse\n\ndef home(request):\n    return JsonResponse({})\n';
    const urls = 'from django.urls import path\nfrom shop import views\n\nurlpatterns = [path("", views.home)]\n';
    expect(inv({ 'shop/views.py': views, 'shop/urls.py': urls })).toEqual(['django GET / none csrf=not_applicable shop.views.home']);
  });
});

describe("handler extent (handler.endLine)", () => {
  const indent = (s: string) => s.length - s.trimStart().length;

  it('ends every resolved handler at the last line of its def or class, in every fixture project', () => {
    let withEnd = 0;
    for (const project of readdirSync(FIXTURES)) {
      const root = join(FIXTURES, project);
      for (const e of inventoryOf(root)) {
        if (e.handler.endLine === undefined) continue;
        withEnd++;
        const lines = readFileSync(join(root, e.handler.file), 'utf8').split('\n');
        const first = lines[e.handler.line - 1]!;
        expect(first.trimStart(), `${e.handler.name} starts with a definition`).toMatch(/^(async\s+def|def|class)\s/);
        expect(e.handler.endLine).toBeGreaterThanOrEqual(e.handler.line);
        expect(lines[e.handler.endLine - 1]!.trim(), `${e.handler.name}'s last line is code`).not.toBe('');
        // The next code line after the end is back at (or left of) the definition's indentation.
        const next = lines.slice(e.handler.endLine).find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
        if (next !== undefined) expect(indent(next), `${e.handler.name} ends at ${e.handler.endLine}`).toBeLessThanOrEqual(indent(first));
      }
    }
    expect(withEnd).toBeGreaterThan(20);
  });

  it('gives exact extents for a function view, a class view method, an inherited action, and none for the admin site (a URLconf line, no definition)', () => {
    const views = [
      'from django.http import JsonResponse', // 1
      'from django.views import View', // 2
      '', // 3
      'def home(request):', // 4
      '    x = 1', // 5
      '    return JsonResponse({"x": x})', // 6
      '', // 7
      'class Feed(View):', // 8
      '    def get(self, request):', // 9
      '        return JsonResponse({})', // 10
      '', // 11
      '    def post(self, request):', // 12
      '        data = request.POST', // 13
      '        return JsonResponse({})', // 14
    ].join('\n');
    const urls = [
      'from django.contrib import admin',
      'from django.urls import path',
      'from shop import views',
      'from elsewhere.views import old',
      '',
      'urlpatterns = [',
      '    path("", views.home),',
      '    path("feed/", views.Feed.as_view()),',
      '    path("old/", old),',
      '    path("admin/", admin.site.urls),',
      ']',
    ].join('\n');
    const out = analyzeSources([{ path: 'shop/views.py', source: views }, { path: 'shop/urls.py', source: urls }], []).endpoints;
    const ext = Object.fromEntries(out.map((e) => [`${e.methods.join(',')} ${e.path}`, [e.handler.line, e.handler.endLine]]));
    expect(ext['GET /']).toEqual([4, 6]);
    expect(ext['GET /feed/']).toEqual([9, 10]);
    expect(ext['POST /feed/']).toEqual([12, 14]);
    const atUrlconf = out.filter((x) => x.handler.file === 'shop/urls.py');
    // An unresolved view (imported from a module the scan did not read) is not listed at all; the admin site is, at its URLconf line.
    expect(atUrlconf.map((e) => e.path).sort()).toEqual(['/admin/']);
    expect(out.some((e) => e.path === '/old/')).toBe(false);
    for (const e of atUrlconf) expect(e.handler.endLine, e.handler.name).toBeUndefined();
  });

  it("starts a handler's extent at its first decorator and gives a class view's inherited handlers the spans of the class's own methods", () => {
    const views = [
      'from django.contrib.auth.decorators import login_required', // 1
      'from django.views.decorators.csrf import csrf_exempt', // 2
      'from rest_framework import viewsets', // 3
      'from rest_framework.decorators import action', // 4
      'from shop.models import Order', // 5
      '', // 6
      '@csrf_exempt', // 7
      '@login_required', // 8
      'def home(request):', // 9
      '    return None', // 10
      '', // 11
      'class Orders(viewsets.ModelViewSet):', // 12
      '    queryset = Order.objects.all()', // 13
      '', // 14
      '    def retrieve(self, request, pk=None):', // 15
      '        return None', // 16
      '', // 17
      '    @action(detail=True, methods=["post"])', // 18
      '    def approve(self, request, pk=None):', // 19
      '        return None', // 20
      '', // 21
      '    def helper(self):', // 22
      '        return None', // 23
    ].join('\n');
    const urls = [
      'from django.urls import include, path',
      'from rest_framework.routers import DefaultRouter',
      'from shop import views',
      '',
      'router = DefaultRouter()',
      'router.register("orders", views.Orders)',
      'urlpatterns = [path("", views.home), path("api/", include(router.urls))]',
    ].join('\n');
    const out = analyzeSources([{ path: 'shop/views.py', source: views }, { path: 'shop/urls.py', source: urls }], []).endpoints;
    const byName = new Map(out.map((e) => [e.handler.name, e.handler]));
    expect(byName.get('shop.views.home')).toEqual({ file: 'shop/views.py', line: 9, endLine: 10, startLine: 7, name: 'shop.views.home' });
    expect(byName.get('shop.views.Orders.approve')).toMatchObject({ line: 19, endLine: 20, startLine: 18 });
    expect(byName.get('shop.views.Orders.retrieve')).toEqual({ file: 'shop/views.py', line: 15, endLine: 16, name: 'shop.views.Orders.retrieve' });
    // `list` is inherited: its handler is the class, minus the class's own methods (decorators included).
    expect(byName.get('shop.views.Orders.list')).toMatchObject({ line: 12, endLine: 23 });
    expect(byName.get('shop.views.Orders.list')!.ownMethods).toEqual([
      { startLine: 15, endLine: 16 },
      { startLine: 18, endLine: 20 },
      { startLine: 22, endLine: 23 },
    ]);
  });
});

// Exact inventories of the framework fixture apps (test/fixtures/<app>) beyond Django, DRF, Flask and
// FastAPI: every route with its methods, full path, authentication and handler, parsed the way a scan
// parses them. An app listed here has its framework's endpoints.ts; one missing has no inventory yet.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../analyze-source.js';
import { graphqlOperationOf, isStateChanging } from '../../domain/index.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

function inventory(app: string): string[] {
  const root = join(FIXTURES, app);
  const sources = readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(py|ya?ml|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((p) => ({ path: relative(root, p).replace(/\\/g, '/'), source: readFileSync(p, 'utf8') }));
  return analyzeSources(sources, []).endpoints.map((e) => `${e.framework} ${e.methods.join(',')} ${e.path} ${e.authentication} ${e.handler.name}`);
}

describe('framework inventories', () => {
  it('Starlette: Route lists of the app, HTTPEndpoint verbs, {name:int} converters', () => {
    expect(inventory('starlette-notes')).toEqual([
      'starlette GET /backup none notes.app.Backup.get',
      'starlette POST /backup none notes.app.Backup.post',
      'starlette GET /export none notes.app.export',
      'starlette GET /export2 none notes.app.export_safe',
      'starlette GET /go none notes.app.go',
      'starlette GET /hello/{name} none notes.app.greet',
      'starlette GET /notes/{note_id} none notes.app.note_page',
      'starlette GET /search none notes.app.search',
      'starlette GET /search2 none notes.app.search_safe',
    ]);
  });

  it('aiohttp: RouteTableDef decorators, router.add_<verb>, web.<verb> and web.view in add_routes, regex parameters', () => {
    expect(inventory('aiohttp-board')).toEqual([
      'aiohttp GET /about/{name} none board.views.about',
      'aiohttp POST /attachment none board.views.attachment',
      'aiohttp POST /ping none board.views.ping',
      'aiohttp DELETE /thread none board.views.ThreadView.delete',
      'aiohttp POST /thread none board.views.ThreadView.post',
      'aiohttp GET /threads none board.views.list_threads',
      'aiohttp GET /threads/{thread_id} none board.views.show_thread',
      'aiohttp GET /trace none board.views.trace',
      'aiohttp GET /users/{name} none board.views.profile',
    ]);
  });

  it('Falcon: add_route resources, their on_<verb> responders and suffixed responders', () => {
    expect(inventory('falcon-inventory')).toEqual([
      'falcon POST /export none inventory.resources.ExportResource.on_post',
      'falcon GET /items/{item_id} none inventory.resources.ItemResource.on_get',
      'falcon PUT /items/{item_id} none inventory.resources.ItemResource.on_put',
      'falcon GET /items/{sku}/label none inventory.resources.LabelResource.on_get',
      'falcon POST /items/{sku}/label none inventory.resources.LabelResource.on_post',
      'falcon GET /login none inventory.resources.LoginResource.on_get',
      'falcon GET /search none inventory.resources.SearchResource.on_get',
      'falcon GET /search/html none inventory.resources.SearchResource.on_get_html',
      'falcon POST /search/html none inventory.resources.SearchResource.on_post_html',
    ]);
  });

  it('Bottle: verb decorators on a Bottle app, wildcards with filters', () => {
    expect(inventory('bottle-pastebin')).toEqual([
      'bottle GET /by/{author} none pastebin.by_author',
      'bottle POST /highlight none pastebin.highlight',
      'bottle POST /login none pastebin.login',
      'bottle GET /paste/{paste_id} none pastebin.show',
      'bottle GET /prefs none pastebin.prefs',
      'bottle GET /preview none pastebin.preview',
      'bottle GET /raw/{name} none pastebin.raw',
      'bottle GET /search none pastebin.search',
      'bottle GET /static/{path} none pastebin.assets',
    ]);
  });
  it('Flask-RESTful: add_resource with several URLs, an Api over a prefixed blueprint, method_decorators as a list and per verb', () => {
    expect(inventory('flask-restful-api')).toEqual([
      'flask_restful GET /export/{fmt} none api.Export.get',
      'flask_restful GET /items/{item_id} none api.Item.get',
      'flask_restful PUT /items/{item_id} none api.Item.put',
      'flask_restful GET /probe none api.Probe.get',
      'flask_restful POST /probe none api.Probe.post',
      'flask_restful DELETE /tags/{tag} none api.Tag.delete',
      'flask_restful GET /tags/{tag} none api.Tag.get',
      'flask_restful GET /team/v1/digest none api.Digest.get',
      'flask_restful POST /team/v1/digest required api.Digest.post',
      'flask_restful GET /team/v1/memos required api.Notes.get',
      'flask_restful POST /team/v1/memos required api.Notes.post',
      'flask_restful GET /team/v1/notes required api.Notes.get',
      'flask_restful POST /team/v1/notes required api.Notes.post',
    ]);
  });

  it('Flask-RESTX: @ns.route on Namespaces added to an Api (default path from the name), api.namespace on a prefixed Api over a blueprint, namespace decorators', () => {
    expect(inventory('flask-restx-api')).toEqual([
      'flask_restx DELETE /devices/by-name/{name} none app.DeviceByName.delete',
      'flask_restx GET /devices/by-name/{name} none app.DeviceByName.get',
      'flask_restx POST /devices/import none app.Import.post',
      'flask_restx PUT /devices/import none app.Import.put',
      'flask_restx GET /devices/search none app.Search.get',
      'flask_restx GET /devices/{device_id} none app.Device.get',
      'flask_restx PUT /devices/{device_id} none app.Device.put',
      'flask_restx GET /registry/v2/people/ required app.Owners.get',
      'flask_restx POST /registry/v2/people/ required app.Owners.post',
      'flask_restx GET /registry/v2/people/all required app.Owners.get',
      'flask_restx POST /registry/v2/people/all required app.Owners.post',
    ]);
  });

  it('Flask-RESTX: @ns.expect names the input and @ns.marshal_list_with the response; documentation decorators guard nothing', () => {
    const root = join(FIXTURES, 'flask-restx-api');
    const e = analyzeSources([{ path: 'app.py', source: readFileSync(join(root, 'app.py'), 'utf8') }], []).endpoints.filter((x) => x.path === '/registry/v2/people/all');
    expect(e.map((x) => [x.methods[0], x.input, x.response, x.guards.map((g) => g.name)])).toEqual([
      ['GET', null, 'app.owner_model', ['flask_login.login_required']],
      ['POST', 'app.owner_model', null, ['flask_login.login_required']],
    ]);
  });
  it('Tornado: the Application table built in a function, verb methods of its handlers, positional regex groups as {argN}; @authenticated, a verb or prepare() turning away callers without current_user require a login', () => {
    expect(inventory('tornado-wiki')).toEqual([
      'tornado GET /drafts required wiki.handlers.DraftsHandler.get',
      'tornado POST /drafts required wiki.handlers.DraftsHandler.post',
      'tornado GET /export none wiki.handlers.ExportHandler.get',
      'tornado GET /login none wiki.handlers.LoginHandler.get',
      'tornado DELETE /moderation/{arg1} required wiki.handlers.ModerationHandler.delete',
      'tornado GET /preview none wiki.handlers.PreviewHandler.get',
      'tornado POST /preview none wiki.handlers.PreviewHandler.post',
      'tornado GET /search none wiki.handlers.SearchHandler.get',
      'tornado POST /search none wiki.handlers.SearchHandler.post',
      'tornado GET /title none wiki.handlers.TitleHandler.get',
      'tornado GET /wiki/{arg1} none wiki.handlers.PageHandler.get',
      'tornado POST /wiki/{arg1} none wiki.handlers.PageHandler.post',
      'tornado GET /wiki/{arg1}/rev/{arg2} none wiki.handlers.RevisionHandler.get',
    ]);
  });

  it('http.server: do_<VERB> methods (and do_HEAD = do_GET), a path per literal self.path / urlparse(self.path).path is compared with, `*` otherwise; a credentials check makes one required, and the unchecked ones of the same file none', () => {
    expect(inventory('http-server-tools')).toEqual([
      'http_server DELETE * required ops_server.OpsHandler.do_DELETE',
      'http_server POST * unknown status_server.StatusHandler.do_POST',
      'http_server GET /health none ops_server.OpsHandler.do_GET',
      'http_server HEAD /health none ops_server.OpsHandler.do_GET',
      'http_server GET /log* unknown status_server.StatusHandler.do_GET',
      'http_server GET /ping* unknown status_server.StatusHandler.do_GET',
      'http_server GET /report* unknown status_server.StatusHandler.do_GET',
      'http_server GET /safe-log* unknown status_server.StatusHandler.do_GET',
      'http_server GET /service* unknown status_server.StatusHandler.do_GET',
      'http_server GET /stats required ops_server.OpsHandler.do_GET',
      'http_server HEAD /stats required ops_server.OpsHandler.do_GET',
      'http_server GET /stats/ required ops_server.OpsHandler.do_GET',
      'http_server HEAD /stats/ required ops_server.OpsHandler.do_GET',
    ]);
  });

  it('http.server: a branch route spans its branch (findings inside it link to it), the guard names the helper that reads the Authorization header', () => {
    const root = join(FIXTURES, 'http-server-tools');
    const e = analyzeSources([{ path: 'ops_server.py', source: readFileSync(join(root, 'ops_server.py'), 'utf8') }], []).endpoints;
    const stats = e.find((x) => x.path === '/stats' && x.methods[0] === 'GET')!;
    expect([stats.handler.line, stats.handler.endLine, stats.guards.map((g) => [g.kind, g.name]), stats.csrf]).toEqual([26, 30, [['handler_check', 'ops_server.OpsHandler._authorized']], 'not_applicable']);
    expect(e.find((x) => x.methods[0] === 'DELETE')!.csrf).toBe('unknown');
  });

  it('WSGI: a callable is one route `*` with unknown methods, or a route per PATH_INFO literal with the REQUEST_METHOD it requires; middleware has none; beside a handler that checks credentials the unchecked ones are none', () => {
    expect(inventory('wsgi-guestbook')).toEqual([
      'wsgi  * none guestbook.Admin.__call__',
      'wsgi GET,HEAD * none guestbook.ping',
      'wsgi  /avatars/* none guestbook.application',
      'wsgi  /calc none guestbook.application',
      'wsgi DELETE /entries/* required guestbook.moderation',
      'wsgi  /files/* none guestbook.application',
      'wsgi  /find none guestbook.application',
      'wsgi  /greet none guestbook.application',
      'wsgi  /lang none guestbook.application',
      'wsgi POST /sign none guestbook.application',
    ]);
  });

  it('connexion: operations of the OpenAPI document under its servers url, handlers by operationId (controller, re-export), security global / per operation / `security: []`, a scheme without its validation function unknown', () => {
    expect(inventory('connexion-orders')).toEqual([
      'connexion GET /v1/greeting none orders.api.receipts.greeting',
      'connexion GET /v1/orders required orders.api.orders.list_orders',
      'connexion POST /v1/orders required orders.api.orders.create_order',
      'connexion DELETE /v1/orders/{order_id} required orders.api.orders.cancel_order',
      'connexion GET /v1/orders/{order_id} unknown orders.api.orders.get_order',
      'connexion POST /v1/receipts required orders.api.receipts.Receipts.upload',
    ]);
  });

  it('connexion: the guard names the scheme and its function, OAuth2 scopes are an authorization, path types and schemas from the document, add_api(base_path=) overrides the servers url', () => {
    const root = join(FIXTURES, 'connexion-orders/orders');
    const files = ['openapi.yaml', 'api/orders.py', 'auth.py'].map((p) => ({ path: `orders/${p}`, source: readFileSync(join(root, p), 'utf8') }));
    files.push({ path: 'orders/app.py', source: 'import connexion\napp = connexion.FlaskApp(__name__)\napp.add_api("openapi.yaml", base_path="/api")\n' });
    const e = analyzeSources(files, []).endpoints;
    const cancel = e.find((x) => x.methods[0] === 'DELETE')!;
    expect([cancel.path, cancel.params, cancel.guards.map((g) => [g.kind, g.name, g.source]), cancel.authorization, cancel.csrf]).toEqual([
      '/api/orders/{order_id}', [{ name: 'order_id', type: 'int' }], [['dependency', 'oauth (orders.auth.token_info)', 'orders/openapi.yaml']], [{ kind: 'permission', name: 'oauth scopes: orders:write' }], 'not_applicable',
    ]);
    expect(e.filter((x) => x.input || x.response).map((x) => [x.methods[0], x.path, x.input, x.response])).toEqual([
      ['POST', '/api/orders', 'Order', null],
      ['GET', '/api/orders/{order_id}', null, 'Order'],
    ]);
    // The receipts module is not among the files: its operations stay listed, at their line of the document.
    expect(e.find((x) => x.path === '/api/receipts')!.handler).toEqual({ file: 'orders/openapi.yaml', line: 51, name: 'api.receipts.Receipts.upload' });
  });

  it('GraphQL: a root field per endpoint at <mount>#<operation>.<field>, mounts by Flask add_url_rule, an unmounted schema unrouted; info.context / current_user checks and strawberry permission_classes guard a field', () => {
    expect(inventory('graphql-library')).toEqual([
      'graphql POST (unrouted) library.ariadne_schema.schema#mutation.restore none library.ariadne_schema.resolve_restore',
      'graphql GET,POST (unrouted) library.ariadne_schema.schema#query.audit none library.ariadne_schema.resolve_audit',
      'graphql POST /graphql#mutation.reindex required library.graphene_schema.Reindex.mutate',
      'graphql GET,POST /graphql#query.byAuthor none library.graphene_schema.Query.resolve_by_author',
      'graphql GET,POST /graphql#query.byYear none library.graphene_schema.Query.resolve_by_year',
      'graphql POST /readers/graphql#mutation.importFeed required library.strawberry_schema.Mutation.import_feed',
      'graphql GET,POST /readers/graphql#query.cover none library.strawberry_schema.Query.cover',
      'graphql GET,POST /readers/graphql#query.coverSized none library.strawberry_schema.Query.cover_sized',
    ]);
  });

  it('GraphQL: graphene-django in a URLconf (schema from GRAPHENE settings, csrf_exempt, graphql_jwt decorators), FastAPI GraphQLRouter, an ASGI app answering every path, auto_camelcase=False, ariadne ObjectType("Mutation")', () => {
    const sources = [
      { path: 'shop/settings.py', source: 'GRAPHENE = {"SCHEMA": "shop.schema.schema"}\nMIDDLEWARE = ["django.middleware.csrf.CsrfViewMiddleware"]\n' },
      { path: 'shop/urls.py', source: 'from django.urls import path\nfrom django.views.decorators.csrf import csrf_exempt\nfrom graphene_django.views import GraphQLView\nurlpatterns = [path("api/graphql/", csrf_exempt(GraphQLView.as_view(graphiql=False)))]\n' },
      {
        path: 'shop/schema.py',
        source: [
          'import graphene', 'from graphene_django import DjangoListField', 'from graphql_jwt.decorators import login_required, staff_member_required', '',
          'class Query(graphene.ObjectType):', '    all_orders = DjangoListField("shop.types.OrderType")', '    my_orders = graphene.List(graphene.String)', '',
          '    @login_required', '    def resolve_my_orders(root, info):', '        return []', '',
          'class Refund(graphene.Mutation):', '    ok = graphene.Boolean()', '',
          '    @staff_member_required', '    def mutate(root, info, order_id):', '        return Refund(ok=True)', '',
          'class Mutation(graphene.ObjectType):', '    refund_order = Refund.Field()', '',
          'schema = graphene.Schema(query=Query, mutation=Mutation, auto_camelcase=False)',
        ].join('\n'),
      },
      {
        path: 'svc/api.py',
        source: [
          'import strawberry', 'from fastapi import FastAPI', 'from strawberry.fastapi import GraphQLRouter', '',
          '@strawberry.type', 'class Query:', '    @strawberry.field', '    def order_count(self) -> int:', '        return 0', '',
          'schema = strawberry.Schema(query=Query)', 'app = FastAPI()', 'app.include_router(GraphQLRouter(schema), prefix="/gql")',
        ].join('\n'),
      },
      {
        path: 'staff/app.py',
        source: [
          'from ariadne import ObjectType, QueryType, make_executable_schema', 'from ariadne.asgi import GraphQL', '',
          'query = QueryType()', 'mutation = ObjectType("Mutation")', '',
          '@query.field("ping")', 'def resolve_ping(_, info):', '    return "pong"', '',
          'def resolve_purge(_, info):', '    return True', '',
          'mutation.set_field("purgeCache", resolve_purge)', 'schema = make_executable_schema("type Query { ping: String }", query, mutation)', 'app = GraphQL(schema)',
        ].join('\n'),
      },
    ];
    const e = analyzeSources(sources, []).endpoints.filter((x) => x.framework === 'graphql');
    expect(e.map((x) => `${x.methods.join(',')} ${x.path} ${x.authentication} ${x.csrf} ${x.handler.name} ${x.authorization.map((a) => a.kind).join(',')}`)).toEqual([
      'POST *#mutation.purgeCache none unknown staff.app.resolve_purge ',
      'GET,POST *#query.ping none not_applicable staff.app.resolve_ping ',
      'POST /api/graphql/#mutation.refund_order required exempt shop.schema.Refund.mutate role',
      'GET,POST /api/graphql/#query.all_orders none not_applicable shop.schema.Query.all_orders ',
      'GET,POST /api/graphql/#query.my_orders required not_applicable shop.schema.Query.resolve_my_orders ',
      'GET,POST /gql#query.orderCount none not_applicable svc.api.Query.order_count ',
    ]);
    expect(e.filter(isStateChanging).map((x) => x.path)).toEqual(['*#mutation.purgeCache', '/api/graphql/#mutation.refund_order']);
    expect(graphqlOperationOf({ path: '/orders/' })).toBeNull();
  });

  it('Tornado: the guards say what decides: the decorator with the get_current_user override it relies on, the verb\'s own check, prepare()', () => {
    const root = join(FIXTURES, 'tornado-wiki/wiki');
    const e = analyzeSources(['app.py', 'handlers.py'].map((p) => ({ path: `wiki/${p}`, source: readFileSync(join(root, p), 'utf8') })), []).endpoints;
    const guards = (path: string, m: string) => e.find((x) => x.path === path && x.methods[0] === m)!.guards.map((g) => [g.kind, g.name, g.source]);
    expect(guards('/drafts', 'GET')).toEqual([['decorator', 'tornado.web.authenticated', 'wiki/handlers.py (wiki.handlers.AccountHandler.get_current_user)']]);
    expect(guards('/drafts', 'POST')).toEqual([['handler_check', 'wiki.handlers.DraftsHandler.post', 'wiki/handlers.py']]);
    expect(guards('/moderation/{arg1}', 'DELETE')).toEqual([['handler_check', 'wiki.handlers.ModerationHandler.prepare', 'wiki/handlers.py']]);
  });
});

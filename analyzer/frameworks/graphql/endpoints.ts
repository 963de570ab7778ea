// GraphQL's part of the endpoint inventory: every root field of a schema (./operations.ts) is an
// endpoint at `<mount>#<operation>.<field>` (domain graphqlFieldPath), for every place the schema is
// served:
//   - Flask `add_url_rule(path, view_func=GraphQLView.as_view(…, schema=S))` (flask-graphql,
//     graphql-server, strawberry.flask), with the app's or blueprint's prefixes and the wrappers
//     around the view;
//   - a Django URLconf route to graphene-django's or strawberry.django's `GraphQLView.as_view(schema=S)`
//     (the schema from GRAPHENE["SCHEMA"] in settings when not passed), with its wrappers;
//   - FastAPI `include_router(GraphQLRouter(S), prefix=…)`, Starlette/FastAPI `mount` / `add_route`
//     of an ASGI `GraphQL(S)`; a module-level `app = GraphQL(S)` served as the application itself
//     answers every path (`*`).
// A schema served nowhere in the scan is listed under `(unrouted) <schema>`. What guards a field:
// the mount's wrappers, the resolver's decorators (graphql_jwt's login_required, staff_member_required,
// superuser_required, permission_required; project decorators by their code), strawberry
// permission_classes (a project class by its has_permission, strawberry_django's by name) and the
// resolver's own `info.context.user` checks. CSRF is the mount's (Django's middleware unless
// csrf_exempt, Flask-WTF), unknown for ASGI apps.
import type { CsrfState, Endpoint, HttpMethod } from '../../../domain/index.js';
import { graphqlFieldPath, unroutedPath, type GraphqlOperation } from '../../../domain/index.js';
import { makeEndpoint } from '../../endpoints/build.js';
import type { FileEndpointFacts } from '../../endpoints/file-facts.js';
import type { FrameworkEndpoints, InventoryContext, UrlTarget } from '../../endpoints/framework-part.js';
import { apply, emptyGuarded, judgeDecorator, requires, type DecoratorTable, type Effect, type Guarded } from '../../endpoints/guards.js';
import { joinPath, werkzeugPath } from '../../endpoints/paths.js';
import { nameOf, type ProjectIndex } from '../../endpoints/project.js';
import { listOf, strOf, type Val } from '../../endpoints/values.js';
import { applyDjangoDecorators } from '../django/endpoints.js';
import { FLASK_DECORATORS, flaskCsrf, prefixesOf } from '../flask/endpoints.js';
import { projectSchemas, type RootField, type SchemaFields } from './operations.js';

const METHODS: Record<GraphqlOperation, HttpMethod[]> = { query: ['GET', 'POST'], mutation: ['POST'], subscription: ['GET'] };
const FLASK_VIEWS = /^(?:flask_graphql|graphql_server\.flask|strawberry\.flask\.views|strawberry\.flask)\.(?:Async)?GraphQLView$/;
const DJANGO_VIEWS = /^(?:graphene_django\.views|strawberry\.django\.views|strawberry_django\.views)\.(?:Async)?GraphQLView$/;
const ASGI_APPS = /^(?:ariadne\.asgi|ariadne\.wsgi|strawberry\.asgi)\.GraphQL$|^ariadne\.asgi\.GraphQL$/;
const ROUTERS = /^strawberry\.fastapi(?:\.router)?\.GraphQLRouter$/;

const jwt = (name: string, authz?: Effect['authorization']) => (): Effect => ({ ...requires('decorator', name), ...(authz ? { authorization: authz } : {}) });
/** Resolver decorators of django-graphql-jwt and strawberry_django. */
const RESOLVER_DECORATORS: DecoratorTable = {
  'graphql_jwt.decorators.login_required': jwt('graphql_jwt.decorators.login_required'),
  'graphql_jwt.decorators.staff_member_required': jwt('graphql_jwt.decorators.staff_member_required', { kind: 'role', name: 'is_staff' }),
  'graphql_jwt.decorators.superuser_required': jwt('graphql_jwt.decorators.superuser_required', { kind: 'role', name: 'is_superuser' }),
  'graphql_jwt.decorators.permission_required': jwt('graphql_jwt.decorators.permission_required', { kind: 'permission', name: 'graphql_jwt.decorators.permission_required' }),
  ...FLASK_DECORATORS,
};
const PERMISSION_CLASSES: Record<string, Effect> = {
  'strawberry_django.permissions.IsAuthenticated': requires('permission_class', 'strawberry_django.permissions.IsAuthenticated'),
  'strawberry_django.permissions.IsStaff': { ...requires('permission_class', 'strawberry_django.permissions.IsStaff'), authorization: { kind: 'role', name: 'is_staff' } },
  'strawberry_django.permissions.IsSuperuser': { ...requires('permission_class', 'strawberry_django.permissions.IsSuperuser'), authorization: { kind: 'role', name: 'is_superuser' } },
  'strawberry_django.permissions.HasPerm': { ...requires('permission_class', 'strawberry_django.permissions.HasPerm'), authorization: { kind: 'permission', name: 'HasPerm' } },
};

/** A strawberry permission class: strawberry_django's by name, a project one by what its has_permission checks. */
function permissionClass(v: Val, file: FileEndpointFacts, index: ProjectIndex): Effect {
  const q = nameOf(v) ?? '?';
  const known = PERMISSION_CLASSES[index.canon(q, file)];
  if (known) return known;
  const m = index.cls(q) ? index.method(q, 'has_permission') : undefined;
  if (!m) return { guard: { kind: 'permission_class', name: q, authentication: 'unknown', source: file.path }, authorization: { kind: 'custom', name: q } };
  const c = m.fact.checks;
  // has_permission answers False and strawberry refuses the field: reading who calls is enough.
  const authorization = c.role ? { kind: 'role' as const, name: q } : c.perm ? { kind: 'permission' as const, name: q } : undefined;
  if (c.identity) return { guard: { kind: 'permission_class', name: q, authentication: 'required', source: m.file.path }, authorization };
  return { guard: { kind: 'permission_class', name: q, authentication: 'unknown', source: m.file.path }, authorization: authorization ?? { kind: 'custom', name: q } };
}

interface Mount {
  path: string;
  guarded: Guarded;
  csrf: CsrfState;
}

function fieldEndpoints(s: SchemaFields, mount: Mount, index: ProjectIndex): Endpoint[] {
  return s.fields.map((f: RootField) => {
    const g: Guarded = { ...mount.guarded, guards: [...mount.guarded.guards], authorization: [...mount.guarded.authorization] };
    for (const x of f.guards) apply(g, x.permission ? permissionClass(x.v, x.file, index) : judgeDecorator(x.v, RESOLVER_DECORATORS, index, x.file));
    const handler = f.fn ? { file: f.fn.file.path, line: f.fn.fact.line, name: f.fn.fact.q } : f.declared;
    const e = makeEndpoint({ framework: 'graphql', methods: METHODS[f.operation], path: graphqlFieldPath(mount.path, f.operation, f.field), params: [], handler, checks: f.fn?.fact.checks, guarded: g, csrfDefault: mount.csrf });
    // A query sent by POST reads: CSRF is about what a mutation changes.
    return f.operation === 'mutation' ? e : { ...e, csrf: 'not_applicable' as const };
  });
}

/** The schema a view or app is given: `schema=S` or its first argument. */
function schemaArg(call: Extract<Val, { k: 'call' }>, schemas: readonly SchemaFields[], index: ProjectIndex): SchemaFields | undefined {
  const q = nameOf(call.kw['schema'] ?? call.args.find((a) => a.k === 'ref'));
  return q ? schemas.find((s) => index.same(s.q, q)) : undefined;
}

/** A value that is, or names, a call of one of these constructors. */
function callOf(v: Val | undefined, file: FileEndpointFacts, index: ProjectIndex, ctor: RegExp): { call: Extract<Val, { k: 'call' }>; q: string | null } | null {
  if (v?.k === 'call' && ctor.test(v.q ?? '')) return { call: v, q: null };
  const q = nameOf(v);
  const a = v?.k === 'ref' && q ? index.assign(q, file) : undefined;
  return a?.k === 'call' && ctor.test(a.q ?? '') ? { call: a, q } : null;
}

function served(ctx: InventoryContext, schemas: readonly SchemaFields[]): Array<{ schema: SchemaFields; mount: Mount }> {
  const { index } = ctx;
  const out: Array<{ schema: SchemaFields; mount: Mount }> = [];
  const mountedApps = new Set<string>();
  const flaskCsrfState = flaskCsrf(index);
  for (const c of index.callsOf('add_url_rule')) {
    let view: Val | undefined = c.fact.call.args[2] ?? c.fact.call.kw['view_func'];
    const route = strOf(c.fact.call.args[0] ?? c.fact.call.kw['rule']);
    const wrappers: Val[] = [];
    while (view?.k === 'call' && !nameOf(view)?.endsWith('.as_view') && view.args[0] && wrappers.length < 8) {
      wrappers.push(view);
      view = view.args[0];
    }
    const vq = nameOf(view);
    if (route === null || view?.k !== 'call' || !vq?.endsWith('.as_view') || !FLASK_VIEWS.test(index.canon(vq.slice(0, -'.as_view'.length), c.file))) continue;
    const schema = schemaArg(view, schemas, index);
    if (!schema || !c.fact.recv) continue;
    for (const prefix of prefixesOf({ q: c.fact.recv, file: c.file }, index)) {
      const g = emptyGuarded();
      for (const w of wrappers) apply(g, judgeDecorator(w, FLASK_DECORATORS, index, c.file));
      out.push({ schema, mount: { path: werkzeugPath(joinPath(prefix, route)).path, guarded: g, csrf: flaskCsrfState } });
    }
  }
  for (const c of [...index.callsOf('include_router'), ...index.callsOf('mount'), ...index.callsOf('add_route'), ...index.callsOf('add_websocket_route')]) {
    const router = c.fact.method === 'include_router';
    const target = router ? (c.fact.call.args[0] ?? c.fact.call.kw['router']) : (c.fact.call.args[1] ?? c.fact.call.kw['app'] ?? c.fact.call.kw['route']);
    const found = callOf(target, c.file, index, router ? ROUTERS : ASGI_APPS);
    const schema = found ? schemaArg(found.call, schemas, index) : undefined;
    if (!found || !schema) continue;
    if (found.q) mountedApps.add(found.q);
    const path = router ? joinPath(strOf(c.fact.call.kw['prefix']) ?? '', strOf(found.call.kw['path']) ?? '') : (strOf(c.fact.call.args[0] ?? c.fact.call.kw['path']) ?? null);
    if (path === null) continue;
    const g = emptyGuarded();
    // Router dependencies are FastAPI's to judge; read here, they are what Assay cannot vouch for.
    for (const d of listOf(c.fact.call.kw['dependencies'])) apply(g, { guard: { kind: 'dependency', name: nameOf(d.k === 'call' ? d.args[0] : d) ?? '?', authentication: 'unknown', source: c.file.path } });
    out.push({ schema, mount: { path: path || '/', guarded: g, csrf: 'unknown' } });
  }
  for (const file of index.files) {
    for (const [q, v] of Object.entries(file.assigns)) {
      if (v.k !== 'call' || !ASGI_APPS.test(v.q ?? '') || q.startsWith('local:') || [...mountedApps].some((m) => index.same(m, q))) continue;
      const schema = schemaArg(v, schemas, index);
      if (schema) out.push({ schema, mount: { path: '*', guarded: emptyGuarded(), csrf: 'unknown' } });
    }
  }
  return out;
}

/** The schema graphene-django serves when the view is not given one: GRAPHENE = {"SCHEMA": "app.schema.schema"}. */
function settingsSchema(index: ProjectIndex): string | null {
  for (const f of index.files) {
    const v = f.assigns[`${f.module}.GRAPHENE`];
    const s = v?.k === 'dict' ? strOf(v.entries.find(([k]) => k === 'SCHEMA')?.[1]) : null;
    if (s) return s;
  }
  return null;
}

function djangoMount(t: UrlTarget, ctx: InventoryContext): Endpoint[] | null {
  const { index } = ctx;
  const vq = nameOf(t.view);
  if (t.view.k !== 'call' || !vq?.endsWith('.as_view') || !DJANGO_VIEWS.test(index.canon(vq.slice(0, -'.as_view'.length), t.file))) return null;
  const schemas = projectSchemas(index);
  const named = nameOf(t.view.kw['schema']) ?? settingsSchema(index);
  const schema = named ? schemas.find((s) => index.same(s.q, named)) : undefined;
  if (!schema) return null;
  const g = emptyGuarded();
  applyDjangoDecorators(g, [...t.wrappers].reverse(), index, t.file);
  return fieldEndpoints(schema, { path: t.path, guarded: g, csrf: ctx.djangoCsrf }, index);
}

/** Schemas a Django URLconf serves (found by djangoMount), so they are not listed again as unrouted. */
function djangoServed(ctx: InventoryContext, schemas: readonly SchemaFields[]): Set<string> {
  const out = new Set<string>();
  const named = settingsSchema(ctx.index);
  for (const f of ctx.index.files) {
    for (const u of f.urlpatterns) {
      const text = JSON.stringify(u);
      if (!/GraphQLView\.as_view/.test(text)) continue;
      for (const s of schemas) if (text.includes(`"${s.q}"`) || (named && ctx.index.same(s.q, named))) out.add(s.q);
    }
  }
  return out;
}

function graphqlRoutes(ctx: InventoryContext): Endpoint[] {
  const schemas = projectSchemas(ctx.index);
  if (schemas.length === 0) return [];
  const out: Endpoint[] = [];
  const mounts = served(ctx, schemas);
  for (const m of mounts) out.push(...fieldEndpoints(m.schema, m.mount, ctx.index));
  const inDjango = djangoServed(ctx, schemas);
  for (const s of schemas) {
    if (mounts.some((m) => m.schema === s) || inDjango.has(s.q)) continue;
    out.push(...fieldEndpoints(s, { path: unroutedPath(s.q), guarded: emptyGuarded(), csrf: 'unknown' }, ctx.index));
  }
  return out;
}

export const graphqlEndpoints: FrameworkEndpoints = { routes: graphqlRoutes, urlView: djangoMount };

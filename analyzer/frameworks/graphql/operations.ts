// The root fields of the project's GraphQL schemas, for the endpoint inventory: which schema object
// declares which query, mutation and subscription fields, each with the function that resolves it
// and what stands in front of that function.
//   - graphene: `graphene.Schema(query=Q, mutation=M)`; a root type's fields are its field
//     declarations and `resolve_<field>` methods (its project bases included); `X.Field()` of a
//     Mutation class is resolved by X.mutate; `Field(..., resolver=f)` by f; a declaration with no
//     resolver (graphene-django's DjangoListField) is listed at its line.
//   - strawberry: `strawberry.Schema(query=Q, …)`; methods decorated @strawberry.field / mutation /
//     subscription and `x = strawberry.field(resolver=f)`, with their `permission_classes`.
//   - ariadne: `make_executable_schema(type_defs, query, mutation, …)` over QueryType(),
//     MutationType(), SubscriptionType() or ObjectType("Query") objects, whose `@obj.field("name")`
//     and `obj.set_field("name", f)` name the resolvers.
// Field names are as clients write them: graphene and strawberry camel-case Python names unless the
// schema says otherwise (auto_camelcase=False, StrawberryConfig(auto_camel_case=False)) or the
// field names itself (`name=`).
import type { GraphqlOperation } from '../../../domain/index.js';
import type { ClassFact, FileEndpointFacts, FunctionFact } from '../../endpoints/file-facts.js';
import { nameOf, type Located, type ProjectIndex } from '../../endpoints/project.js';
import { listOf, strOf, type Val } from '../../endpoints/values.js';

export interface RootField {
  operation: GraphqlOperation;
  field: string;
  /** The resolver, when the project defines one. */
  fn: Located<FunctionFact> | null;
  /** Where the field is declared when no resolver of the project runs (file, line, qualified name). */
  declared: { file: string; line: number; name: string };
  /** Decorators, permission classes and declarations in front of the resolver, with the file they are written in. */
  guards: Array<{ v: Val; file: FileEndpointFacts; permission?: boolean }>;
}

export interface SchemaFields {
  /** Qualified name of the schema object (`library.graphene_schema.schema`). */
  q: string;
  file: FileEndpointFacts;
  fields: RootField[];
}

const OPS: Array<[string, GraphqlOperation]> = [['query', 'query'], ['mutation', 'mutation'], ['subscription', 'subscription']];
const GRAPHENE_SCHEMAS = /^graphene(?:\.types\.schema)?\.Schema$/;
const STRAWBERRY_SCHEMAS = /^strawberry(?:\.federation)?(?:\.schema)?\.Schema$/;
const STRAWBERRY_FIELDS = /^strawberry(?:_django)?\.(field|mutation|subscription)$/;
const ARIADNE_TYPES: Record<string, GraphqlOperation> = { 'ariadne.QueryType': 'query', 'ariadne.MutationType': 'mutation', 'ariadne.SubscriptionType': 'subscription' };

const camel = (s: string) => s.replace(/^(_*)(.*)$/, (_m, lead: string, rest: string) => lead + rest.replace(/_+([a-zA-Z0-9])/g, (_x, c: string) => c.toUpperCase()));
const isFalse = (v: Val | undefined) => v?.k === 'bool' && !v.v;

function attrLine(cls: Located<ClassFact>, name: string): number {
  return cls.fact.attrAt?.[name]?.line ?? cls.fact.line;
}

function grapheneFields(rootQ: string, op: GraphqlOperation, camelCase: boolean, index: ProjectIndex): RootField[] {
  const out = new Map<string, RootField>();
  for (const cls of index.lineage(rootQ).classes) {
    for (const [name, v] of Object.entries(cls.fact.attrs)) {
      if (v.k !== 'call' || name.startsWith('_') || out.has(name)) continue;
      const field = strOf(v.kw['name']) ?? (camelCase ? camel(name) : name);
      const resolver = index.fn(nameOf(v.kw['resolver']));
      const own = index.method(rootQ, `resolve_${name}`);
      // `Reindex.Field()`: the mutation class's mutate resolves it.
      const mutation = v.q?.endsWith('.Field') ? v.q.slice(0, -'.Field'.length) : null;
      const mutate = mutation && index.cls(mutation) ? (index.method(mutation, 'mutate') ?? index.method(mutation, 'mutate_and_get_payload')) : undefined;
      const fn = own ?? resolver ?? mutate ?? null;
      out.set(name, { operation: op, field, fn, declared: { file: cls.file.path, line: attrLine(cls, name), name: `${cls.fact.q}.${name}` }, guards: fn ? fn.fact.decorators.map((d) => ({ v: d, file: fn.file })) : [] });
    }
    for (const [mname, m] of Object.entries(cls.fact.methods)) {
      const name = mname.startsWith('resolve_') ? mname.slice('resolve_'.length) : '';
      if (!name || out.has(name)) continue;
      const fn = { file: cls.file, fact: m };
      out.set(name, { operation: op, field: camelCase ? camel(name) : name, fn, declared: { file: cls.file.path, line: m.line, name: m.q }, guards: m.decorators.map((d) => ({ v: d, file: cls.file })) });
    }
  }
  return [...out.values()];
}

function strawberryFields(rootQ: string, op: GraphqlOperation, camelCase: boolean, index: ProjectIndex): RootField[] {
  const out = new Map<string, RootField>();
  const perms = (v: Val, file: FileEndpointFacts) => (v.k === 'call' ? listOf(v.kw['permission_classes']).map((p) => ({ v: p, file, permission: true })) : []);
  for (const cls of index.lineage(rootQ).classes) {
    for (const [mname, m] of Object.entries(cls.fact.methods)) {
      const marker = m.decorators.find((d) => STRAWBERRY_FIELDS.test(index.canon(nameOf(d), cls.file)));
      if (!marker || out.has(mname)) continue;
      const field = (marker.k === 'call' ? strOf(marker.kw['name']) : null) ?? (camelCase ? camel(mname) : mname);
      const guards = [...perms(marker, cls.file), ...m.decorators.filter((d) => d !== marker).map((d) => ({ v: d, file: cls.file }))];
      out.set(mname, { operation: op, field, fn: { file: cls.file, fact: m }, declared: { file: cls.file.path, line: m.line, name: m.q }, guards });
    }
    for (const [name, v] of Object.entries(cls.fact.attrs)) {
      if (v.k !== 'call' || !STRAWBERRY_FIELDS.test(index.canon(v.q, cls.file)) || out.has(name)) continue;
      const fn = index.fn(nameOf(v.kw['resolver'] ?? v.args[0])) ?? null;
      const field = strOf(v.kw['name']) ?? (camelCase ? camel(name) : name);
      const guards = [...perms(v, cls.file), ...(fn ? fn.fact.decorators.map((d) => ({ v: d, file: fn.file })) : [])];
      out.set(name, { operation: op, field, fn, declared: { file: cls.file.path, line: attrLine(cls, name), name: `${cls.fact.q}.${name}` }, guards });
    }
  }
  return [...out.values()];
}

/** The root operation an ariadne bindable stands for: QueryType(), ObjectType("Mutation") …, else null. */
function ariadneOperation(q: string, file: FileEndpointFacts, index: ProjectIndex): GraphqlOperation | null {
  const v = index.assign(q, file);
  if (v?.k !== 'call' || !v.q) return null;
  if (ARIADNE_TYPES[v.q]) return ARIADNE_TYPES[v.q]!;
  const name = v.q === 'ariadne.ObjectType' ? strOf(v.args[0] ?? v.kw['name']) : null;
  return name === 'Query' ? 'query' : name === 'Mutation' ? 'mutation' : name === 'Subscription' ? 'subscription' : null;
}

function ariadneFields(bindables: Val[], file: FileEndpointFacts, index: ProjectIndex): RootField[] {
  const out: RootField[] = [];
  for (const b of bindables) {
    const q = nameOf(b);
    const op = q ? ariadneOperation(q, file, index) : null;
    if (!q || !op) continue;
    const add = (field: string, fn: Located<FunctionFact>) => {
      if (!out.some((f) => f.operation === op && f.field === field)) out.push({ operation: op, field, fn, declared: { file: fn.file.path, line: fn.fact.line, name: fn.fact.q }, guards: fn.fact.decorators.filter((d) => !index.same(nameOf(d), `${q}.field`)).map((d) => ({ v: d, file: fn.file })) });
    };
    for (const fn of index.functions.values()) {
      for (const d of fn.fact.decorators) {
        if (d.k !== 'call' || !index.same(d.q, `${q}.field`)) continue;
        const field = strOf(d.args[0]);
        if (field) add(field, fn);
      }
    }
    for (const c of index.callsOf('set_field')) {
      if (!index.same(c.fact.recv, q)) continue;
      const field = strOf(c.fact.call.args[0]);
      const fn = index.fn(nameOf(c.fact.call.args[1]));
      if (field && fn) add(field, fn);
    }
  }
  return out;
}

/** Every schema object the project builds, with its root fields. */
export function projectSchemas(index: ProjectIndex): SchemaFields[] {
  const out: SchemaFields[] = [];
  for (const file of index.files) {
    if (!file.frameworks.includes('graphql')) continue;
    for (const [q, v] of Object.entries(file.assigns)) {
      if (v.k !== 'call' || !v.q || q.startsWith('local:')) continue;
      const fields: RootField[] = [];
      if (GRAPHENE_SCHEMAS.test(v.q) || STRAWBERRY_SCHEMAS.test(v.q)) {
        const graphene = GRAPHENE_SCHEMAS.test(v.q);
        const config = v.kw['config'];
        const camelCase = graphene ? !isFalse(v.kw['auto_camelcase']) : !(config?.k === 'call' && isFalse(config.kw['auto_camel_case']));
        OPS.forEach(([kw, op], i) => {
          const root = nameOf(v.kw[kw] ?? v.args[i]);
          if (!root || !index.cls(root)) return;
          fields.push(...(graphene ? grapheneFields(root, op, camelCase, index) : strawberryFields(root, op, camelCase, index)));
        });
      } else if (v.q === 'ariadne.make_executable_schema' || v.q === 'ariadne.executable_schema.make_executable_schema') {
        fields.push(...ariadneFields([...v.args.slice(1).flatMap((a) => listOf(a)), ...listOf(v.kw['bindables'])], file, index));
      } else continue;
      if (fields.length > 0) out.push({ q, file, fields });
    }
  }
  return out;
}

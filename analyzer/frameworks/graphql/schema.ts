// What a GraphQL schema declares about a resolver's arguments, read from the Python file: graphene
// field arguments (`graphene.List(Book, author=graphene.String())`, a Mutation's `class Arguments`)
// and the SDL text of an ariadne schema (`employees(department: String!, limit: Int)`). Each argument
// gets a converter name: 'int' (numbers, booleans, enums, dates: no injection), 'json' (input
// objects and JSON scalars: attacker-shaped data) or 'string'.
import type { FileContext } from '../../file-context.js';
import type { SyntaxNode } from '../../rule.js';
import { positionalArgs } from '../support.js';

const GRAPHENE_CLEAN = new Set(['Int', 'Float', 'Boolean', 'Decimal', 'Date', 'DateTime', 'Time', 'UUID', 'BigInt']);
const GRAPHENE_JSON = new Set(['JSONString', 'GenericScalar', 'JSON']);
const SDL_CLEAN = new Set(['Int', 'Float', 'Boolean']);

/** Classes of the file that graphene makes enums or input objects: their arguments are 'int' / 'json'. */
export function grapheneKinds(ctx: FileContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const stmt of ctx.tree.rootNode.namedChildren) {
    const cls = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    if (cls?.type !== 'class_definition') continue;
    const bases = (cls.childForFieldName('superclasses')?.namedChildren ?? []).map((b) => ctx.names.qualifiedName(b) ?? b.text);
    const name = cls.childForFieldName('name')?.text ?? '';
    if (bases.some((b) => /(^|\.)(Enum)$/.test(b))) out.set(name, 'int');
    else if (bases.some((b) => /(^|\.)InputObjectType$/.test(b))) out.set(name, 'json');
  }
  return out;
}

/** The converter of a graphene type expression: `graphene.Int(required=True)`, `graphene.Argument(graphene.ID)`, `SortEnum()`. */
export function grapheneType(ctx: FileContext, node: SyntaxNode | undefined, local: Map<string, string>, depth = 0): string {
  if (!node || depth > 4) return 'string';
  const callee = node.type === 'call' ? node.childForFieldName('function') : node;
  const q = ctx.names.qualifiedName(callee) ?? callee?.text ?? '';
  const last = q.slice(q.lastIndexOf('.') + 1);
  if (node.type === 'call' && (last === 'Argument' || last === 'NonNull' || last === 'List')) return grapheneType(ctx, positionalArgs(node)[0], local, depth + 1);
  if (GRAPHENE_CLEAN.has(last)) return 'int';
  if (GRAPHENE_JSON.has(last)) return 'json';
  if (/\.Enum\.from_enum$/.test(q) || q.endsWith('Enum.from_enum')) return 'int';
  return local.get(last) ?? 'string';
}

/** Keyword arguments of a graphene field declaration that are GraphQL arguments, with their converters. */
export function fieldArgs(ctx: FileContext, call: SyntaxNode, local: Map<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (a.type !== 'keyword_argument') continue;
    const name = a.childForFieldName('name')?.text ?? '';
    const value = a.childForFieldName('value');
    // Field options, not arguments.
    if (['required', 'description', 'default_value', 'resolver', 'name', 'deprecation_reason', 'source'].includes(name)) continue;
    if (value?.type === 'call' || value?.type === 'identifier' || value?.type === 'attribute') out[name] = grapheneType(ctx, value, local);
  }
  return out;
}

/** `employees(department: String!, limit: Int): [Employee]` in any SDL string of the file. */
export function sdlArgs(file: string): Map<string, Record<string, string>> {
  // SDL lives in the file's triple-quoted strings (`gql("""type Query { … }""")`).
  const source = [...file.matchAll(/"""([\s\S]*?)"""|'''([\s\S]*?)'''/g)].map((m) => m[1] ?? m[2] ?? '').join('\n');
  const enums = new Set([...source.matchAll(/\benum\s+(\w+)\s*\{/g)].map((m) => m[1]!));
  const out = new Map<string, Record<string, string>>();
  for (const m of source.matchAll(/\b(\w+)\s*\(([^()]*)\)\s*:/g)) {
    const args: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/(\w+)\s*:\s*\[?\s*(\w+)/g)) {
      const t = a[2]!;
      const conv = SDL_CLEAN.has(t) || enums.has(t) ? 'int' : t === 'String' || t === 'ID' ? 'string' : 'json';
      args[a[1]!] = conv;
      // convert_kwargs_to_snake_case hands `createdBy` to the resolver as created_by.
      args[a[1]!.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = conv;
    }
    if (!out.has(m[1]!)) out.set(m[1]!, args);
  }
  return out;
}

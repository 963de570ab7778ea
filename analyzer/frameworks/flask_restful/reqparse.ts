// Request parsers (Flask-RESTful's and Flask-RESTX's reqparse): `parser.add_argument("id", type=int)`
// declares a field of what `parser.parse_args()` returns. A field whose `type` converts to a number,
// boolean, date or UUID (int, float, inputs.natural, inputs.boolean …) or whose `choices` is a
// constant list cannot carry an injection; a `str`, project or unknown type can.
import type { FileContext } from '../../file-context.js';
import type { SyntaxNode } from '../../rule.js';
import type { ClassIR, FieldIR } from '../../taint/ir.js';
import { callsIn, keywordArg, methodOf, positionalArgs } from '../support.js';

/** The field constructor recorded for a neutral argument (listed in the models' neutralFields). */
export const NEUTRAL_ARGUMENT = 'reqparse.NeutralArgument';
const ARGUMENT = 'reqparse.Argument';

const NEUTRAL_TYPES = new Set([
  'builtins.int', 'builtins.float', 'builtins.bool', 'int', 'float', 'bool', 'uuid.UUID', 'decimal.Decimal',
  ...['flask_restful', 'flask_restx', 'flask_restplus'].flatMap((m) =>
    ['boolean', 'natural', 'positive', 'int_range', 'date', 'datetime_from_iso8601', 'datetime_from_rfc822', 'date_from_iso8601', 'iso8601interval'].map((n) => `${m}.inputs.${n}`),
  ),
]);
const PARSERS = /^(flask_restful|flask_restx|flask_restplus)\.reqparse\.RequestParser$/;

/** `a.b.c` of an attribute chain, or the name; null otherwise. */
function dotted(n: SyntaxNode | null): string | null {
  return n?.type === 'identifier' || n?.type === 'attribute' ? n.text : null;
}

/** The id of the function the node is in, as the taint lowering names it (`m.C.get`, `m.f.<locals>.g`), or the module. */
function scopeOf(ctx: FileContext, node: SyntaxNode): string {
  const defs: SyntaxNode[] = [];
  for (let p = node.parent; p; p = p.parent) if (p.type === 'function_definition' || p.type === 'class_definition') defs.unshift(p);
  let id = ctx.module;
  defs.forEach((d, i) => {
    id += `${i > 0 && defs[i - 1]!.type === 'function_definition' ? '.<locals>' : ''}.${d.childForFieldName('name')?.text ?? ''}`;
  });
  return id;
}

function neutral(ctx: FileContext, call: SyntaxNode): boolean {
  const type = keywordArg(call, 'type');
  if (type && NEUTRAL_TYPES.has(ctx.names.qualifiedName(type) ?? type.text)) return true;
  if (type?.type === 'call' && /inputs\.int_range$/.test(ctx.names.qualifiedName(type.childForFieldName('function')) ?? '')) return true;
  const choices = keywordArg(call, 'choices');
  return !!choices && (choices.type === 'list' || choices.type === 'tuple' || choices.type === 'set') && choices.namedChildren.every((c) => ctx.constant(c) !== undefined);
}

export function parserDeclarations(ctx: FileContext): ClassIR[] {
  if (!/\badd_argument\b/.test(ctx.source) || !/reqparse|\.parser\(/.test(ctx.source)) return [];
  const byId = new Map<string, Record<string, FieldIR>>();
  for (const call of callsIn(ctx.tree.rootNode)) {
    if (methodOf(call) !== 'add_argument') continue;
    const recv = call.childForFieldName('function')?.childForFieldName('object') ?? null;
    const name = dotted(recv);
    const field = ctx.constant(positionalArgs(call)[0] ?? keywordArg(call, 'name'));
    if (!name || name.includes('.') || field?.kind !== 'str') continue;
    const scope = scopeOf(ctx, call);
    const atModule = scope === ctx.module;
    // A module-level parser is a RequestParser (or api.parser()) by its assignment; a local one by its name's use.
    if (atModule) {
      const init = ctx.moduleConstant(name);
      const q = init?.type === 'call' ? (ctx.names.qualifiedName(init.childForFieldName('function')) ?? '') : '';
      if (!PARSERS.test(q) && !(init?.type === 'call' && methodOf(init) === 'parser')) continue;
    }
    const id = atModule ? `${ctx.module}.${name}.<fields>` : `${scope}.<locals>.${name}.<fields>`;
    const fields = byId.get(id) ?? {};
    // `dest=` renames the field in the parsed result.
    const dest = ctx.constant(keywordArg(call, 'dest'));
    fields[dest?.kind === 'str' ? dest.value : field.value] = { ann: null, ctor: neutral(ctx, call) ? NEUTRAL_ARGUMENT : ARGUMENT };
    byId.set(id, fields);
  }
  return [...byId].map(([id, fields]) => ({ id, bases: [], fields, methods: {} }));
}

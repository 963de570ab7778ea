// Functions a framework the file imports calls with an unhandled exception, found the way that
// framework registers them (analyzer/frameworks/<id>/error-handlers.ts): a decorator, a
// registration call naming the function, or an override of the framework class's method.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import type { ErrorHandlerFacts } from '../../frameworks/error-handlers.js';
import { errorHandlerFactsOf } from '../../frameworks/registry.js';
import { decoratorsOf } from './classes.js';
import { positionalArguments } from './calls.js';

export interface FrameworkErrorHandler {
  /** The parameter holding the exception, when the handler declares it. */
  exception: string | null;
  /** What it is registered for (`Exception`, `500`), as written; empty when unsaid. */
  type: string;
  /** The response parameter and the attributes that set its body, when the handler answers through them. */
  responseBody?: { name: string; attrs: readonly string[] };
}

/** Per file: registration calls by the name of the function they register, with the type written. */
const REGISTERED = new WeakMap<RuleContext, Map<string, Map<ErrorHandlerFacts, string>>>();

function factsOf(ctx: RuleContext): ErrorHandlerFacts[] {
  return [...ctx.fileFrameworks].map((f) => errorHandlerFactsOf(f)).filter((f): f is ErrorHandlerFacts => !!f);
}

function registered(ctx: RuleContext, facts: ErrorHandlerFacts[]): Map<string, Map<ErrorHandlerFacts, string>> {
  let out = REGISTERED.get(ctx);
  if (out) return out;
  out = new Map();
  const regs = facts.flatMap((f) => (f.registrations ?? []).map((r) => ({ f, r })));
  if (regs.length > 0) {
    for (const call of ctx.tree.rootNode.descendantsOfType('call')) {
      const callee = call.childForFieldName('function');
      const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
      for (const { f, r } of regs) {
        if (method !== r.method) continue;
        const args = positionalArguments(call);
        const handler = args[r.handlerArg];
        if (handler?.type !== 'identifier') continue;
        if (!out.has(handler.text)) out.set(handler.text, new Map());
        out.get(handler.text)!.set(f, args[r.typeArg]?.text ?? '');
      }
    }
  }
  REGISTERED.set(ctx, out);
  return out;
}

function paramNames(fn: SyntaxNode): string[] {
  return (fn.childForFieldName('parameters')?.namedChildren ?? [])
    .map((p) => (p.type === 'identifier' ? p.text : ((p.childForFieldName('name') ?? p.namedChildren.find((c) => c.type === 'identifier'))?.text ?? '')))
    .filter((p) => p !== 'self' && p !== 'cls' && p !== '' && !p.startsWith('*'));
}

function classBases(fn: SyntaxNode): string[] {
  let cur = fn.parent;
  if (cur?.type === 'decorated_definition') cur = cur.parent;
  if (cur?.type === 'block') cur = cur.parent;
  if (cur?.type !== 'class_definition') return [];
  return (cur.childForFieldName('superclasses')?.namedChildren ?? []).map((b) => b.text);
}

function describe(fn: SyntaxNode, f: ErrorHandlerFacts, type: string): FrameworkErrorHandler {
  const params = paramNames(fn);
  const exception = (f.exceptionParam !== undefined ? params[f.exceptionParam] : params[params.length - 1]) ?? null;
  const resp = f.responseBody ? params[f.responseBody.param] : undefined;
  return { exception, type, ...(resp && f.responseBody ? { responseBody: { name: resp, attrs: f.responseBody.attrs } } : {}) };
}

/** The error handler `fn` is for a framework its file imports, or null. */
export function frameworkErrorHandler(fn: SyntaxNode, ctx: RuleContext): FrameworkErrorHandler | null {
  if (fn.type !== 'function_definition') return null;
  const facts = factsOf(ctx);
  if (facts.length === 0) return null;
  for (const d of decoratorsOf(fn, ctx)) {
    const callee = d.call?.childForFieldName('function');
    const tail = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
    const f = facts.find((x) => tail && x.decorators?.includes(tail));
    if (f) return describe(fn, f, positionalArguments(d.call!)[0]?.text ?? '');
  }
  const name = fn.childForFieldName('name')?.text ?? '';
  const bases = classBases(fn);
  const f = facts.find((x) => x.overrides?.some((o) => o.method === name && bases.some((b) => o.base.test(b))));
  if (f) return describe(fn, f, '');
  if (bases.length > 0) return null;
  const regs = registered(ctx, facts).get(name);
  if (!regs) return null;
  const [reg, type] = [...regs][0]!;
  return describe(fn, reg, type);
}

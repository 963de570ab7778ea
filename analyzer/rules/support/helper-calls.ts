// Following a call into a project helper from a per-function rule. The rule cannot see the helper
// (it may live in another module); it records what the helper does with each parameter as a trait
// (`helperTrait`), and at the call site a finding that stands when the callee has the trait for the
// argument's slot (`reportThroughCall`). The project pass joins the two once every module is known
// (analyzer/taint/through.ts), resolving the callee as Python would.
import type { ReportOptions, RuleContext, SyntaxNode } from '../../rule.js';
import { enclosingFunction } from './names-of-values.js';

/** The taint IR's id of a def: `pkg.views.Detail.get`, `pkg.views.outer.<locals>.inner`. */
export function functionId(fn: SyntaxNode, ctx: RuleContext): string | null {
  const parts: string[] = [];
  for (let cur: SyntaxNode | null = fn; cur; cur = cur.parent) {
    if (cur.type !== 'function_definition' && cur.type !== 'class_definition') continue;
    const name = cur.childForFieldName('name')?.text;
    if (!name) return null;
    parts.push(cur.type === 'function_definition' && cur.id !== fn.id ? `${name}.<locals>` : name);
  }
  return [ctx.module, ...parts.reverse()].filter(Boolean).join('.');
}

/** The callee's qualified name as this module writes it, when it may be a project function. */
export function projectCallee(call: SyntaxNode, ctx: RuleContext): string | null {
  const f = call.childForFieldName('function');
  if (!f || (f.type !== 'identifier' && f.type !== 'attribute')) return null;
  const q = ctx.names.qualifiedName(f);
  if (q) return q.startsWith('builtins.') ? null : q;
  // A free name in a module with star imports may be one of theirs (Program.canonical looks).
  if (f.type === 'identifier' && ctx.names.starImports.length > 0) return `${ctx.module}.${f.text}`;
  return null;
}

/** A parameter's slots: its position among the caller-supplied arguments, and its name. */
export function parameterSlots(fn: SyntaxNode): Array<{ name: string; slots: string[] }> {
  const out: Array<{ name: string; slots: string[] }> = [];
  const holder = fn.parent?.type === 'decorated_definition' ? fn.parent.parent : fn.parent;
  const inClass = holder?.type === 'block' && holder.parent?.type === 'class_definition';
  let i = 0;
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    const id = p.type === 'identifier' ? p : p.namedChildren.find((c) => c.type === 'identifier');
    if (!id || p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern') continue;
    // A method's self/cls is bound by the call, not passed.
    if (inClass && out.length === 0 && i === 0 && (id.text === 'self' || id.text === 'cls')) {
      i = -1;
    } else out.push({ name: id.text, slots: [String(i), id.text] });
    i++;
  }
  return out;
}

/** The slot an argument fills: its position, or its keyword. */
export function argumentSlots(call: SyntaxNode): Array<{ value: SyntaxNode; slot: string }> {
  const out: Array<{ value: SyntaxNode; slot: string }> = [];
  let i = 0;
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (a.type === 'keyword_argument') {
      const v = a.childForFieldName('value');
      const k = a.childForFieldName('name')?.text;
      if (v && k) out.push({ value: v, slot: k });
    } else if (a.type !== 'list_splat' && a.type !== 'dictionary_splat' && a.type !== 'comment') out.push({ value: a, slot: String(i++) });
  }
  return out;
}

/** Records that the function enclosing `at` does `what` with parameter `param` (both its slots). */
export function helperTrait(at: SyntaxNode, ctx: RuleContext, what: string, param: string): void {
  const fn = at.type === 'function_definition' ? at : enclosingFunction(at);
  if (!fn || !ctx.trait) return;
  const id = functionId(fn, ctx);
  const p = parameterSlots(fn).find((s) => s.name === param);
  if (!id || !p) return;
  for (const slot of p.slots) ctx.trait(id, `${what}@${slot}`);
}

/** Records that the function enclosing `at` does `what` (whatever it is given). */
export function functionTrait(at: SyntaxNode, ctx: RuleContext, what: string): void {
  const fn = at.type === 'function_definition' ? at : enclosingFunction(at);
  const id = fn && functionId(fn, ctx);
  if (id && ctx.trait) ctx.trait(id, what);
}

/**
 * A finding at `call` that stands when its project callee does `what` with the parameter the
 * argument `arg` fills (or, with `lacks`, when it does not).
 */
export function reportThroughCall(call: SyntaxNode, arg: SyntaxNode, ctx: RuleContext, what: string, options: ReportOptions, lacks = false): boolean {
  if (!ctx.reportThrough) return false;
  const callee = projectCallee(call, ctx);
  const slot = argumentSlots(call).find((a) => a.value.id === arg.id || (arg.startIndex >= a.value.startIndex && arg.endIndex <= a.value.endIndex))?.slot;
  if (!callee || slot === undefined) return false;
  ctx.reportThrough(call, options, { callee, trait: `${what}@${slot}`, ...(lacks ? { lacks } : {}) });
  return true;
}

// Per-file facts for the project-wide taint pass, extracted in the worker where the tree lives:
// every function, method and the module top level lowered into the taint IR, the classes (bases,
// fields, methods) and the handlers registered by calls (each framework's `registrations`). Plain
// data: it crosses the thread boundary.
import type { FileContext } from '../file-context.js';
import type { ClassIR, FunctionIR, UrlRouteIR } from './ir.js';
import { FileLowerer, localNames } from './lower-stmt.js';
import { WEB_FRAMEWORKS } from '../frameworks/registry.js';
import { locOf } from './lower-expr.js';
import { hasThrough, type ThroughFacts } from './through.js';
import { fileCallees, staticCallees } from './static-callees.js';

export interface FileFactsData {
  path: string;
  module: string;
  /** The module top level is the function `<module>.<module>`. */
  functions: FunctionIR[];
  classes: ClassIR[];
  urlRoutes: UrlRouteIR[];
  /** Line ranges of code removed by constant folding. */
  dead: Array<[number, number]>;
  /** Import aliases of the module: re-exports resolve through them. */
  bindings: Record<string, string>;
  /** Source lines, for trace snippets. */
  lines: string[];
  /** Modules star-imported, in order (`from .queries import *`), as written or resolved relative. */
  stars?: string[];
  /** `__all__`, when the module sets it to a constant list of names: what a star import takes. */
  exports?: string[];
  /** Names the module defines at its top level (assignments, def, class): a star import's candidates. */
  defined?: string[];
  /** What rules recorded for calls into helpers (through.ts). */
  through?: ThroughFacts;
  /** Static callees (`q` of every call in every function body), each once: found here, in the worker. */
  calls: string[];
}

export type FileFacts = FileFactsData | null;

export const MODULE_FN = '<module>';

export function extractFacts(ctx: FileContext): FileFacts {
  // A file the lowering cannot handle loses its taint facts, never its other findings.
  try {
    return lowerFile(ctx);
  } catch {
    return null;
  }
}

function lowerFile(ctx: FileContext): FileFactsData {
  const root = ctx.tree.rootNode;
  const topNames = localNames(root);
  const lowerer = new FileLowerer(ctx, new Set(topNames));
  const top: FunctionIR = {
    id: `${ctx.module}.${MODULE_FN}`,
    name: MODULE_FN,
    cls: null,
    params: [],
    body: [],
    decorators: [],
    decoratorQs: [],
    route: null,
    isStatic: false,
    loc: locOf(root),
  };
  // Definitions at module level are scoped to the module, not to `<module>.<locals>`.
  lowerer.currentScope = ctx.module;
  top.body = lowerer.block(root);
  const functions = [top, ...lowerer.functions];
  for (const fn of functions) {
    const callees = staticCallees(fn, fn.cls && !fn.isStatic ? fn.params[0]?.name : undefined);
    if (callees.length > 0) fn.callees = callees;
  }
  return {
    path: ctx.path,
    module: ctx.module,
    functions,
    classes: [...lowerer.classes, ...WEB_FRAMEWORKS.flatMap((f) => f.declarations?.(ctx) ?? [])],
    urlRoutes: WEB_FRAMEWORKS.flatMap((f) => f.registrations?.(ctx) ?? []),
    dead: lowerer.dead,
    bindings: Object.fromEntries(ctx.names.bindings),
    lines: ctx.lines,
    calls: fileCallees(functions),
    ...(ctx.names.starImports.length > 0 ? { stars: [...ctx.names.starImports] } : {}),
    ...exportsOf(ctx),
    defined: [...new Set(topNames)].filter((n) => n.length > 0),
    ...(hasThrough(ctx.through) ? { through: ctx.through } : {}),
  };
}

/** `__all__ = [...]` or a tuple of constant strings; anything else leaves the public names. */
function exportsOf(ctx: FileContext): { exports?: string[] } {
  const v = ctx.constant(ctx.moduleConstant('__all__'));
  if (!v || (v.kind !== 'list' && v.kind !== 'tuple')) return {};
  const names = v.items.flatMap((i) => (i.kind === 'str' ? [i.value] : []));
  return names.length === v.items.length ? { exports: names } : {};
}

// Which parameters of a function are untrusted on entry. What is generic lives here: `self`, and
// parameters named or annotated as the request. What each framework hands its handlers (URL
// kwargs by converter, typed parameters, form hooks …) is asked of the frameworks through their
// one interface (analyzer/frameworks/api.ts): the route's framework for a decorated route, else
// the registering framework first, then every framework in registry order.
import type { FunctionIR } from './ir.js';
import type { Framework } from '../types.js';
import type { FileFactsData } from './facts.js';
import type { Program } from './program.js';
import type { HandlerView, ParamKind } from '../frameworks/api.js';
import { REQUEST_ANN } from '../frameworks/typing.js';
import { WEB_FRAMEWORKS, webFramework } from '../frameworks/registry.js';

export type { ParamKind } from '../frameworks/api.js';
export { judgeType, type TypeVerdict } from '../frameworks/typing.js';
export { SAFE_CONVERTERS } from '../frameworks/converters.js';

/**
 * A framework entry point: a route, a function registered by a call (a Bottle view whose only
 * URL argument is an int), or a view handed the request, URL parameters or client data.
 */
export function isRequestHandler(fn: FunctionIR, kinds: readonly ParamKind[], registered = false): boolean {
  return fn.route !== null || registered || kinds.some((k) => k.k === 'request' || k.k === 'source' || k.k === 'form' || k.k === 'fields' || (k.k === 'self' && k.entry === true));
}

export function paramKinds(fn: FunctionIR, file: FileFactsData, program: Program): ParamKind[] {
  return entryOf(fn, file, program).kinds;
}

/** The parameter kinds, and the framework that claimed the function as its handler (if one did). */
export function entryOf(fn: FunctionIR, file: FileFactsData, program: Program): { kinds: ParamKind[]; owner?: Framework } {
  const kinds: ParamKind[] = fn.params.map(() => ({ k: 'plain' }));
  const isMethod = fn.cls !== null && !fn.isStatic && fn.params.length > 0;
  if (isMethod) kinds[0] = { k: 'self', cls: fn.cls! };
  fn.params.forEach((p, i) => {
    if (kinds[i]!.k !== 'plain') return;
    if (p.name === 'request' || p.name === 'req' || (p.ann && REQUEST_ANN.test(p.ann.q))) kinds[i] = { k: 'request' };
  });
  const registration = program.urlRoutes.get(fn.id) ?? (fn.cls ? program.urlRoutes.get(fn.cls) : undefined);
  const view: HandlerView = { fn, file, program, kinds, isMethod, registration };
  if (fn.route) return { kinds: webFramework(fn.route.kind)?.handlerParams?.(view) ?? kinds, owner: fn.route.kind };
  const first = registration ? webFramework(registration.framework) : undefined;
  for (const fw of first ? [first, ...WEB_FRAMEWORKS.filter((f) => f !== first)] : WEB_FRAMEWORKS) {
    const claimed = fw.handlerParams?.(view);
    if (claimed) return { kinds: claimed, owner: fw.id };
  }
  return { kinds };
}

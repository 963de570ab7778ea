// A route names its handler by qualified name; frameworks whose views are either a function or a
// class answering its verb methods (Starlette HTTPEndpoint, aiohttp web.View) turn that name into
// endpoints the same way, judging the decorators that guard each handler.
import type { Endpoint, EndpointParam, Framework, HttpMethod } from '../../domain/index.js';
import { makeEndpoint } from './build.js';
import type { FileEndpointFacts } from './file-facts.js';
import { apply, emptyGuarded, judgeDecorator, type DecoratorTable } from './guards.js';
import type { ProjectIndex } from './project.js';
import type { Val } from './values.js';

export interface RoutedView {
  framework: Framework;
  /** The handler the route names; null when it names no definition. */
  q: string | null;
  path: string;
  params: readonly EndpointParam[];
  /** What a function handler answers; GET when the route names no methods. */
  methods: readonly HttpMethod[] | null;
  /** The framework base class that makes a class a view of its verb methods. */
  viewBase: string;
  verbs: readonly HttpMethod[];
  decorators: DecoratorTable;
  /** A decorator on a function handler that registers its route rather than guarding it. */
  registers?: (d: Val, file: FileEndpointFacts) => boolean;
}

export function endpointsOfView(v: RoutedView, index: ProjectIndex): Endpoint[] {
  const base = { framework: v.framework, path: v.path, params: v.params, csrfDefault: 'unknown' as const };
  const fn = index.fn(v.q);
  if (fn) {
    const g = emptyGuarded();
    for (const d of fn.fact.decorators) if (!v.registers?.(d, fn.file)) apply(g, judgeDecorator(d, v.decorators, index, fn.file));
    return [makeEndpoint({ ...base, methods: v.methods ?? ['GET'], handler: { file: fn.file.path, line: fn.fact.line, name: fn.fact.q }, checks: fn.fact.checks, guarded: g })];
  }
  const cls = v.q ? index.cls(v.q) : undefined;
  if (!cls || !index.lineage(cls.fact.q).external.includes(v.viewBase)) return [];
  const out: Endpoint[] = [];
  for (const verb of v.verbs) {
    const m = index.method(cls.fact.q, verb.toLowerCase());
    if (!m) continue;
    const g = emptyGuarded();
    for (const d of [...cls.fact.decorators, ...m.fact.decorators]) apply(g, judgeDecorator(d, v.decorators, index, m.file));
    out.push(makeEndpoint({ ...base, methods: [verb], handler: { file: m.file.path, line: m.fact.line, name: m.fact.q }, checks: m.fact.checks, guarded: g }));
  }
  return out;
}

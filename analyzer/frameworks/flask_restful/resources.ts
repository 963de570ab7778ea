// Flask-RESTful and Flask-RESTX resources: `api.add_resource(UserResource, "/users/<int:uid>")`,
// or RESTX's `@ns.route("/users/<int:uid>")` on the class. Verb methods get the URL's converted
// parts; `parser.parse_args()` and RESTX's `api.payload` are the request's data (see the models).
import type { FileContext } from '../../file-context.js';
import type { UrlRouteIR } from '../../taint/ir.js';
import type { Framework } from '../../types.js';
import type { HandlerView, ParamKind } from '../api.js';
import { SAFE_CONVERTERS, converters } from '../converters.js';
import { HTTP_METHODS } from '../django/views.js';
import { callsIn, methodOf, positionalArgs } from '../support.js';

export function resourceRegistrations(framework: Framework) {
  return (ctx: FileContext): UrlRouteIR[] => {
    if (!ctx.fileFrameworks.has(framework)) return [];
    const out: UrlRouteIR[] = [];
    for (const call of callsIn(ctx.tree.rootNode)) {
      if (methodOf(call) !== 'add_resource') continue;
      const [cls, ...urls] = positionalArgs(call);
      const view = cls ? ctx.names.qualifiedName(cls) : null;
      const url = ctx.constant(urls[0]);
      if (view) out.push({ view, framework, pathParams: url?.kind === 'str' ? converters(url.value) : {} });
    }
    // RESTX: `@ns.route("/path")` decorating a Resource class.
    for (const stmt of ctx.tree.rootNode.namedChildren) {
      if (stmt.type !== 'decorated_definition' || stmt.childForFieldName('definition')?.type !== 'class_definition') continue;
      const name = stmt.childForFieldName('definition')?.childForFieldName('name')?.text;
      for (const d of stmt.namedChildren.filter((c) => c.type === 'decorator')) {
        const call = d.namedChild(0);
        if (call?.type !== 'call' || methodOf(call) !== 'route' || !name) continue;
        const url = ctx.constant(positionalArgs(call)[0]);
        out.push({ view: `${ctx.module}.${name}`, framework, pathParams: url?.kind === 'str' ? converters(url.value) : {} });
      }
    }
    return out;
  };
}

export function resourceParams(framework: Framework, bases: (b: string) => boolean) {
  return (h: HandlerView): ParamKind[] | null => {
    const { fn, kinds, program } = h;
    if (!h.isMethod || !HTTP_METHODS.has(fn.name) || !program.isSubclass(fn.cls!, bases)) return null;
    kinds[0] = { k: 'self', cls: fn.cls!, entry: true };
    const route = h.registration?.framework === framework ? h.registration : undefined;
    for (let i = 1; i < fn.params.length; i++) {
      const p = fn.params[i]!;
      if (kinds[i]!.k !== 'plain') continue;
      const conv = route?.pathParams[p.name];
      kinds[i] = conv === undefined ? (route ? { k: 'clean' } : { k: 'source', struct: false }) : SAFE_CONVERTERS.has(conv) ? { k: 'clean' } : { k: 'source', struct: false };
    }
    return kinds;
  };
}

// Django URLconfs: `path('<int:pk>/', views.detail)`, `re_path(r'^(?P<id>\d+)/$', View.as_view())`
// register a view with the converters of its URL kwargs (an `int` kwarg admits no injection).
import type { FileContext } from '../../file-context.js';
import type { SyntaxNode } from '../../rule.js';
import type { UrlRouteIR } from '../../taint/ir.js';
import { converters } from '../converters.js';

const URL_FUNCS = new Set(['django.urls.path', 'django.urls.re_path', 'django.conf.urls.url']);

export function djangoUrlRoutes(ctx: FileContext): UrlRouteIR[] {
  if (!/\burlpatterns\b/.test(ctx.source)) return [];
  const out: UrlRouteIR[] = [];
  const stack: SyntaxNode[] = [ctx.tree.rootNode];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'call') {
      const q = ctx.names.qualifiedName(n.childForFieldName('function'));
      if (q && URL_FUNCS.has(q)) {
        const args = (n.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a.type !== 'keyword_argument' && a.type !== 'comment');
        const pattern = ctx.constant(args[0]);
        let view = args[1];
        if (view?.type === 'call') view = view.childForFieldName('function')?.childForFieldName('object') ?? undefined; // X.as_view()
        const viewQ = view ? ctx.names.qualifiedName(view) : null;
        if (pattern?.kind === 'str' && viewQ) {
          out.push({ view: viewQ, framework: 'django', pathParams: q === 'django.urls.path' ? converters(pattern.value) : regexGroups(pattern.value) });
        }
      }
    }
    for (const c of n.namedChildren) stack.push(c);
  }
  return out;
}

function regexGroups(pattern: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of pattern.matchAll(/\(\?P<(\w+)>([^)]*)\)/g)) out[m[1]!] = /^(\\d|\[0-9\])[+*]?$|^\\d\{\d+(,\d*)?\}$/.test(m[2]!) ? 'int' : 'str';
  return out;
}

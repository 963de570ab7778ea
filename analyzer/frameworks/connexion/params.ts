// What connexion hands an operation's handler: each declared parameter by name (path, query and
// form parameters, the body as `body`), typed by its schema; nothing else but `user` / `token_info`
// from the security handler.
import type { HandlerView, ParamKind } from '../api.js';
import { SAFE_CONVERTERS } from '../converters.js';

export function connexionParams(h: HandlerView): ParamKind[] | null {
  const { fn, kinds } = h;
  const route = h.registration?.framework === 'connexion' && h.registration.view === fn.id ? h.registration : undefined;
  if (!route) return null;
  fn.params.forEach((p, i) => {
    if (kinds[i]!.k === 'self') return;
    const conv = route.pathParams[p.name];
    if (conv === undefined) kinds[i] = p.star === 2 ? { k: 'source', struct: false } : { k: 'clean' };
    else kinds[i] = SAFE_CONVERTERS.has(conv) ? { k: 'clean' } : { k: 'source', struct: conv === 'json' };
  });
  return kinds;
}

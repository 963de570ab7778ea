// Flask-WTF's documented way to choose which requests are checked: WTF_CSRF_CHECK_DEFAULT = False
// and a before_request hook that calls `csrf.protect()` on the CSRFProtect object (for all but,
// say, a token-authenticated API). With such a hook the switch is a scope, not protection turned off.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { namesBoundToCalls } from './app-objects.js';

const CSRF_PROTECT = new Set(['flask_wtf.csrf.CSRFProtect', 'flask_wtf.CSRFProtect', 'flask_wtf.csrf.CsrfProtect', 'flask_wtf.CsrfProtect']);
/** Hooks that run before every request of the app (a blueprint's before_app_request too). */
const HOOKS = /\.(before_request|before_app_request)$/;

const cache = new WeakMap<RuleContext, boolean>();

/** Whether the body holds a call `<name>.protect()` for one of the names. */
function callsProtect(body: SyntaxNode, names: ReadonlySet<string>): boolean {
  const stack: SyntaxNode[] = [body];
  for (let seen = 0; stack.length > 0 && seen < 5000; seen++) {
    const node = stack.pop()!;
    if (node.type === 'call') {
      const fn = node.childForFieldName('function');
      const obj = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
      if (fn?.childForFieldName('attribute')?.text === 'protect' && obj?.type === 'identifier' && names.has(obj.text)) return true;
    }
    stack.push(...node.namedChildren);
  }
  return false;
}

/** The file registers a before-request hook that runs CSRFProtect's check itself. */
export function protectsInHook(ctx: RuleContext): boolean {
  const known = cache.get(ctx);
  if (known !== undefined) return known;
  const names = new Set(namesBoundToCalls(ctx, (callee) => (CSRF_PROTECT.has(callee) ? true : undefined)).keys());
  let found = false;
  const stack: SyntaxNode[] = names.size > 0 ? [ctx.tree.rootNode] : [];
  while (stack.length > 0 && !found) {
    const node = stack.pop()!;
    if (node.type === 'decorated_definition') {
      const def = node.childForFieldName('definition');
      const hooked = node.namedChildren.some((d) => d.type === 'decorator' && HOOKS.test(d.namedChildren[0]?.text ?? ''));
      const body = def?.type === 'function_definition' ? def.childForFieldName('body') : null;
      if (hooked && body && callsProtect(body, names)) found = true;
      continue;
    }
    for (const child of node.namedChildren) if (child.type === 'module' || child.type === 'decorated_definition' || child.type === 'function_definition' || child.type === 'block' || child.type === 'class_definition') stack.push(child);
  }
  cache.set(ctx, found);
  return found;
}

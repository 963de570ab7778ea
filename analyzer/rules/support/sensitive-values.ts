// Whether an expression carries a sensitive value: a name, field or request key that says so
// (password, token, card_number …), followed back through local assignments, or a whole request
// body or header set. Hashing, masking and keeping only a property (len, a slice) stop the walk.
import type { SyntaxNode } from '../../rule.js';
import { expressionName } from './expression-names.js';
import { findInValue } from './local-flow.js';
import { stopsSensitiveValue } from './protecting-calls.js';
import { sensitiveKind, type SensitiveKind } from './sensitive-names.js';

// Attributes of a request that hold the whole body, all headers or all cookies.
const WHOLE_REQUEST = /^(self\.)?(request|req)\.(POST|body|data|form|json|values|headers|META|COOKIES|cookies|stream|environ)$/;
const WHOLE_REQUEST_CALLS = /^(self\.)?(request|req)\.(get_json|get_data|body|json|form)$/;

function isNameLeaf(n: SyntaxNode): boolean {
  const parent = n.parent;
  if (n.type === 'identifier') {
    // The `password` of `user.password` is judged as the attribute; the callee of `get_token()` is not a value.
    if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === n.id) return false;
    if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === n.id) return false;
    if (parent?.type === 'call' && parent.childForFieldName('function')?.id === n.id) return false;
    return true;
  }
  if (n.type === 'attribute') return !(parent?.type === 'call' && parent.childForFieldName('function')?.id === n.id);
  return n.type === 'subscript' || n.type === 'call';
}

export interface SensitiveHit {
  node: SyntaxNode;
  /** The name that made it sensitive, or 'request' for a whole body/header set. */
  name: string;
  kind: SensitiveKind | 'request';
}

// Calls that keep the whole of what they are given: dict(request.headers), json.dumps(request.POST).
const KEEPS_ALL = /^(dict|str|repr|list|json\.dumps|pprint\.pformat|format|[\w.]+\.format)$/;

/** A whole request body, header set or cookie jar, directly or through a plain alias (not through forms or other calls). */
function wholeRequestIn(expr: SyntaxNode, fn: SyntaxNode | null): SensitiveHit | null {
  let found: SensitiveHit | null = null;
  findInValue(expr, fn, {
    hops: 1,
    stop: (n) => n.type === 'call' && !KEEPS_ALL.test(n.childForFieldName('function')?.text ?? '') && !WHOLE_REQUEST_CALLS.test(n.childForFieldName('function')?.text ?? ''),
    hit: (n) => {
      if ((n.type === 'attribute' && WHOLE_REQUEST.test(n.text) && !isFieldRead(n)) || (n.type === 'call' && WHOLE_REQUEST_CALLS.test(n.childForFieldName('function')?.text ?? ''))) {
        found = { node: n, name: n.text, kind: 'request' };
        return true;
      }
      return false;
    },
  });
  return found;
}

export function sensitiveIn(expr: SyntaxNode, fn: SyntaxNode | null, accept: (kind: SensitiveKind, name: string) => boolean = () => true, wholeRequest = false): SensitiveHit | null {
  const whole = wholeRequest ? wholeRequestIn(expr, fn) : null;
  if (whole) return whole;
  let found: SensitiveHit | null = null;
  findInValue(expr, fn, {
    stop: stopsSensitiveValue,
    hit: (n) => {
      if (!isNameLeaf(n)) return false;
      const name = expressionName(n);
      const kind = name ? sensitiveKind(name) : null;
      if (!name || !kind || !accept(kind, name)) return false;
      found = { node: n, name, kind };
      return true;
    },
  });
  return found;
}

/** `request.POST["username"]`, `request.headers.get("Accept")`: one field, judged by its own name. */
function isFieldRead(n: SyntaxNode): boolean {
  const p = n.parent;
  if (p?.type === 'subscript' && p.childForFieldName('value')?.id === n.id) return true;
  return p?.type === 'attribute' && p.childForFieldName('object')?.id === n.id;
}

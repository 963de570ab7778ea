// Endpoints that authenticate their caller by a key, token or client credential sent with each request
// (a machine API, an OAuth token endpoint) rather than by the browser's session cookie.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { baseNames, decoratorsOf, descendants } from './classes.js';

const DECORATOR = /(key|token|api|signature|hmac|basic|bearer|oauth|ip)\w*_auth\w*$|^(require|requires)_(api_?key|token|signature)|protected_resource/i;
const BASE = /OAuthLib|ProtectedResource|ClientProtected|TokenAuth|Bearer|ApiKey|Hmac|Signature/i;
const CALL = /^(create_\w*token\w*_response|create_revocation_response|_?create_userinfo_response|verify_request|authenticate_client)$/;

function lastSegment(name: string | null): string {
  return (name ?? '').split('.').pop() ?? '';
}

/** What authenticates the caller of `def` (a function or class) instead of the cookie session, or null. */
export function machineAuthentication(def: SyntaxNode, ctx: RuleContext): string | null {
  const deco = decoratorsOf(def, ctx).find((d) => DECORATOR.test(lastSegment(d.name)));
  if (deco) return `@${lastSegment(deco.name)}`;
  if (def.type === 'class_definition') {
    const base = baseNames(def, ctx).find((b) => BASE.test(lastSegment(b)));
    if (base) return `base ${lastSegment(base)}`;
  }
  for (const n of descendants(def)) {
    if (n.type !== 'call') continue;
    const f = n.childForFieldName('function');
    const tail = f?.type === 'attribute' ? (f.childForFieldName('attribute')?.text ?? '') : (f?.text ?? '');
    if (CALL.test(tail)) return `${tail}()`;
  }
  return null;
}

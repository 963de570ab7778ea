// Session objects as the session rules see them: Django's request.session, Flask's session proxy,
// Starlette's request.session, and the calls that rotate or end a session.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { callReceiverText, callTail } from './local-flow.js';

/** `request.session`, `self.request.session`, Flask's `session` (imported from flask). */
export function isSessionObject(node: SyntaxNode | null | undefined, ctx: RuleContext): boolean {
  if (!node) return false;
  if (node.type === 'attribute') return node.childForFieldName('attribute')?.text === 'session' && /(^|\.)(request|req)$/.test(node.childForFieldName('object')?.text ?? '');
  if (node.type === 'identifier') {
    const q = ctx.names.qualifiedName(node);
    return q === 'flask.session' || q === 'quart.session';
  }
  return false;
}

/** Flask's session: a signed cookie, readable by the client. */
export function isClientSideSession(node: SyntaxNode | null | undefined, ctx: RuleContext): boolean {
  if (!node || node.type !== 'identifier') {
    // Starlette's SessionMiddleware keeps request.session in a signed cookie too.
    return !!node && node.type === 'attribute' && isSessionObject(node, ctx) && (ctx.fileFrameworks.has('fastapi') || /starlette/.test(ctx.source.slice(0, 4000)));
  }
  return isSessionObject(node, ctx);
}

/** A call that gives the user a new session id: cycle_key(), Django login(), Flask-Login login_user(). */
export function rotatesSession(call: SyntaxNode): boolean {
  const tail = callTail(call);
  return ['cycle_key', 'login', 'login_user', 'regenerate', 'regenerate_id', 'rotate', 'new_session', 'renew'].includes(tail) || /regenerate|rotate_session|new_session_id/i.test(tail);
}

/** A call that empties the session: flush(), clear(), invalidate(). */
export function clearsSession(call: SyntaxNode): boolean {
  const tail = callTail(call);
  const recv = callReceiverText(call);
  if (['flush', 'invalidate', 'destroy'].includes(tail)) return true;
  if (tail === 'clear' || tail === 'delete') return /session/i.test(recv);
  return false;
}

/** A call that logs out or revokes credentials: logout(), logout_user(), token.delete(), blacklist(). */
export function endsSession(call: SyntaxNode): boolean {
  const tail = callTail(call);
  const recv = callReceiverText(call);
  if (clearsSession(call)) return true;
  if (/^(logout|logout_user|log_out|sign_out|signout|end_session|kill_session|terminate_session|revoke\w*|blacklist|blocklist\w*|unset_jwt_cookies|unset_access_cookies|invalidate\w*|expire\w*|forget)$/.test(tail)) return true;
  if (tail === 'delete' && /(token|session|auth)/i.test(recv)) return true;
  if (tail === 'add' && /(blocklist|blacklist|revoked|denylist)/i.test(recv)) return true;
  if (['sadd', 'set', 'setex'].includes(tail) && /(redis|cache)/i.test(recv) && /(revoked|blocklist|blacklist|denylist)/i.test(call.text)) return true;
  return false;
}

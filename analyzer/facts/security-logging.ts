// Evidence for the logging requirements (A09): where the application logs its security events — a
// logging call in a login, logout, password-change or access-denial path, and receivers of Django's
// authentication signals. Facts, not findings: PY-LOG-AUTH-EVENT-UNLOGGED reports the silent paths.
import type { SecurityLogEvent, SecurityLogEvidence } from '../../domain/index.js';
import type { RuleContext, SyntaxNode } from '../rule.js';
import { descendants } from '../rules/support/classes.js';
import { handlerOf, isLoginHandler, isLogoutHandler, isRegistrationHandler } from '../rules/support/handlers.js';
import { isLoggingCall } from '../rules/support/logging-calls.js';
import { callTail, ownNodes } from '../rules/support/local-flow.js';
import { calleeName, keywordArgument, positionalArguments } from '../rules/support/calls.js';
import { mentionsPassword } from '../rules/support/security-names.js';
import { nameWords } from '../rules/support/names-of-values.js';
import { isTestPath } from '../rules/support/test-paths.js';

const AUTH_SIGNALS = /(^|\.)(user_login_failed|user_logged_in|user_logged_out)$/;
const DENIAL_EXCEPTIONS = /(PermissionDenied|AuthenticationFailed|NotAuthenticated|Forbidden|Unauthorized)$/;
const DENIAL_RESPONSES = /^(HttpResponseForbidden|HttpResponseNotAllowed)$/;
const MAX_CALL_TEXT = 120;

function deniesAccess(fn: SyntaxNode, ctx: RuleContext): boolean {
  for (const n of ownNodes(fn)) {
    if (n.type === 'raise_statement' && DENIAL_EXCEPTIONS.test(n.namedChildren[0]?.text.replace(/\(.*$/s, '') ?? '')) return true;
    if (n.type !== 'call') continue;
    const tail = callTail(n);
    if (DENIAL_RESPONSES.test(tail)) return true;
    const status = tail === 'abort' ? positionalArguments(n)[0] : tail === 'HTTPException' ? (keywordArgument(n, 'status_code') ?? positionalArguments(n)[0]) : undefined;
    const v = ctx.constant(status);
    if (v?.kind === 'int' && (v.value === 401 || v.value === 403)) return true;
  }
  return false;
}

/** What a handler's logging calls are evidence of, or null for handlers with nothing to do with security. */
function eventOf(fn: SyntaxNode, ctx: RuleContext): SecurityLogEvent | null {
  const h = handlerOf(fn, ctx);
  if (h && h.kind !== 'error-handler') {
    if (isLogoutHandler(h)) return 'logout';
    if (isLoginHandler(h) && !isRegistrationHandler(h)) return 'login';
    if (mentionsPassword(nameWords(h.name).join('_')) && !isRegistrationHandler(h)) return 'password_change';
  }
  return h && deniesAccess(fn, ctx) ? 'access_denied' : null;
}

function receivesAuthSignal(fn: SyntaxNode, ctx: RuleContext): boolean {
  const wrapper = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  for (const d of wrapper?.namedChildren ?? []) {
    if (d.type !== 'decorator') continue;
    const call = d.namedChildren.find((c) => c.type === 'call');
    const args = call?.childForFieldName('arguments')?.namedChildren ?? [];
    if (args.some((a) => AUTH_SIGNALS.test(ctx.names.qualifiedName(a) ?? a.text))) return true;
  }
  return false;
}

function evidence(event: SecurityLogEvent, fn: SyntaxNode, at: SyntaxNode, ctx: RuleContext): SecurityLogEvidence {
  const text = at.text.replace(/\s+/g, ' ');
  return {
    event,
    path: ctx.path,
    line: at.startPosition.row + 1,
    handler: fn.childForFieldName('name')?.text ?? '',
    call: text.length > MAX_CALL_TEXT ? text.slice(0, MAX_CALL_TEXT) + '…' : text,
  };
}

export function securityLogEvidence(root: SyntaxNode, ctx: RuleContext): SecurityLogEvidence[] {
  if (isTestPath(ctx.path)) return [];
  const out: SecurityLogEvidence[] = [];
  for (const n of descendants(root)) {
    // `user_login_failed.connect(log_failure)`: the receiver is named, its body is elsewhere.
    if (n.type === 'call' && callTail(n) === 'connect' && AUTH_SIGNALS.test(ctx.names.qualifiedName(n.childForFieldName('function')?.childForFieldName('object')) ?? '')) {
      const fn = n;
      out.push({ ...evidence('auth_signal', fn, n, ctx), handler: positionalArguments(n)[0]?.text ?? '' });
      continue;
    }
    if (n.type !== 'function_definition') continue;
    if (receivesAuthSignal(n, ctx)) {
      out.push(evidence('auth_signal', n, n.childForFieldName('name') ?? n, ctx));
      continue;
    }
    const event = eventOf(n, ctx);
    if (!event) continue;
    for (const c of ownNodes(n)) if (c.type === 'call' && isLoggingCall(c, ctx) && calleeName(c, ctx) !== 'builtins.print') out.push(evidence(event, n, c, ctx));
  }
  return out;
}

// An unlogged failed login is not a flaw to exploit but an attack nobody will see. (hotspot)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { handlerOf, isLoginHandler, isLogoutHandler, isRegistrationHandler } from '../support/handlers.js';
import { callTail, ownNodes } from '../support/local-flow.js';
import { calleeName, keywordArgument, positionalArguments } from '../support/calls.js';
import { isLoggingCall } from '../support/logging-calls.js';
import { expressionName } from '../support/expression-names.js';
import { isPasswordName } from '../support/secret-names.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { isTestPath } from '../support/test-paths.js';
import { memoByObject } from '../support/node-memo.js';

// A receiver of Django's auth signals in the same file logs (or audits) the event for the whole project.
const SIGNAL_RECEIVER = /user_login_failed|user_logged_in/;
/** Per file: the search reads the whole source, and every function of the file asks. */
const hasSignalReceiver = memoByObject((ctx: RuleContext) => SIGNAL_RECEIVER.test(ctx.source));

function logs(fn: SyntaxNode, ctx: RuleContext): boolean {
  for (const n of ownNodes(fn)) {
    if (n.type !== 'call') continue;
    if (isLoggingCall(n, ctx)) return true;
    // Project audit helpers (audit(), record_event(), log_failed_login()) count as logging.
    if (/(audit|log_|_log|record_event|security_event|track)/i.test(callTail(n)) && !/^(login|logout|blog)/i.test(callTail(n))) return true;
  }
  return false;
}

function readsPassword(fn: SyntaxNode): boolean {
  for (const n of ownNodes(fn)) {
    if ((n.type === 'subscript' || n.type === 'call' || n.type === 'attribute') && isPasswordName(expressionName(n) ?? '')) return true;
  }
  return false;
}

function checkLogin(fn: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path) || hasSignalReceiver(ctx)) return;
  const h = handlerOf(fn, ctx);
  if (!h || h.kind === 'error-handler' || !isLoginHandler(h) || isLogoutHandler(h) || isRegistrationHandler(h)) return;
  if (!readsPassword(fn) || logs(fn, ctx)) return;
  ctx.report(fn.childForFieldName('name') ?? fn, { message: `Login handler ${h.name}() logs nothing: failed and successful logins leave no trace to detect an attack` });
}

function statusOf(call: SyntaxNode, ctx: RuleContext): number | null {
  const tail = callTail(call);
  const q = calleeName(call, ctx) ?? '';
  if (tail === 'abort' && /^(flask|werkzeug)/.test(q)) {
    const v = ctx.constant(positionalArguments(call)[0]);
    return v?.kind === 'int' ? v.value : null;
  }
  if (tail === 'HTTPException' && /^(fastapi|starlette)/.test(q)) {
    const v = ctx.constant(keywordArgument(call, 'status_code') ?? positionalArguments(call)[0]);
    return v?.kind === 'int' ? v.value : null;
  }
  return null;
}

/** Flask/FastAPI access denials (abort(403), HTTPException(403)); Django logs its 403s itself (django.request). */
function checkDenial(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const status = statusOf(node, ctx);
  if (status !== 401 && status !== 403) return;
  const fn = enclosingFunction(node);
  if (!fn || !handlerOf(fn, ctx) || logs(fn, ctx)) return;
  ctx.report(node, { message: `Access denied (${status}) without a log entry: repeated denials are how probing shows up` });
}

export const securityEventNotLogged = defineRule({
  id: 'PY-LOG-AUTH-EVENT-UNLOGGED',
  title: 'Login or access denial that logs nothing',
  cwe: [778],
  asvs: { '5.0.0': ['V16.3.1', 'V16.3.2'], '4.0.3': ['V7.1.3', 'V7.2.1', 'V7.2.2'] },
  severity: 'low',
  confidence: 'low',
  kind: 'hotspot',
  docs: {
    what:
      'A review hotspot: login handlers that check a password but make no logging or audit call (and the file has no ' +
      'user_login_failed / user_logged_in receiver), and Flask/FastAPI handlers that deny access (abort(401/403), ' +
      'HTTPException(403)) without logging. Django logs its own 403 responses.',
    why: 'Credential stuffing, brute force and privilege probing are only visible in the log entries of these paths.',
    example: 'if not user or not user.check_password(pw):\n    abort(401)',
    fix: 'logger.warning("failed login for %s from %s", username, request.remote_addr)  # or a user_login_failed receiver',
    references: ['https://cwe.mitre.org/data/definitions/778.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#which-events-to-log'],
  },
  visit: { function_definition: checkLogin, call: checkDenial },
});

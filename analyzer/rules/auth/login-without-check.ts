// A login that hands out a token nobody earned is no login. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { handlerOf, isLoginHandler, isLogoutHandler, isRegistrationHandler } from '../support/handlers.js';
import { callTail, localDefs, ownNodes } from '../support/local-flow.js';
import { decoratorsOf } from '../support/classes.js';
import { containerOf, expressionName } from '../support/expression-names.js';
import { isPasswordName, isTokenName } from '../support/secret-names.js';
import { isPlaceholder } from '../support/placeholders.js';
import { stringLiteralText } from '../support/string-literals.js';
import { isTestPath } from '../support/test-paths.js';
import { helperTrait, parameterSlots, projectCallee, reportThroughCall } from '../support/helper-calls.js';

/** A function that reads the password parameter it is given (support/helper-calls.ts). */
const READS_PASSWORD = 'login:reads-password';

/** Records which password-named parameters a function reads at all: a helper that ignores one checks nothing. */
function noteReadsPassword(fn: SyntaxNode, ctx: RuleContext): void {
  const passwords = parameterSlots(fn).filter((p) => isPasswordName(p.name) || /^(pin|otp|code|secret)$/i.test(p.name));
  if (passwords.length === 0) return;
  const body = fn.childForFieldName('body');
  const read = new Set((body?.descendantsOfType('identifier') ?? []).map((n) => n.text));
  for (const p of passwords) if (read.has(p.name)) helperTrait(fn, ctx, READS_PASSWORD, p.name);
}

// Calls that make or grant a credential.
const ISSUERS = new Set([
  'encode', 'create_access_token', 'create_refresh_token', 'for_user', 'login', 'login_user', 'token_hex', 'token_urlsafe',
  'generate_token', 'make_token', 'create_token', 'issue_token', 'get_token', 'dumps', 'access_token', 'create_jwt', 'encode_jwt',
]);
const TOKEN_KEYS = /^(token|access_token|auth_token|jwt|id_token|refresh_token|api_key|apikey|session_token|key)$/i;
// Calls that check a credential (by name: projects write their own verify_user, check_credentials …).
const CHECK = /(authenticat|check|verify|valid|compare|checkpw|decode|authoriz|is_valid|validate_on_submit|login_required|jwt_required|otp)/i;
const NOT_CHECK = new Set(['login', 'login_user', 'get', 'getlist', 'info', 'debug', 'warning', 'error', 'exception', 'print', 'format', 'str', 'jsonify', 'render', 'redirect', 'dumps']);

function tokenValueLiteral(node: SyntaxNode, ctx: RuleContext): SyntaxNode | null {
  // {"token": "static-token-123"}, jsonify(token="…"), return "…" from a token endpoint.
  for (const n of [node, ...node.descendantsOfType(['pair', 'keyword_argument'])]) {
    let key: string | null = null;
    let value: SyntaxNode | null = null;
    if (n.type === 'pair') {
      key = stringLiteralText(n.childForFieldName('key'));
      value = n.childForFieldName('value');
    } else if (n.type === 'keyword_argument') {
      key = n.childForFieldName('name')?.text ?? null;
      value = n.childForFieldName('value');
    }
    if (!key || !value || !TOKEN_KEYS.test(key)) continue;
    const c = ctx.constant(value);
    if (c?.kind === 'str' && c.value.length >= 4 && !isPlaceholder(c.value)) return value;
  }
  return null;
}

const CREDENTIAL_FIELDS = /^(username|user_name|user|email|login|password|passwd|pwd|name|phone|account|userid|user_id|identifier)$/i;
const INPUT = /(request|req|form|data|json|args|POST|body|payload|credentials|params|cleaned_data|validated_data|creds)\b/;

/** The handler is given credentials: it reads a user name, e-mail or password from the request (or takes them as parameters). */
function readsCredentials(fn: SyntaxNode, fastapi: boolean): boolean {
  // A FastAPI route's parameters are request data: `def login(user: UserLogin)` is given credentials.
  if (fastapi && [...localDefs(fn).params.keys()].some((n) => /^(user|username|email|login|creds?|credentials|form|form_data|data|payload|body|request_data|auth)$/.test(n))) return true;
  // Parameters: a FastAPI route given username/password, or an OAuth2 password form (`user` is an account object, not a credential).
  for (const [name] of localDefs(fn).params) if (/^(password|passwd|pwd|form_data|credentials|creds|login_data)$/i.test(name)) return true;
  for (const n of ownNodes(fn)) {
    if (n.type !== 'subscript' && n.type !== 'call' && n.type !== 'attribute') continue;
    const name = expressionName(n);
    const container = containerOf(n);
    if (name && CREDENTIAL_FIELDS.test(name) && container && INPUT.test(container.text)) return true;
  }
  return false;
}

/** The argument of a call that is the password (or its keyword is), when the call is a project helper's. */
function passwordArgument(call: SyntaxNode): SyntaxNode | null {
  if (NOT_CHECK.has(callTail(call))) return null;
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
    const v = a.type === 'keyword_argument' ? a.childForFieldName('value') : a;
    const kwName = a.type === 'keyword_argument' ? (a.childForFieldName('name')?.text ?? '') : '';
    if (v && (isPasswordName(expressionName(v) ?? '') || isPasswordName(kwName) || /^(pin|otp)$/i.test(expressionName(v) ?? ''))) return v;
  }
  return null;
}

function check(fn: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  noteReadsPassword(fn, ctx);
  const h = handlerOf(fn, ctx);
  if (!h || h.kind === 'error-handler' || !isLoginHandler(h) || isLogoutHandler(h) || isRegistrationHandler(h)) return;
  if (decoratorsOf(fn, ctx).some((d) => CHECK.test(d.node.text))) return;
  let issues: SyntaxNode | null = null;
  let checks = false;
  let constant: SyntaxNode | null = null;
  // Project helpers handed the password: whether they check it is known once every module is (reportThroughCall).
  const helpers: Array<{ call: SyntaxNode; arg: SyntaxNode }> = [];
  for (const n of ownNodes(fn)) {
    if (n.type === 'call') {
      const tail = callTail(n);
      const fnText = n.childForFieldName('function')?.text ?? '';
      // authenticate(...) on a line of its own checks nothing, whoever wrote it (judged below).
      const alone = n.parent?.type === 'expression_statement' && /^(authenticate|check_password|check_password_hash|checkpw|verify_password|compare_digest)$/.test(tail);
      const given = !alone && projectCallee(n, ctx) ? passwordArgument(n) : null;
      if (given) {
        helpers.push({ call: n, arg: given });
        continue;
      }
      if (ISSUERS.has(tail) && !/^(json|pickle|yaml)\./.test(fnText)) issues ??= n;
      if (/Token\.objects$|Token$/.test(fnText.replace(/\.(get_or_create|create)$/, '')) && /(get_or_create|create)$/.test(fnText)) issues ??= n;
      // authenticate(...) on a line of its own: the verdict is thrown away, nothing was checked.
      // (is_valid(raise_exception=True) and verifiers that raise still check.)
      const discarded = n.parent?.type === 'expression_statement' && /^(authenticate|check_password|check_password_hash|checkpw|verify_password|compare_digest)$/.test(tail);
      if (CHECK.test(tail) && !NOT_CHECK.has(tail) && !discarded) checks = true;
      // A password handed to any other call (a project helper, an ORM filter) is being checked somewhere.
      if (!discarded && !NOT_CHECK.has(tail) && !/^(logger|logging|log|print)\b/.test(fnText)) {
        for (const a of n.childForFieldName('arguments')?.namedChildren ?? []) {
          const v = a.type === 'keyword_argument' ? a.childForFieldName('value') : a;
          const kwName = a.type === 'keyword_argument' ? (a.childForFieldName('name')?.text ?? '') : '';
          if ((v && isPasswordName(expressionName(v) ?? '')) || isPasswordName(kwName)) checks = true;
        }
      }
    }
    if (n.type === 'comparison_operator' && n.namedChildren.some((o) => isPasswordName(expressionName(o) ?? '') || isTokenName(expressionName(o) ?? ''))) checks = true;
    if (n.type === 'return_statement' || (n.type === 'call' && /jsonify|Response|JsonResponse|JSONResponse/.test(n.childForFieldName('function')?.text ?? ''))) {
      const lit = tokenValueLiteral(n, ctx);
      if (lit) constant ??= lit;
      if (n.type === 'return_statement' && n.descendantsOfType(['pair', 'keyword_argument']).some((p) => TOKEN_KEYS.test(stringLiteralText(p.childForFieldName('key')) ?? p.childForFieldName('name')?.text ?? ''))) issues ??= n;
    }
  }
  if (constant) {
    ctx.report(constant, { message: `Login handler ${h.name}() returns a hard-coded token: every client gets the same credential` });
    return;
  }
  if (!issues || checks || !readsCredentials(fn, h.framework === 'fastapi' && h.kind === 'route')) return;
  if (helpers.length === 0) {
    ctx.report(fn.childForFieldName('name') ?? fn, { message: `Login handler ${h.name}() issues a token or session without checking the credentials it was given` });
    return;
  }
  for (const { call, arg } of helpers) {
    const callee = call.childForFieldName('function')?.text ?? 'a helper';
    reportThroughCall(call, arg, ctx, READS_PASSWORD, { message: `Login handler ${h.name}() issues a token or session after ${callee}(), which never reads the ${arg.text} it is given` }, true);
  }
}

export const loginWithoutCheck = defineRule({
  id: 'PY-AUTH-LOGIN-NO-CHECK',
  title: 'Login issues a token without checking credentials',
  cwe: [287],
  asvs: { '5.0.0': ['V6.3.4', 'V7.2.2'], '4.0.3': ['V3.5.2'] },
  severity: 'critical',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds login and token endpoints (by name or route path) that return a hard-coded token, or that issue a token, JWT or ' +
      'session (jwt.encode, create_access_token, Token.objects.get_or_create, login, login_user) without any credential check in ' +
      'the handler: no authenticate/check_password/verify call, no comparison with the password, and the password handed to nothing.',
    why: 'Anyone who calls the endpoint with any password — or none — is logged in as whichever user they name.',
    example: '@app.post("/login")\ndef login():\n    user = User.query.filter_by(username=request.json["username"]).first()\n    return {"token": create_access_token(identity=user.id)}',
    fix: 'if not user or not check_password_hash(user.password_hash, request.json["password"]):\n    abort(401)',
    references: [
      'https://cwe.mitre.org/data/definitions/287.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html',
    ],
  },
  visit: { function_definition: check },
});

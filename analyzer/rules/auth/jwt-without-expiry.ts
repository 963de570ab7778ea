// A token without `exp` is valid forever once stolen. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName, keywordArgument } from '../support/calls.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { callTail, localDefs, ownNodes } from '../support/local-flow.js';
import { stringLiteralText } from '../support/string-literals.js';
import { isTestPath } from '../support/test-paths.js';

const ENCODERS = new Set(['jwt.encode', 'jwt.api_jwt.encode', 'jose.jwt.encode', 'jwt.PyJWT.encode']);
const ACCESS_TOKEN_MAKERS = new Set(['flask_jwt_extended.create_access_token', 'flask_jwt_extended.create_refresh_token']);
const MAX_DAYS = 30;

/** Keys a payload expression is known to hold, or null when the payload is not visible. */
function payloadKeys(expr: SyntaxNode | undefined, fn: SyntaxNode | null): Set<string> | null {
  if (!expr) return null;
  if (expr.type === 'dictionary') {
    const keys = new Set<string>();
    for (const p of expr.namedChildren) {
      if (p.type === 'pair') {
        const k = stringLiteralText(p.childForFieldName('key'));
        if (k === null) return null;
        keys.add(k);
      } else if (p.type === 'dictionary_splat') return null;
    }
    return keys;
  }
  if (expr.type === 'call' && expr.childForFieldName('function')?.text === 'dict') {
    const keys = new Set<string>();
    for (const a of expr.childForFieldName('arguments')?.namedChildren ?? []) {
      if (a.type !== 'keyword_argument') return null;
      keys.add(a.childForFieldName('name')!.text);
    }
    return keys;
  }
  if (expr.type !== 'identifier' || !fn) return null;
  const values = localDefs(fn).values.get(expr.text);
  if (!values || values.length === 0) return null;
  const keys = new Set<string>();
  for (const v of values) {
    const k = payloadKeys(v, null);
    if (!k) return null;
    for (const x of k) keys.add(x);
  }
  // payload["exp"] = …, payload.update(exp=…) / update({"exp": …}), payload.setdefault("exp", …)
  for (const n of ownNodes(fn)) {
    if (n.type === 'assignment') {
      const left = n.childForFieldName('left');
      if (left?.type === 'subscript' && left.childForFieldName('value')?.text === expr.text) {
        const k = stringLiteralText(left.childForFieldName('subscript'));
        if (k === null) return null;
        keys.add(k);
      }
    } else if (n.type === 'call' && n.childForFieldName('function')?.text === `${expr.text}.${callTail(n)}` && ['update', 'setdefault'].includes(callTail(n))) {
      for (const a of n.childForFieldName('arguments')?.namedChildren ?? []) {
        if (a.type === 'keyword_argument') keys.add(a.childForFieldName('name')!.text);
        else if (a.type === 'dictionary') for (const k of payloadKeys(a, null) ?? []) keys.add(k);
        else if (callTail(n) === 'setdefault') keys.add(stringLiteralText(a) ?? '');
        else return null;
      }
    }
  }
  return keys;
}

/** `timedelta(days=365)`, `timedelta(weeks=52)`: an expiry longer than MAX_DAYS. */
function farExpiry(expr: SyntaxNode, ctx: RuleContext): boolean {
  for (const call of [expr, ...expr.descendantsOfType('call')]) {
    if (call.type !== 'call' || !/timedelta$/.test(call.childForFieldName('function')?.text ?? '')) continue;
    let days = 0;
    for (const [unit, factor] of [['days', 1], ['weeks', 7], ['hours', 1 / 24]] as const) {
      const v = ctx.constant(keywordArgument(call, unit));
      if (v?.kind === 'int' || v?.kind === 'float') days += v.value * factor;
    }
    if (days > MAX_DAYS) return true;
  }
  return false;
}

function expValue(expr: SyntaxNode | undefined): SyntaxNode | null {
  if (expr?.type !== 'dictionary') return null;
  for (const p of expr.namedChildren) if (p.type === 'pair' && stringLiteralText(p.childForFieldName('key')) === 'exp') return p.childForFieldName('value');
  return null;
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const name = calleeName(node, ctx);
  if (name && ACCESS_TOKEN_MAKERS.has(name)) {
    const d = ctx.constant(keywordArgument(node, 'expires_delta'));
    if (d?.kind === 'bool' && !d.value) ctx.report(node, { message: `${name.split('.').pop()}(expires_delta=False) issues a token that never expires` });
    return;
  }
  if (!name || !ENCODERS.has(name)) return;
  const payload = argument(node, 0, 'payload') ?? argument(node, 0, 'claims');
  const keys = payloadKeys(payload, enclosingFunction(node));
  if (!keys) return;
  if (!keys.has('exp')) {
    ctx.report(node, { message: `${name}() signs a payload without "exp": the token never expires` });
    return;
  }
  let exp = expValue(payload);
  // "exp": expire, with expire = now + timedelta(days=3650) above.
  const fn = enclosingFunction(node);
  if (exp?.type === 'identifier' && fn) exp = localDefs(fn).values.get(exp.text)?.[0] ?? exp;
  if (exp && farExpiry(exp, ctx)) ctx.report(node, { message: `${name}() signs a token valid for more than ${MAX_DAYS} days` });
}

/** JWT_ACCESS_TOKEN_EXPIRES = False in a Flask-JWT-Extended configuration. */
function checkConfig(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const left = node.childForFieldName('left');
  const key = left?.type === 'identifier' ? left.text : left?.type === 'subscript' ? stringLiteralText(left.childForFieldName('subscript')) : null;
  if (key !== 'JWT_ACCESS_TOKEN_EXPIRES') return;
  const v = ctx.constant(node.childForFieldName('right'));
  if (v?.kind === 'bool' && !v.value) ctx.report(node, { message: 'JWT_ACCESS_TOKEN_EXPIRES = False: access tokens never expire' });
}

export const jwtWithoutExpiry = defineRule({
  id: 'PY-JWT-NO-EXPIRY',
  title: 'JWT issued without expiry',
  cwe: [613],
  asvs: { '5.0.0': ['V9.2.1', 'V7.3.2'], '4.0.3': ['V3.3.2'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds jwt.encode (PyJWT, python-jose) of a payload without an "exp" claim or with an expiry beyond 30 days, ' +
      'create_access_token(expires_delta=False) and JWT_ACCESS_TOKEN_EXPIRES = False (Flask-JWT-Extended).',
    why: 'A bearer token without expiry stays valid until the signing key is rotated: a leaked token is a permanent login.',
    example: 'token = jwt.encode({"sub": str(user.id)}, SECRET, algorithm="HS256")',
    fix: 'jwt.encode({"sub": str(user.id), "exp": datetime.now(tz=timezone.utc) + timedelta(minutes=15)}, SECRET, algorithm="HS256")',
    references: ['https://cwe.mitre.org/data/definitions/613.html', 'https://pyjwt.readthedocs.io/en/stable/usage.html#expiration-time-claim-exp'],
  },
  visit: { call: check, assignment: checkConfig },
});

import { defineRule, type RuleContext, type SyntaxNode } from '../../rule.js';
import { hasKeywordSplat, keywordValue } from './app-objects.js';
import { isTestPath } from '../support/test-paths.js';

/** True, false, or unknown (not constant). Absent means the framework default, false for both flags. */
function flag(call: SyntaxNode, name: string, ctx: RuleContext): boolean | undefined {
  const node = keywordValue(call, name);
  if (!node) return false;
  const v = ctx.constant(node);
  if (!v) return undefined;
  if (v.kind === 'bool') return v.value;
  return undefined;
}

const SENSITIVE_NAME = /sess|token|auth|remember|jwt|sid|login|user|key|secret|csrf|xsrf|refresh|access/i;

/** `name` is a parameter of the function the call sits in. */
function isParameterOf(name: string, call: SyntaxNode): boolean {
  let fn: SyntaxNode | null = call.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  const params = fn?.childForFieldName('parameters')?.namedChildren ?? [];
  return params.some((p) => (p.type === 'identifier' ? p.text : (p.childForFieldName('name') ?? p.namedChildren.find((c) => c.type === 'identifier'))?.text) === name);
}

function check(call: SyntaxNode, ctx: RuleContext): void {
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'set_cookie') return;
  // `response` is a local of an unknown type: the method name plus a web framework import is the
  // best static evidence that this is a framework response object.
  // Test clients have set_cookie too (Werkzeug's takes the server name first); tests set what they assert.
  if (ctx.fileFrameworks.size === 0 || hasKeywordSplat(call) || isTestPath(ctx.path)) return;
  // max_age=0 deletes the cookie: its flags no longer matter.
  const maxAge = ctx.constant(keywordValue(call, 'max_age'));
  if (maxAge?.kind === 'int' && maxAge.value <= 0) return;
  const secure = flag(call, 'secure', ctx);
  const httponly = flag(call, 'httponly', ctx);
  const nameNode =
    keywordValue(call, 'key') ?? (call.childForFieldName('arguments')?.namedChildren ?? []).find((a) => a.type !== 'comment' && a.type !== 'keyword_argument');
  const nameValue = ctx.constant(nameNode);
  // HttpOnly matters for cookies that carry credentials; a theme or language cookie may be read by scripts.
  const sensitive = nameValue?.kind !== 'str' || SENSITIVE_NAME.test(nameValue.value);
  const missing: string[] = [];
  if (secure === false) missing.push('Secure');
  if (httponly === false && sensitive) missing.push('HttpOnly');
  if (missing.length === 0) return;
  const label = nameNode ? nameNode.text : 'a cookie';
  // A flash-message cookie living seconds (`max_age=10`) under a name that says nothing of credentials
  // carries nothing worth sniffing; a name handed in by the caller (a set_cookie helper) is judged where
  // it is called. Both are worth a look, not a flaw seen.
  const shortLived = maxAge?.kind === 'int' && maxAge.value <= 60 && nameValue?.kind === 'str' && !SENSITIVE_NAME.test(nameValue.value);
  const nameFromCaller = nameNode?.type === 'identifier' && isParameterOf(nameNode.text, call);
  if (shortLived || nameFromCaller) {
    ctx.report(call, {
      kind: 'hotspot',
      message: `set_cookie(${label}) without ${missing.join(' and ')}: ${shortLived ? 'a cookie of seconds' : "the cookie's name comes from the caller"}; check it never carries a credential`,
    });
    return;
  }
  ctx.report(call, {
    message: `set_cookie(${label}) without ${missing.join(' and ')}`,
    // A cookie JavaScript must read legitimately lacks HttpOnly; a missing Secure flag is never right on HTTPS sites.
    confidence: secure === false ? 'medium' : 'low',
  });
}

export const setCookieFlags = defineRule({
  id: 'PY-COOKIE-FLAGS',
  title: 'Cookie set without Secure or HttpOnly',
  cwe: [614, 1004],
  asvs: { '5.0.0': ['V3.3.1', 'V3.3.4'], '4.0.3': ['V3.4.1', 'V3.4.2'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  frameworks: ['django', 'flask', 'fastapi', 'starlette'],
  // An app that sets no cookie has no flags to get wrong: its silence is absence, not a pass.
  needs: [{ kind: 'app_config' }, { kind: 'api', families: ['cookies'] }],
  docs: {
    what:
      'Finds response.set_cookie(...) calls (Django, Flask/Werkzeug, Starlette/FastAPI) that leave secure at its default (False in all three) or set it False, and cookies whose name suggests a credential (session, token, auth, remember, csrf, …) set without httponly. Cookies of a minute or less under non-credential names, and cookies whose name a helper takes from its ' +
      'caller, are hotspots.',
    why: 'A cookie without Secure is also sent over plain HTTP, where anyone on the network can read it; a cookie without HttpOnly can be read and exfiltrated by any script injected into the page.',
    example: "response.set_cookie('remember_token', token, max_age=30 * 86400)",
    fix: "response.set_cookie('remember_token', token, max_age=30 * 86400, secure=True, httponly=True, samesite='Lax')",
    references: [
      'https://cwe.mitre.org/data/definitions/614.html',
      'https://cwe.mitre.org/data/definitions/1004.html',
      'https://owasp.org/www-community/controls/SecureCookieAttribute',
      'https://docs.djangoproject.com/en/stable/ref/request-response/#django.http.HttpResponse.set_cookie',
    ],
  },
  visit: { call: check },
});

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
  const missing: string[] = [];
  if (secure === false) missing.push('Secure');
  if (httponly === false) missing.push('HttpOnly');
  if (missing.length === 0) return;
  const name = (call.childForFieldName('arguments')?.namedChildren ?? []).find((a) => a.type !== 'comment' && a.type !== 'keyword_argument');
  const label = name ? name.text : 'a cookie';
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
  frameworks: ['django', 'flask', 'fastapi'],
  docs: {
    what:
      'Finds response.set_cookie(...) calls (Django, Flask/Werkzeug, Starlette/FastAPI) that leave secure or httponly at their default (False in all three) or set them False.',
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

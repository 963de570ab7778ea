// A cookie is stored on the client in clear; whoever gets the browser gets the value. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument } from '../support/calls.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { callTail, findInValue } from '../support/local-flow.js';
import { isClientForbiddenName } from '../support/sensitive-names.js';
import { sensitiveIn } from '../support/sensitive-values.js';
import { isClientSideSession } from '../support/sessions.js';
import { isProtectingCall } from '../support/protecting-calls.js';
import { stringLiteralText } from '../support/string-literals.js';
import { isTestPath } from '../support/test-paths.js';

function plainSensitive(value: SyntaxNode | undefined, ctx: RuleContext): string | null {
  if (!value || ctx.constant(value) !== undefined || isProtectingCall(value)) return null;
  return sensitiveIn(value, enclosingFunction(value), (_k, name) => isClientForbiddenName(name))?.name ?? null;
}

function report(ctx: RuleContext, node: SyntaxNode, what: string, where: string): void {
  ctx.report(node, { message: `${what} stored in clear in ${where}: the client (and anyone with its cookies) can read it` });
}

function checkCall(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const tail = callTail(node);
  if (tail !== 'set_cookie' && tail !== 'set_signed_cookie') return;
  const key = argument(node, 0, 'key');
  const value = argument(node, 1, 'value');
  const keyName = stringLiteralText(key);
  if (!value || ctx.constant(value) !== undefined || isProtectingCall(value)) return;
  // sealed = fernet.encrypt(card): the value was protected before it was named after what it holds.
  if (findInValue(value, enclosingFunction(node), { hit: isProtectingCall })) return;
  if (keyName && isClientForbiddenName(keyName)) return report(ctx, node, keyName, `cookie "${keyName}"`);
  const name = plainSensitive(value, ctx);
  if (name) report(ctx, node, name, keyName ? `cookie "${keyName}"` : 'a cookie');
}

/** `response.cookies["password"] = …`, Flask `session["card_number"] = …` (a signed, readable cookie). */
function checkAssignment(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left?.type !== 'subscript' || !right) return;
  const container = left.childForFieldName('value');
  const key = stringLiteralText(left.childForFieldName('subscript'));
  const isCookieJar = container?.type === 'attribute' && container.childForFieldName('attribute')?.text === 'cookies' && !/request/.test(container.text);
  const isClientSession = isClientSideSession(container, ctx);
  if (!isCookieJar && !isClientSession) return;
  const where = isCookieJar ? `cookie "${key ?? '?'}"` : 'the client-side session cookie';
  if (ctx.constant(right) !== undefined || isProtectingCall(right)) return;
  if (findInValue(right, enclosingFunction(node), { hit: isProtectingCall })) return;
  if (key && isClientForbiddenName(key)) return report(ctx, node, key, where);
  const name = plainSensitive(right, ctx);
  if (name) report(ctx, node, name, where);
}

export const cleartextCookie = defineRule({
  id: 'PY-DATA-CLEARTEXT-COOKIE',
  title: 'Sensitive value stored in clear in a cookie',
  cwe: [315],
  asvs: { '5.0.0': ['V14.3.3'], '4.0.3': ['V8.2.2'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds passwords, card data, national ids, secrets and API keys put in cookies (set_cookie, set_signed_cookie — signed is ' +
      'not encrypted — or response.cookies[…]) and in Flask\'s or Starlette\'s client-side session, unless encrypted or hashed first. ' +
      'Session ids and auth tokens in cookies are how sessions work and are not reported.',
    why: 'Cookies sit on the client\'s disk in clear and travel with every request: malware, shared computers and XSS read them.',
    example: 'resp.set_cookie("remember_password", request.form["password"])',
    fix: 'Keep the value server-side (the server session or the database) and put only an opaque random id in the cookie.',
    references: ['https://cwe.mitre.org/data/definitions/315.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html'],
  },
  visit: { call: checkCall, assignment: checkAssignment },
});

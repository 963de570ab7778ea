// The client says who it is and the server believes it. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { containerOf, expressionName } from '../support/expression-names.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { localDefs, ownNodes, callTail } from '../support/local-flow.js';
import { isIdentityName } from '../support/sensitive-names.js';
import { isTestPath } from '../support/test-paths.js';

const CLIENT_CONTAINERS = /(^|\.)(request|req)\.(COOKIES|cookies|headers|META)$/;
const LOOKUPS = new Set(['get', 'filter', 'filter_by', 'get_object_or_404', 'first', 'one', 'find_one', 'login', 'login_user', 'get_user', 'get_by_id', 'query']);
const DECISION_PARENTS = new Set(['if_statement', 'elif_clause', 'while_statement', 'comparison_operator', 'not_operator', 'conditional_expression', 'assert_statement']);

/** The header or cookie name a read asks for: `HTTP_X_USER_ID` → X_USER_ID. */
function clientKey(node: SyntaxNode): string | null {
  if (node.type !== 'subscript' && node.type !== 'call') return null;
  const container = containerOf(node);
  if (!container || !CLIENT_CONTAINERS.test(container.text)) return null;
  const key = expressionName(node);
  if (!key) return null;
  return container.text.endsWith('META') ? key.replace(/^HTTP_/, '') : key;
}

/** The read decides something: it sits in a condition, or feeds an account lookup or the session. */
function decides(node: SyntaxNode): boolean {
  for (let cur: SyntaxNode | null = node, depth = 0; cur && depth < 8; cur = cur.parent, depth++) {
    if (DECISION_PARENTS.has(cur.type)) return true;
    if (cur.type === 'argument_list' && cur.parent?.type === 'call' && LOOKUPS.has(callTail(cur.parent))) return true;
    if (cur.type === 'expression_statement' || cur.type === 'block') return false;
  }
  return false;
}

function usedToDecide(name: string, fn: SyntaxNode): boolean {
  for (const n of ownNodes(fn)) if (n.type === 'identifier' && n.text === name && decides(n)) return true;
  return false;
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const key = clientKey(node);
  if (!key || !isIdentityName(key) || /^(authorization|x_csrftoken|remote_addr)$/i.test(key)) return;
  const fn = enclosingFunction(node);
  if (!fn) return;
  let decided = decides(node);
  if (!decided) {
    // `uid = int(request.COOKIES.get("uid"))`: the name the read is stored in.
    let cur = node.parent;
    while (cur && ['call', 'argument_list', 'parenthesized_expression', 'boolean_operator'].includes(cur.type)) cur = cur.parent;
    const target = cur?.type === 'assignment' ? cur.childForFieldName('left') : null;
    if (target?.type === 'identifier' && localDefs(fn).values.has(target.text)) decided = usedToDecide(target.text, fn);
  }
  if (!decided) return;
  ctx.report(node, { message: `Identity or privilege taken from a client-controlled ${/cookie/i.test(node.text) ? 'cookie' : 'header'} (${key}): anyone can send any value` });
}

/** FastAPI: `x_user_id: str = Header(...)`, `role: str = Cookie(None)` deciding access. */
function checkParams(fn: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  for (const [name, p] of localDefs(fn).params) {
    const dflt = p.childForFieldName('value')?.text ?? '';
    const type = p.childForFieldName('type')?.text ?? '';
    if (!/^(fastapi\.)?(Header|Cookie)\(/.test(dflt) && !/(Header|Cookie)\(/.test(type)) continue;
    if (!isIdentityName(name) || /^(authorization|x_csrftoken)$/i.test(name)) continue;
    if (usedToDecide(name, fn)) ctx.report(p, { message: `Identity or privilege taken from a client-controlled ${/Cookie/.test(dflt + type) ? 'cookie' : 'header'} (${name}): anyone can send any value` });
  }
}

export const clientControlledIdentity = defineRule({
  id: 'PY-AUTH-CLIENT-IDENTITY',
  title: 'Identity or privilege read from a client cookie or header',
  cwe: [565],
  asvs: { '5.0.0': ['V8.3.1'], '4.0.3': ['V4.1.1', 'V4.1.2'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds user ids, user names, roles and admin flags read from request cookies or headers (request.COOKIES["is_admin"], ' +
      'request.headers["X-User-Id"], META["HTTP_X_ROLE"]) and used in a condition, an account lookup or a login.',
    why: 'Cookies and headers are whatever the client sends: setting is_admin=1 or X-User-Id: 1 makes anyone the administrator.',
    example: 'if request.COOKIES.get("role") == "admin":\n    return admin_dashboard(request)',
    fix: 'Decide from the server-side session or the authenticated user: if request.user.is_staff: …',
    references: ['https://cwe.mitre.org/data/definitions/565.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html'],
  },
  visit: { subscript: check, call: check, function_definition: checkParams },
});

// A submitted password matched against the stored one as text means the stored one is text. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { keywordArgument, positionalArguments } from '../support/calls.js';
import { enclosingFunction, nameWords } from '../support/names-of-values.js';
import { callTail } from '../support/local-flow.js';
import { containerOf, expressionName } from '../support/expression-names.js';
import { isHashedValue, isNotAPassword, isPasswordField, matchesPasswordSql, sqlTextOf } from '../support/password-values.js';
import { stringLiteralText } from '../support/string-literals.js';
import { isTestPath } from '../support/test-paths.js';

// A second copy typed by the user (confirmation fields) is compared with the first, not with a stored value.
const CONFIRM_WORDS = new Set(['confirm', 'confirmation', 'repeat', 'again', 'retype', 'verify', 'verification', 'check', 'new', 'new1', 'new2']);
const STORED_WORDS = new Set(['stored', 'saved', 'db', 'expected', 'correct', 'real', 'actual', 'existing', 'current', 'known', 'user', 'account', 'record', 'row']);
const USER_STORES = new Set(['users', 'accounts', 'credentials', 'passwords', 'members', 'logins']);
const LOOKUPS = new Set(['filter', 'filter_by', 'get', 'first', 'get_or_none', 'find_one', 'find', 'exists', 'where', 'count_documents']);
const REQUEST = /^(self\.)?(request|req)\b|^flask\.request\b/;

function isConfirmation(name: string): boolean {
  return nameWords(name).some((w) => CONFIRM_WORDS.has(w)) || /\d$/.test(name);
}

/** The operand reads a stored password: user.password, row["password"], USERS[name], stored_password. */
function isStoredPassword(node: SyntaxNode): boolean {
  const name = expressionName(node);
  const container = containerOf(node);
  if ((node.type === 'attribute' || node.type === 'subscript' || node.type === 'call') && isPasswordField(name)) {
    return !!container && !REQUEST.test(container.text) && !/\b(form|data|json|args|POST|GET|body|payload|credentials|params|cleaned_data|validated_data)\b/.test(container.text);
  }
  if (node.type === 'identifier' && isPasswordField(node.text)) return nameWords(node.text).some((w) => STORED_WORDS.has(w));
  // USERS[username] / USERS.get(username): a dict of account → password.
  if ((node.type === 'subscript' || node.type === 'call') && container) {
    const words = nameWords(container.text.split('.').pop() ?? '');
    if (words.some((w) => USER_STORES.has(w)) && (node.type === 'subscript' || callTail(node) === 'get')) return true;
  }
  return false;
}

/** `row[2]`, `result[0]`: a column of a fetched row, compared with a password-named value. */
function isRowField(node: SyntaxNode): boolean {
  if (node.type !== 'subscript') return false;
  const key = node.childForFieldName('subscript');
  const base = node.childForFieldName('value')?.text ?? '';
  return key?.type === 'integer' && /(row|user|result|record|account|data|res|r|u|fetch\w*\(\))$/i.test(base);
}

function isSubmittedPassword(node: SyntaxNode): boolean {
  const name = expressionName(node);
  if (!name) return false;
  return isPasswordField(name) && !isConfirmation(name);
}

function checkComparison(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const ops = node.children.filter((c) => !c.isNamed).map((c) => c.text);
  const operands = node.namedChildren;
  if (ops.length !== 1 || (ops[0] !== '==' && ops[0] !== '!=') || operands.length !== 2) return;
  const [a, b] = operands as [SyntaxNode, SyntaxNode];
  const fn = enclosingFunction(node);
  for (const [stored, given] of [
    [a, b],
    [b, a],
  ] as const) {
    if (!(isStoredPassword(stored) || (isSubmittedPassword(given) && isRowField(stored))) || isNotAPassword(given, ctx)) continue;
    if (!isSubmittedPassword(given) && !(given.type === 'identifier' || given.type === 'subscript' || given.type === 'call' || given.type === 'attribute')) continue;
    if (isHashedValue(given, fn) || isHashedValue(stored, fn)) continue;
    if (isConfirmation(expressionName(given) ?? '') || isConfirmation(expressionName(stored) ?? '')) continue;
    ctx.report(node, { message: `Password compared in plain text (${node.text.slice(0, 60)}): the stored password is not hashed` });
    return;
  }
}

/** `User.objects.filter(username=u, password=p)`, `find_one({"password": p})`, `WHERE password = ?`. */
function checkCall(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const tail = callTail(node);
  const fn = enclosingFunction(node);
  if (LOOKUPS.has(tail)) {
    for (const a of node.childForFieldName('arguments')?.namedChildren ?? []) {
      let value: SyntaxNode | null = null;
      if (a.type === 'keyword_argument' && isPasswordField((a.childForFieldName('name')?.text ?? '').replace(/__exact$/, ''))) value = a.childForFieldName('value');
      if (a.type === 'dictionary') {
        for (const p of a.namedChildren) if (p.type === 'pair' && isPasswordField(stringLiteralText(p.childForFieldName('key')))) value = p.childForFieldName('value');
      }
      if (value && !isNotAPassword(value, ctx) && !isHashedValue(value, fn)) {
        ctx.report(node, { message: `Account looked up by its plain-text password in ${node.childForFieldName('function')?.text ?? tail}(): the stored password is not hashed` });
        return;
      }
    }
  }
  if (tail === 'execute') {
    const first = positionalArguments(node)[0] ?? keywordArgument(node, 'sql');
    const sql = sqlTextOf(first, fn);
    if (!sql || !matchesPasswordSql(sql)) return;
    const params = positionalArguments(node)[1];
    if (params && isHashedValue(params, fn)) return;
    if (first && first.type !== 'identifier' && isHashedValue(first, fn)) return;
    ctx.report(node, { message: 'Password matched in plain text by an SQL WHERE clause: the stored password is not hashed' });
  }
}

export const plaintextPasswordCompare = defineRule({
  id: 'PY-AUTH-PLAINTEXT-PASSWORD-COMPARE',
  title: 'Password compared in plain text with the stored value',
  cwe: [256],
  asvs: { '5.0.0': ['V11.4.2'], '4.0.3': ['V2.4.1'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds a submitted password compared with == or != against a stored one (user.password, row["password"], USERS[name]), ' +
      'accounts looked up by password=… in an ORM filter or document query, and SQL WHERE clauses matching a password column. ' +
      'Comparisons of two typed copies (password == confirm_password) and of hashed values are not reported.',
    why: 'Comparing as text only works when the database holds the password itself: one leak exposes every account.',
    example: 'user = User.query.filter_by(username=name).first()\nif user.password == request.form["password"]:\n    login_user(user)',
    fix: 'if user and check_password_hash(user.password_hash, request.form["password"]):  # Django: user.check_password(raw)',
    byFramework: {
      django: { example: "if user.password == request.POST[\"password\"]:\n    login(request, user)", fix: "user = authenticate(request, username=name, password=request.POST[\"password\"])  # or user.check_password(raw)" },
      fastapi: { example: "if user.password == body.password:\n    return token_for(user)", fix: "if user and PasswordHasher().verify(user.password_hash, body.password):  # argon2-cffi; raises on mismatch" },
    },
    references: [
      'https://cwe.mitre.org/data/definitions/256.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
    ],
  },
  visit: { comparison_operator: checkComparison, call: checkCall },
});

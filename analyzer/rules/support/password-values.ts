// Where passwords are kept and what a kept value is made of: the model fields and columns that
// hold them, the values that are plain (not passed through a hasher), and SQL text that stores or
// matches a password column.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { findInValue } from './local-flow.js';
import { isProtectingCall } from './protecting-calls.js';
import { expressionName } from './expression-names.js';
import { nameWords } from './names-of-values.js';
import { isPasswordName } from './secret-names.js';

/** True when the value, or what its local names were assigned from, went through a hasher. */
export function isHashedValue(value: SyntaxNode, fn: SyntaxNode | null): boolean {
  if (findInValue(value, fn, { hit: isProtectingCall })) return true;
  // A name that says it holds a hash (`pw_hash`, `hashed`) is trusted: hashing happened elsewhere.
  return !!findInValue(value, fn, { hit: (n) => n.type === 'identifier' && nameWords(n.text).some((w) => /^(hash|hashed|digest|encoded|encrypted)$/.test(w)), hops: 0 });
}

/** A value that cannot be a user's password: a literal, None, an empty string, a number. */
export function isNotAPassword(value: SyntaxNode, ctx: RuleContext): boolean {
  if (value.type === 'none' || ctx.constant(value) !== undefined) return true;
  return value.type === 'string' && !value.children.some((c) => c.type === 'interpolation');
}

/** A password column or field name: password, passwd, pwd, user_password (not password_hash). */
export function isPasswordField(name: string | null): boolean {
  return !!name && isPasswordName(name);
}

export function isPasswordExpr(node: SyntaxNode): boolean {
  return isPasswordField(expressionName(node));
}

// `INSERT INTO users (name, password) …`, `UPDATE users SET password = …`
const STORE_SQL = /\b(insert\s+into\b[^;]*\b(password|passwd|pwd)\b|update\b[^;]*\bset\b[^;]*\b(password|passwd|pwd)\s*=)/i;
// `… WHERE username = ? AND password = ?`
const MATCH_SQL = /\bwhere\b[^;]*\b(password|passwd|pwd)\s*=\s*(\?|%s|:\w+|%\(\w+\)s|'?\{|'?%s|\$\d)/i;

/** The SQL text of an execute() argument: a literal, an f-string, or a local name bound to one. */
export function sqlTextOf(arg: SyntaxNode | undefined, fn: SyntaxNode | null): string | null {
  if (!arg) return null;
  if (arg.type === 'string' || arg.type === 'concatenated_string') return arg.text;
  if (arg.type === 'binary_operator') return arg.text;
  // SQLAlchemy's text("UPDATE …"), psycopg's sql.SQL("…"): the statement is the string inside.
  if (arg.type === 'call' && /^(sqlalchemy\.)?(text|sql\.SQL|SQL)$/.test(arg.childForFieldName('function')?.text ?? '')) {
    return sqlTextOf(arg.childForFieldName('arguments')?.namedChildren[0], fn);
  }
  if (arg.type === 'identifier' && fn) {
    const hit = findInValue(arg, fn, { hit: (n) => n.type === 'string' || n.type === 'concatenated_string', hops: 2 });
    return hit ? hit.text : null;
  }
  return null;
}

export function storesPasswordSql(sql: string): boolean {
  return STORE_SQL.test(sql);
}

export function matchesPasswordSql(sql: string): boolean {
  return MATCH_SQL.test(sql);
}

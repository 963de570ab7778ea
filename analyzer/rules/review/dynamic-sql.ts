// SQL text assembled from values no request source is seen to reach: safe only if every piece is. (hotspot)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { callTail } from '../support/local-flow.js';
import { positionalArguments, keywordArgument } from '../support/calls.js';
import { builtString } from '../support/built-strings.js';
import { isTestPath } from '../support/test-paths.js';

// Methods that run SQL text: DB-API cursors, Django raw()/extra(), SQLAlchemy text()/exec_driver_sql().
const SQL_METHODS = new Set(['execute', 'executemany', 'executescript', 'raw', 'exec_driver_sql', 'mogrify']);
const SQL_WORDS = /\b(select|insert|update|delete|create|drop|alter|where|from|order\s+by|values|set)\b/i;

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const tail = callTail(node);
  const q = ctx.names.qualifiedName(node.childForFieldName('function')) ?? '';
  const isText = q === 'sqlalchemy.text' || q === 'sqlalchemy.sql.text' || q === 'sqlalchemy.sql.expression.text';
  if (!SQL_METHODS.has(tail) && !isText) return;
  const sql = positionalArguments(node)[0] ?? keywordArgument(node, 'sql');
  if (!sql) return;
  const built = builtString(sql, ctx);
  if (!built || !SQL_WORDS.test(built.text)) return;
  ctx.report(node, {
    message: `SQL text built with ${built.how}: check that no piece (${built.piece.slice(0, 40)}) can come from a user, or pass values as query parameters`,
  });
}

export const dynamicSql = defineRule({
  id: 'PY-INJ-SQL-DYNAMIC',
  title: 'SQL text built from non-constant values',
  cwe: [89],
  asvs: { '5.0.0': ['V1.2.4'], '4.0.3': ['V5.3.4'] },
  severity: 'medium',
  confidence: 'low',
  kind: 'hotspot',
  needs: [{ kind: 'api', families: ['sql'] }],
  bandit: ['B608'],
  docs: {
    what:
      'A hotspot for cursor.execute(), raw(), executescript(), exec_driver_sql() and sqlalchemy.text() given SQL text built with an ' +
      'f-string, + or % formatting, or .format() from non-constant values where no request data is seen to reach it (where it is, ' +
      'PY-INJ-SQL reports the vulnerability instead). Check where each piece comes from.',
    why: 'A piece that a user can influence — a table name from settings edited in an admin, a value read from a file — is SQL injection.',
    example: 'cursor.execute(f"SELECT * FROM {table} WHERE id = {row_id}")',
    fix: 'cursor.execute("SELECT * FROM items WHERE id = %s", [row_id])  # identifiers from an allowlist',
    references: ['https://cwe.mitre.org/data/definitions/89.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html'],
  },
  visit: { call: check },
});

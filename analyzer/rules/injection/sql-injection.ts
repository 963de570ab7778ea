// SQL built from untrusted input: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const sqlInjection = defineRule({
  id: 'PY-INJ-SQL',
  title: "SQL built from untrusted input",
  cwe: [89],
  asvs: { '5.0.0': ['V1.2.4'], '4.0.3': ['V5.3.4', 'V5.3.5'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  bandit: ['B608'],
  docs: {
    what: "Finds SQL text built from request data (f-strings, %, +, str.format, join) and passed to a DB-API cursor, sqlite3, psycopg, SQLAlchemy text(), or Django raw(), extra() and RawSQL.",
    why: "An attacker can change the query: read, alter or delete any row, and sometimes run commands on the database server.",
    example: "cursor.execute(f\"SELECT * FROM product WHERE name = '{request.GET['q']}'\")",
    fix: "cursor.execute(\"SELECT * FROM product WHERE name = %s\", [request.GET[\"q\"]])",
    byFramework: {
      flask: { example: "cursor.execute(f\"SELECT * FROM product WHERE name = '{request.args['q']}'\")", fix: "cursor.execute(\"SELECT * FROM product WHERE name = %s\", [request.args[\"q\"]])  # or db.session.execute(text(\"... = :q\"), {\"q\": q})" },
      fastapi: { example: "async def search(q: str):\n    cur.execute(f\"SELECT * FROM product WHERE name = '{q}'\")", fix: "async def search(q: str):\n    cur.execute(\"SELECT * FROM product WHERE name = %s\", [q])  # or session.execute(select(Product).where(Product.name == q))" },
    },
    references: ["https://cwe.mitre.org/data/definitions/89.html", "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html"],
  },
  taint: { sinkKinds: ['sql'] },
});
